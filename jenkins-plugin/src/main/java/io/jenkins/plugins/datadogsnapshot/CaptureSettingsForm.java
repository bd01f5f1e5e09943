package io.jenkins.plugins.datadogsnapshot;

import hudson.model.Item;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * The form endpoints of the {@link CaptureSettings} fields, written once for the two descriptors whose forms show
 * them: the Pipeline steps' ({@link SnapshotStepDescriptor}) and the freestyle action's. Stapler dispatches the
 * public methods of a descriptor's interfaces, and Jenkins finds a field's {@code doFill...}/{@code doCheck...}
 * among the descriptor's public methods ({@code Class.getMethods()}), so default methods serve both. Every one
 * goes through {@link FormSupport}'s guard; the context is the job, or Jenkins outside a job.
 */
public interface CaptureSettingsForm {

    @POST
    default ListBoxModel doFillSiteItems(@AncestorInPath Item item) {
        return FormSupport.fill(item, () -> FormSupport.siteItems(Messages.AbstractSnapshotStep_globalSite()));
    }

    @POST
    default ListBoxModel doFillApiKeyCredentialsIdItems(
            @AncestorInPath Item item,
            @QueryParameter String site,
            @QueryParameter String apiUrl,
            @QueryParameter String apiKeyCredentialsId) {
        return FormSupport.keyItems(item, site, apiUrl, apiKeyCredentialsId);
    }

    @POST
    default ListBoxModel doFillAppKeyCredentialsIdItems(
            @AncestorInPath Item item,
            @QueryParameter String site,
            @QueryParameter String apiUrl,
            @QueryParameter String appKeyCredentialsId) {
        return FormSupport.keyItems(item, site, apiUrl, appKeyCredentialsId);
    }

    @POST
    default ListBoxModel doFillRendererItems(@AncestorInPath Item item) {
        return FormSupport.fill(item, FormSupport::rendererItems);
    }

    @POST
    default ListBoxModel doFillRegressionResultItems(@AncestorInPath Item item) {
        return FormSupport.fill(item, FormSupport::regressionResultItems);
    }

    @POST
    default FormValidation doCheckRenderer(
            @AncestorInPath Item item, @QueryParameter String renderer, @QueryParameter boolean numbers) {
        return FormSupport.check(item, () -> GraphChecks.renderer(renderer, numbers));
    }

    @POST
    default FormValidation doCheckBaseline(@AncestorInPath Item item, @QueryParameter String baseline) {
        return FormSupport.check(item, () -> GraphChecks.baseline(baseline));
    }

    @POST
    default FormValidation doCheckPadding(@AncestorInPath Item item, @QueryParameter String padding) {
        return FormSupport.check(
                item, () -> GraphChecks.seconds("padding", padding, 0, CaptureDefaults.MAX_PADDING_SECONDS));
    }

    @POST
    default FormValidation doCheckApiUrl(@AncestorInPath Item item, @QueryParameter String apiUrl) {
        return FormSupport.check(item, () -> GraphChecks.apiUrl(apiUrl));
    }
}

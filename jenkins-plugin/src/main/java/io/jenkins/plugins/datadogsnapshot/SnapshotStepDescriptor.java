package io.jenkins.plugins.datadogsnapshot;

import hudson.EnvVars;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import java.util.Optional;
import java.util.Set;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * What both step descriptors share: the context they need and the form endpoints of the shared arguments.
 * The Pipeline syntax page calls these in the context of the job, or of Jenkins outside a job.
 */
public abstract class SnapshotStepDescriptor extends StepDescriptor {

    @Override
    public Set<? extends Class<?>> getRequiredContext() {
        // FlowNode: a regression marks the step's node, as junit and unstable do.
        return Set.of(Run.class, TaskListener.class, EnvVars.class, FlowNode.class);
    }

    @POST
    public ListBoxModel doFillRendererItems(@AncestorInPath Item item) {
        return FormSupport.fill(item, FormSupport::rendererItems);
    }

    @POST
    public ListBoxModel doFillRegressionResultItems(@AncestorInPath Item item) {
        return FormSupport.fill(item, FormSupport::regressionResultItems);
    }

    @POST
    public FormValidation doCheckThresholds(@AncestorInPath Item item, @QueryParameter String thresholds) {
        return FormSupport.check(item, () -> GraphChecks.thresholds(thresholds));
    }

    @POST
    public FormValidation doCheckRenderer(
            @AncestorInPath Item item, @QueryParameter String renderer, @QueryParameter boolean numbers) {
        return FormSupport.check(item, () -> GraphChecks.renderer(renderer, numbers));
    }

    @POST
    public FormValidation doCheckBaseline(@AncestorInPath Item item, @QueryParameter String baseline) {
        return FormSupport.check(item, () -> GraphChecks.baseline(baseline));
    }

    @POST
    public ListBoxModel doFillSiteItems(@AncestorInPath Item item) {
        return FormSupport.fill(item, () -> FormSupport.siteItems(Messages.AbstractSnapshotStep_globalSite()));
    }

    @POST
    public ListBoxModel doFillApiKeyCredentialsIdItems(
            @AncestorInPath Item item,
            @QueryParameter String site,
            @QueryParameter String apiUrl,
            @QueryParameter String apiKeyCredentialsId) {
        return FormSupport.keyItems(item, site, apiUrl, apiKeyCredentialsId);
    }

    @POST
    public ListBoxModel doFillAppKeyCredentialsIdItems(
            @AncestorInPath Item item,
            @QueryParameter String site,
            @QueryParameter String apiUrl,
            @QueryParameter String appKeyCredentialsId) {
        return FormSupport.keyItems(item, site, apiUrl, appKeyCredentialsId);
    }

    @POST
    public FormValidation doCheckMetricQuery(
            @AncestorInPath Item item, @QueryParameter String metricQuery, @QueryParameter String graphDef) {
        // Without a query here the graphs list may hold them; the build says if neither does.
        return FormSupport.check(
                item,
                () -> Text.trimToNull(metricQuery) == null && Text.trimToNull(graphDef) == null
                        ? Optional.empty()
                        : GraphChecks.queryOrDefinition(metricQuery, graphDef));
    }

    @POST
    public FormValidation doCheckGraphDef(@AncestorInPath Item item, @QueryParameter String graphDef) {
        return FormSupport.check(item, () -> GraphChecks.graphDef(graphDef));
    }

    @POST
    public FormValidation doCheckPadding(@AncestorInPath Item item, @QueryParameter String padding) {
        return FormSupport.check(
                item, () -> GraphChecks.seconds("padding", padding, 0, CaptureDefaults.MAX_PADDING_SECONDS));
    }

    @POST
    public FormValidation doCheckApiUrl(@AncestorInPath Item item, @QueryParameter String apiUrl) {
        return FormSupport.check(item, () -> GraphChecks.apiUrl(apiUrl));
    }
}

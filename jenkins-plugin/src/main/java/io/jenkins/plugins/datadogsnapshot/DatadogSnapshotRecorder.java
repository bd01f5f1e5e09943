package io.jenkins.plugins.datadogsnapshot;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.model.AbstractProject;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.BuildStepMonitor;
import hudson.tasks.Publisher;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import java.io.IOException;
import java.time.Instant;
import jenkins.tasks.SimpleBuildStep;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * The freestyle post-build action "Capture Datadog graph snapshots": captures its graphs for the window from
 * the build's start to the moment it runs. Its settings are the {@link CaptureSettings} the Pipeline steps
 * share. It needs no workspace, so it also runs when the build had none. A graph that crossed its thresholds makes the build UNSTABLE (or FAILURE); it runs before the build is finalized
 * ({@code needsToRunAfterFinalized()} is false), while Jenkins still lets it set the result.
 */
public class DatadogSnapshotRecorder extends CaptureSettings implements SimpleBuildStep {

    @DataBoundConstructor
    public DatadogSnapshotRecorder() {}

    @Override
    public boolean requiresWorkspace() {
        return false;
    }

    @Override
    public void perform(@NonNull Run<?, ?> run, @NonNull EnvVars env, @NonNull TaskListener listener)
            throws InterruptedException, IOException {
        SnapshotRunner.create(DatadogSnapshotConfiguration.get().defaults())
                .run(
                        run,
                        listener,
                        env,
                        applyTo(CaptureRequest.builder()).build(),
                        Instant.ofEpochMilli(run.getStartTimeInMillis()),
                        Instant.now(),
                        (result, message) -> run.setResult(result));
    }

    /** Captures may run while other builds proceed; they depend on nothing of earlier builds. */
    @Override
    public BuildStepMonitor getRequiredMonitorService() {
        return BuildStepMonitor.NONE;
    }

    /** Offers the action to every kind of freestyle-like job. */
    @Extension
    public static final class DescriptorImpl extends BuildStepDescriptor<Publisher> {

        @Override
        @SuppressWarnings("rawtypes") // the signature Jenkins declares
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.DatadogSnapshotRecorder_displayName();
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
        public ListBoxModel doFillRendererItems(@AncestorInPath Item item) {
            return FormSupport.fill(item, FormSupport::rendererItems);
        }

        @POST
        public ListBoxModel doFillRegressionResultItems(@AncestorInPath Item item) {
            return FormSupport.fill(item, FormSupport::regressionResultItems);
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
        public FormValidation doCheckPadding(@AncestorInPath Item item, @QueryParameter String padding) {
            return FormSupport.check(
                    item, () -> GraphChecks.seconds("padding", padding, 0, CaptureDefaults.MAX_PADDING_SECONDS));
        }

        @POST
        public FormValidation doCheckApiUrl(@AncestorInPath Item item, @QueryParameter String apiUrl) {
            return FormSupport.check(item, () -> GraphChecks.apiUrl(apiUrl));
        }
    }
}

package io.jenkins.plugins.datadogsnapshot;

import edu.umd.cs.findbugs.annotations.CheckForNull;
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
import hudson.tasks.Recorder;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jenkins.tasks.SimpleBuildStep;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundConstructor;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * The freestyle post-build action "Capture Datadog graph snapshots": captures its graphs for the window from
 * the build's start to the moment it runs. It needs no workspace, so it also runs when the build had none. A graph
 * that crossed its thresholds makes the build UNSTABLE (or FAILURE); it runs before the build is finalized
 * ({@code needsToRunAfterFinalized()} is false), while Jenkins still lets it set the result.
 */
public class DatadogSnapshotRecorder extends Recorder implements SimpleBuildStep {

    private List<Graph> graphs = new ArrayList<>();
    private Integer padding;
    private boolean failOnError;
    private String site;
    private String apiUrl;
    private String apiKeyCredentialsId;
    private String appKeyCredentialsId;
    /** Null in jobs saved before it existed: XStream restores saved jobs without running constructors or initializers. */
    private Boolean numbers;

    private String renderer;
    private String baseline;
    private String regressionResult;

    @DataBoundConstructor
    public DatadogSnapshotRecorder() {}

    public List<Graph> getGraphs() {
        return new ArrayList<>(graphs);
    }

    @DataBoundSetter
    public void setGraphs(@CheckForNull List<Graph> graphs) {
        this.graphs = graphs == null ? new ArrayList<>() : new ArrayList<>(graphs);
    }

    public Integer getPadding() {
        return padding;
    }

    @DataBoundSetter
    public void setPadding(Integer padding) {
        this.padding = padding;
    }

    public boolean isFailOnError() {
        return failOnError;
    }

    @DataBoundSetter
    public void setFailOnError(boolean failOnError) {
        this.failOnError = failOnError;
    }

    public String getSite() {
        return site;
    }

    @DataBoundSetter
    public void setSite(String site) {
        this.site = Text.trimToNull(site);
    }

    public String getApiUrl() {
        return apiUrl;
    }

    @DataBoundSetter
    public void setApiUrl(String apiUrl) {
        this.apiUrl = Text.trimToNull(apiUrl);
    }

    public String getApiKeyCredentialsId() {
        return apiKeyCredentialsId;
    }

    @DataBoundSetter
    public void setApiKeyCredentialsId(String apiKeyCredentialsId) {
        this.apiKeyCredentialsId = Text.trimToNull(apiKeyCredentialsId);
    }

    public String getAppKeyCredentialsId() {
        return appKeyCredentialsId;
    }

    @DataBoundSetter
    public void setAppKeyCredentialsId(String appKeyCredentialsId) {
        this.appKeyCredentialsId = Text.trimToNull(appKeyCredentialsId);
    }

    /** Whether each graph's numbers are fetched; on unless switched off. */
    public boolean isNumbers() {
        return numbers == null || numbers;
    }

    @DataBoundSetter
    public void setNumbers(boolean numbers) {
        this.numbers = numbers;
    }

    public String getRenderer() {
        return renderer;
    }

    @DataBoundSetter
    public void setRenderer(String renderer) {
        this.renderer = Text.trimToNull(renderer);
    }

    public String getBaseline() {
        return baseline;
    }

    /** Empty for the previous successful build, {@code none}, a build number, or {@code ${PARAMETER}}. */
    @DataBoundSetter
    public void setBaseline(String baseline) {
        this.baseline = Text.trimToNull(baseline);
    }

    public String getRegressionResult() {
        return regressionResult;
    }

    @DataBoundSetter
    public void setRegressionResult(String regressionResult) {
        this.regressionResult = Text.trimToNull(regressionResult);
    }

    /**
     * Restores what a job saved by an earlier version lacks: XStream creates the object without its constructor, so
     * field initializers do not run ({@code numbers} reads null as on).
     */
    protected Object readResolve() {
        if (graphs == null) {
            graphs = new ArrayList<>();
        }
        return this;
    }

    @Override
    public boolean requiresWorkspace() {
        return false;
    }

    @Override
    public void perform(@NonNull Run<?, ?> run, @NonNull EnvVars env, @NonNull TaskListener listener)
            throws InterruptedException, IOException {
        CaptureRequest request = CaptureRequest.builder()
                .graphs(graphs)
                .paddingSeconds(padding)
                .failOnError(failOnError)
                .site(site)
                .apiUrl(apiUrl)
                .apiKeyCredentialsId(apiKeyCredentialsId)
                .appKeyCredentialsId(appKeyCredentialsId)
                .numbers(isNumbers())
                .renderer(renderer)
                .baseline(baseline)
                .regressionResult(regressionResult)
                .build();
        SnapshotRunner.create()
                .run(
                        run,
                        listener,
                        env,
                        request,
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
            if (!FormSupport.mayConfigure(item)) {
                return new ListBoxModel();
            }
            return FormSupport.siteItems(Messages.AbstractSnapshotStep_globalSite());
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
            if (!FormSupport.mayConfigure(item)) {
                return new ListBoxModel();
            }
            return FormSupport.rendererItems();
        }

        @POST
        public ListBoxModel doFillRegressionResultItems(@AncestorInPath Item item) {
            if (!FormSupport.mayConfigure(item)) {
                return new ListBoxModel();
            }
            return FormSupport.regressionResultItems();
        }

        @POST
        public FormValidation doCheckRenderer(
                @AncestorInPath Item item, @QueryParameter String renderer, @QueryParameter boolean numbers) {
            if (!FormSupport.mayConfigure(item)) {
                return FormValidation.ok();
            }
            return FormSupport.toValidation(GraphChecks.renderer(renderer, numbers));
        }

        @POST
        public FormValidation doCheckBaseline(@AncestorInPath Item item, @QueryParameter String baseline) {
            if (!FormSupport.mayConfigure(item)) {
                return FormValidation.ok();
            }
            return FormSupport.toValidation(GraphChecks.baseline(baseline));
        }

        @POST
        public FormValidation doCheckPadding(@AncestorInPath Item item, @QueryParameter String padding) {
            if (!FormSupport.mayConfigure(item)) {
                return FormValidation.ok();
            }
            return FormSupport.toValidation(
                    GraphChecks.seconds("padding", padding, 0, DatadogSnapshotConfiguration.MAX_PADDING_SECONDS));
        }

        @POST
        public FormValidation doCheckApiUrl(@AncestorInPath Item item, @QueryParameter String apiUrl) {
            if (!FormSupport.mayConfigure(item)) {
                return FormValidation.ok();
            }
            return FormSupport.toValidation(GraphChecks.apiUrl(apiUrl));
        }
    }
}

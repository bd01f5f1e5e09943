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
 * the build's start to the moment it runs. It needs no workspace, so it also runs when the build had none.
 */
public class DatadogSnapshotRecorder extends Recorder implements SimpleBuildStep {

    private List<Graph> graphs = new ArrayList<>();
    private Integer padding;
    private boolean failOnError;
    private String site;
    private String apiUrl;
    private String apiKeyCredentialsId;
    private String appKeyCredentialsId;

    @DataBoundConstructor
    public DatadogSnapshotRecorder() {
    }

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
                .build();
        SnapshotRunner.create().run(run, listener, env, request, Instant.ofEpochMilli(run.getStartTimeInMillis()),
                Instant.now());
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
        public ListBoxModel doFillApiKeyCredentialsIdItems(@AncestorInPath Item item, @QueryParameter String site,
                                                           @QueryParameter String apiUrl,
                                                           @QueryParameter String apiKeyCredentialsId) {
            return FormSupport.keyItems(item, site, apiUrl, apiKeyCredentialsId);
        }

        @POST
        public ListBoxModel doFillAppKeyCredentialsIdItems(@AncestorInPath Item item, @QueryParameter String site,
                                                           @QueryParameter String apiUrl,
                                                           @QueryParameter String appKeyCredentialsId) {
            return FormSupport.keyItems(item, site, apiUrl, appKeyCredentialsId);
        }

        @POST
        public FormValidation doCheckPadding(@AncestorInPath Item item, @QueryParameter String padding) {
            if (!FormSupport.mayConfigure(item)) {
                return FormValidation.ok();
            }
            return FormSupport.toValidation(GraphChecks.seconds("padding", padding, 0,
                    DatadogSnapshotConfiguration.MAX_PADDING_SECONDS));
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

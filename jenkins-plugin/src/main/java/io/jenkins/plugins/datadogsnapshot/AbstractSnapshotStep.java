package io.jenkins.plugins.datadogsnapshot;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.EnvVars;
import hudson.model.Item;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.util.FormValidation;
import hudson.util.ListBoxModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.jenkinsci.plugins.workflow.steps.StepDescriptor;
import org.kohsuke.stapler.AncestorInPath;
import org.kohsuke.stapler.DataBoundSetter;
import org.kohsuke.stapler.QueryParameter;
import org.kohsuke.stapler.verb.POST;

/**
 * The arguments both Pipeline steps share: one graph given directly ({@code metricQuery: '...', title: '...'})
 * and/or a list ({@code graphs: [[...], [...]]}), padding, {@code failOnError}, overrides of the global site,
 * API URL and credential IDs, and the numbers: whether they are fetched ({@code numbers}, default true), who draws
 * the pictures ({@code renderer}), the build they are compared with ({@code baseline}) and what a graph that
 * crosses its thresholds makes of the build ({@code regressionResult}). Every argument is optional; the capture
 * says what is missing.
 */
public abstract class AbstractSnapshotStep extends Step {

    private final Graph single = new Graph();
    private List<Graph> graphs = new ArrayList<>();
    private Integer padding;
    private boolean failOnError;
    private String site;
    private String apiUrl;
    private String apiKeyCredentialsId;
    private String appKeyCredentialsId;
    private boolean numbers = true;
    private String renderer;
    private String baseline;
    private String regressionResult;

    public String getMetricQuery() {
        return single.getMetricQuery();
    }

    @DataBoundSetter
    public void setMetricQuery(String metricQuery) {
        single.setMetricQuery(metricQuery);
    }

    public String getGraphDef() {
        return single.getGraphDef();
    }

    @DataBoundSetter
    public void setGraphDef(String graphDef) {
        single.setGraphDef(graphDef);
    }

    public String getEventQuery() {
        return single.getEventQuery();
    }

    @DataBoundSetter
    public void setEventQuery(String eventQuery) {
        single.setEventQuery(eventQuery);
    }

    public String getTitle() {
        return single.getTitle();
    }

    @DataBoundSetter
    public void setTitle(String title) {
        single.setTitle(title);
    }

    public String getName() {
        return single.getName();
    }

    @DataBoundSetter
    public void setName(String name) {
        single.setName(name);
    }

    public Integer getWidth() {
        return single.getWidth();
    }

    @DataBoundSetter
    public void setWidth(Integer width) {
        single.setWidth(width);
    }

    public Integer getHeight() {
        return single.getHeight();
    }

    @DataBoundSetter
    public void setHeight(Integer height) {
        single.setHeight(height);
    }

    public String getThresholds() {
        return single.getThresholds();
    }

    /** The thresholds of the graph given directly, e.g. {@code p95 +10% and +2ms; max < 800}. */
    @DataBoundSetter
    public void setThresholds(String thresholds) {
        single.setThresholds(thresholds);
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

    /** Seconds before the window's start that graphs begin; the global default when not given. */
    @DataBoundSetter
    public void setPadding(Integer padding) {
        this.padding = padding;
    }

    public boolean isFailOnError() {
        return failOnError;
    }

    /** Whether graphs that could not be captured fail the step (after all graphs were tried). */
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

    public boolean isNumbers() {
        return numbers;
    }

    /** Whether each graph's numbers are fetched beside its picture (Datadog's metrics query API); default true. */
    @DataBoundSetter
    public void setNumbers(boolean numbers) {
        this.numbers = numbers;
    }

    public String getRenderer() {
        return renderer;
    }

    /** {@code datadog} (the default), {@code local} or {@code auto}. */
    @DataBoundSetter
    public void setRenderer(String renderer) {
        this.renderer = Text.trimToNull(renderer);
    }

    public String getBaseline() {
        return baseline;
    }

    /** Empty for the previous successful build, {@code none}, or a build number; variables are expanded. */
    @DataBoundSetter
    public void setBaseline(String baseline) {
        this.baseline = Text.trimToNull(baseline);
    }

    public String getRegressionResult() {
        return regressionResult;
    }

    /** {@code UNSTABLE} (the default) or {@code FAILURE}. */
    @DataBoundSetter
    public void setRegressionResult(String regressionResult) {
        this.regressionResult = Text.trimToNull(regressionResult);
    }

    /**
     * The request this step's arguments make: the directly given graph first (when any of its fields is given, so
     * that a title or thresholds without a query are refused instead of dropped), then {@code graphs}.
     */
    CaptureRequest.Builder request() {
        CaptureRequest.Builder b = CaptureRequest.builder();
        if (single.isGiven()) {
            b.graph(single);
        }
        return b.graphs(graphs)
                .paddingSeconds(padding)
                .failOnError(failOnError)
                .site(site)
                .apiUrl(apiUrl)
                .apiKeyCredentialsId(apiKeyCredentialsId)
                .appKeyCredentialsId(appKeyCredentialsId)
                .numbers(numbers)
                .renderer(renderer)
                .baseline(baseline)
                .regressionResult(regressionResult);
    }

    /**
     * What both step descriptors share: the context they need and the form endpoints of the shared arguments.
     * The Pipeline syntax page calls these in the context of the job, or of Jenkins outside a job.
     */
    public abstract static class SnapshotStepDescriptor extends StepDescriptor {

        @Override
        public Set<? extends Class<?>> getRequiredContext() {
            // FlowNode: a regression marks the step's node, as junit and unstable do.
            return Set.of(Run.class, TaskListener.class, EnvVars.class, FlowNode.class);
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
        public FormValidation doCheckThresholds(@AncestorInPath Item item, @QueryParameter String thresholds) {
            if (!FormSupport.mayConfigure(item)) {
                return FormValidation.ok();
            }
            return FormSupport.toValidation(GraphChecks.thresholds(thresholds));
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
        public FormValidation doCheckMetricQuery(
                @AncestorInPath Item item, @QueryParameter String metricQuery, @QueryParameter String graphDef) {
            if (!FormSupport.mayConfigure(item)
                    || (Text.trimToNull(metricQuery) == null && Text.trimToNull(graphDef) == null)) {
                // Without a query here the graphs list may hold them; the build says if neither does.
                return FormValidation.ok();
            }
            return FormSupport.toValidation(GraphChecks.queryOrDefinition(metricQuery, graphDef));
        }

        @POST
        public FormValidation doCheckGraphDef(@AncestorInPath Item item, @QueryParameter String graphDef) {
            if (!FormSupport.mayConfigure(item)) {
                return FormValidation.ok();
            }
            return FormSupport.toValidation(GraphChecks.graphDef(graphDef));
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

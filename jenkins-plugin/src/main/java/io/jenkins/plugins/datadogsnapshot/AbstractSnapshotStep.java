package io.jenkins.plugins.datadogsnapshot;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.List;
import org.jenkinsci.plugins.workflow.steps.Step;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * The arguments both Pipeline steps share: one graph given directly ({@code metricQuery: '...', title: '...'})
 * and/or a list ({@code graphs: [[...], [...]]}), padding, {@code failOnError}, overrides of the global site,
 * API URL and credential IDs, and the numbers: whether they are fetched ({@code numbers}, default true), who draws
 * the pictures ({@code renderer}), the build they are compared with ({@code baseline}) and what a graph that
 * crosses its thresholds makes of the build ({@code regressionResult}). Every argument is optional; the capture
 * says what is missing.
 */
public abstract class AbstractSnapshotStep extends Step {

    /** The graph given directly. */
    private final Graph single = new Graph();
    /** The settings the steps share with the freestyle action, kept and turned into a request by it. */
    private final CaptureSettings shared = new DatadogSnapshotRecorder();

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
        return shared.getGraphs();
    }

    @DataBoundSetter
    public void setGraphs(@CheckForNull List<Graph> graphs) {
        shared.setGraphs(graphs);
    }

    public Integer getPadding() {
        return shared.getPadding();
    }

    /** Seconds before the window's start that graphs begin; the global default when not given. */
    @DataBoundSetter
    public void setPadding(Integer padding) {
        shared.setPadding(padding);
    }

    public boolean isFailOnError() {
        return shared.isFailOnError();
    }

    /** Whether graphs that could not be captured fail the step (after all graphs were tried). */
    @DataBoundSetter
    public void setFailOnError(boolean failOnError) {
        shared.setFailOnError(failOnError);
    }

    public String getSite() {
        return shared.getSite();
    }

    @DataBoundSetter
    public void setSite(String site) {
        shared.setSite(site);
    }

    public String getApiUrl() {
        return shared.getApiUrl();
    }

    @DataBoundSetter
    public void setApiUrl(String apiUrl) {
        shared.setApiUrl(apiUrl);
    }

    public String getApiKeyCredentialsId() {
        return shared.getApiKeyCredentialsId();
    }

    @DataBoundSetter
    public void setApiKeyCredentialsId(String apiKeyCredentialsId) {
        shared.setApiKeyCredentialsId(apiKeyCredentialsId);
    }

    public String getAppKeyCredentialsId() {
        return shared.getAppKeyCredentialsId();
    }

    @DataBoundSetter
    public void setAppKeyCredentialsId(String appKeyCredentialsId) {
        shared.setAppKeyCredentialsId(appKeyCredentialsId);
    }

    public boolean isNumbers() {
        return shared.isNumbers();
    }

    /** Whether each graph's numbers are fetched beside its picture (Datadog's metrics query API); default true. */
    @DataBoundSetter
    public void setNumbers(boolean numbers) {
        shared.setNumbers(numbers);
    }

    public String getRenderer() {
        return shared.getRenderer();
    }

    /** {@code datadog} (the default), {@code local} or {@code auto}. */
    @DataBoundSetter
    public void setRenderer(String renderer) {
        shared.setRenderer(renderer);
    }

    public String getBaseline() {
        return shared.getBaseline();
    }

    /** Empty for the previous successful build, {@code none}, or a build number; variables are expanded. */
    @DataBoundSetter
    public void setBaseline(String baseline) {
        shared.setBaseline(baseline);
    }

    public String getRegressionResult() {
        return shared.getRegressionResult();
    }

    /** {@code UNSTABLE} (the default) or {@code FAILURE}. */
    @DataBoundSetter
    public void setRegressionResult(String regressionResult) {
        shared.setRegressionResult(regressionResult);
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
        return shared.applyTo(b);
    }
}

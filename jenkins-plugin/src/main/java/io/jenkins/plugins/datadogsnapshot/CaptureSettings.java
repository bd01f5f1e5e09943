package io.jenkins.plugins.datadogsnapshot;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.tasks.Recorder;
import java.util.ArrayList;
import java.util.List;
import org.kohsuke.stapler.DataBoundSetter;

/**
 * The settings the freestyle action and the Pipeline steps share, written once: graphs, padding,
 * {@code failOnError}, overrides of the global site, API URL and credential IDs, and the numbers (fetched or not,
 * who draws the pictures, the baseline, the result a regression gives the build). The freestyle action is one and
 * saves them in the job's {@code config.xml} under these field names; each Pipeline step keeps its shared arguments
 * in one and delegates to it, so both turn them into a request the same way ({@link #applyTo}).
 */
public abstract class CaptureSettings extends Recorder {

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

    /**
     * Adds these settings to a request: {@code graphs} after any graph the builder has, and the rest. The one place
     * the shared settings become a request; the freestyle action and the Pipeline steps both use it.
     */
    CaptureRequest.Builder applyTo(CaptureRequest.Builder request) {
        return request.graphs(graphs)
                .paddingSeconds(padding)
                .failOnError(failOnError)
                .site(site)
                .apiUrl(apiUrl)
                .apiKeyCredentialsId(apiKeyCredentialsId)
                .appKeyCredentialsId(appKeyCredentialsId)
                .numbers(isNumbers())
                .renderer(renderer)
                .baseline(baseline)
                .regressionResult(regressionResult);
    }
}

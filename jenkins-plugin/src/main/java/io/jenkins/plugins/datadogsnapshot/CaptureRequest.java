package io.jenkins.plugins.datadogsnapshot;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.github.datadogsnapshot.charts.ChartRenderer;
import io.github.datadogsnapshot.client.SnapshotCapture;
import io.github.datadogsnapshot.client.config.ApiEndpoint;
import io.github.datadogsnapshot.client.config.CaptureOptions;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.graph.TimeWindow;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/**
 * What one capture was asked for, whichever way it was configured (the {@code datadogSnapshot} step, the
 * {@code datadogSnapshotWindow} block step or the freestyle post-build action), before the global defaults are
 * applied: the graphs (with their thresholds), the window, the endpoint and keys, and how the numbers are used
 * (fetched or not, who draws the pictures, the baseline, and the result a regression gives the build).
 * Serializable because a block step keeps it while its body runs, across restarts of Jenkins.
 */
final class CaptureRequest implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int MAX_PADDING_SECONDS = DatadogSnapshotConfiguration.MAX_PADDING_SECONDS;
    /** Stands in for the chart renderer where options are only checked: nothing is drawn with it. */
    static final ChartRenderer CHARTS_FOR_CHECKS = chart -> {
        throw new IllegalStateException("only for checking the options");
    };

    /**
     * Why a request without any graph fails: no metric query or graph definition anywhere (a title, a name, a size or
     * thresholds alone are not a graph). Said before any request and, by a block step, before its body.
     */
    static final String NO_GRAPH =
            "graphs: no graph given: give metricQuery (or graphDef), or graphs: " + "[[metricQuery: '...'], ...]";

    private final ArrayList<Graph> graphs;
    private final String site;
    private final String apiUrl;
    private final String apiKeyCredentialsId;
    private final String appKeyCredentialsId;
    private final Integer paddingSeconds;
    private final Long startSeconds;
    private final Long endSeconds;
    private final boolean failOnError;
    private final boolean numbers;
    private final String renderer;
    private final String baseline;
    private final String regressionResult;

    private CaptureRequest(Builder b) {
        this.graphs = new ArrayList<>(b.graphs);
        this.site = Text.trimToNull(b.site);
        this.apiUrl = Text.trimToNull(b.apiUrl);
        this.apiKeyCredentialsId = Text.trimToNull(b.apiKeyCredentialsId);
        this.appKeyCredentialsId = Text.trimToNull(b.appKeyCredentialsId);
        this.paddingSeconds = b.paddingSeconds;
        this.startSeconds = b.startSeconds;
        this.endSeconds = b.endSeconds;
        this.failOnError = b.failOnError;
        this.numbers = b.numbers;
        this.renderer = Text.trimToNull(b.renderer);
        this.baseline = Text.trimToNull(b.baseline);
        this.regressionResult = Text.trimToNull(b.regressionResult);
    }

    static Builder builder() {
        return new Builder();
    }

    boolean failOnError() {
        return failOnError;
    }

    /**
     * The graphs as client specs, named {@code graphs[i]} in errors, with the default size where none is given.
     *
     * @throws IllegalArgumentException naming the graph and field that are wrong, or saying there is no graph
     */
    List<GraphSpec> graphSpecs(CaptureDefaults defaults) {
        if (graphs.stream().noneMatch(Graph::hasQuery)) {
            throw new IllegalArgumentException(NO_GRAPH);
        }
        List<GraphSpec> specs = new ArrayList<>();
        for (int i = 0; i < graphs.size(); i++) {
            String where = graphs.size() == 1 ? "" : "graphs[" + i + "]";
            specs.add(graphs.get(i).toSpec(where, defaults.width(), defaults.height()));
        }
        return specs;
    }

    /**
     * Checks everything that can be checked before the window is known: the graphs (and that their names are
     * unique), the padding, and {@code start}/{@code end} when both are given. A block step calls this before its
     * body runs, so a mistake fails the step at once instead of after the body.
     *
     * @throws IllegalArgumentException naming the field that is wrong
     */
    void validate(CaptureDefaults defaults) {
        SnapshotCapture.uniqueNames(graphSpecs(defaults));
        padding(defaults);
        if (startSeconds != null && endSeconds != null) {
            new TimeWindow(Instant.ofEpochSecond(startSeconds), Instant.ofEpochSecond(endSeconds));
        }
        options(() -> CHARTS_FOR_CHECKS);
        regressionResult();
    }

    /**
     * How the capture gets its pictures and numbers: the renderer ({@code datadog} when not given), whether the
     * numbers are fetched, and the chart renderer when pictures are drawn here. No baseline yet.
     *
     * @param charts gives the chart renderer; asked only for {@code local} and {@code auto}
     * @throws IllegalArgumentException naming {@code renderer} when it is unknown or needs the numbers switched off
     */
    CaptureOptions options(Supplier<ChartRenderer> charts) {
        CaptureOptions.Renderer who = CaptureOptions.Renderer.parse(renderer, "renderer");
        return new CaptureOptions(who, numbers, who == CaptureOptions.Renderer.DATADOG ? null : charts.get());
    }

    /**
     * The build to compare the numbers with, the {@code baseline} argument read after {@code expand} (the build's
     * variables) and checked against this build's number.
     *
     * @throws IllegalArgumentException naming {@code baseline}
     */
    BaselineChoice baseline(UnaryOperator<String> expand, int thisBuild) {
        String expanded = baseline == null ? null : expand.apply(baseline);
        return BaselineChoice.parse(expanded).checkEarlierThan(thisBuild);
    }

    /** @throws IllegalArgumentException naming {@code regressionResult} */
    RegressionResult regressionResult() {
        return RegressionResult.parse(regressionResult);
    }

    /** Whether the numbers are fetched; without them there is no comparison. */
    boolean numbers() {
        return numbers;
    }

    /**
     * The window to capture: {@code start}/{@code end} when the request gives them (epoch seconds), else the
     * given bounds (the build's start and now, or a block's body), moved earlier by the padding.
     *
     * @throws IllegalArgumentException naming {@code start}, {@code end} or {@code padding} when they do not make a window
     */
    TimeWindow window(Instant defaultStart, Instant defaultEnd, CaptureDefaults defaults) {
        Instant start = startSeconds != null ? Instant.ofEpochSecond(startSeconds) : defaultStart;
        Instant end = endSeconds != null ? Instant.ofEpochSecond(endSeconds) : defaultEnd;
        return new TimeWindow(start, end).padded(padding(defaults));
    }

    private Duration padding(CaptureDefaults defaults) {
        if (paddingSeconds == null) {
            return defaults.padding();
        }
        if (paddingSeconds < 0 || paddingSeconds > MAX_PADDING_SECONDS) {
            throw new IllegalArgumentException(paddingOutOfRange(paddingSeconds));
        }
        return Duration.ofSeconds(paddingSeconds);
    }

    /** E.g. {@code padding: -5 seconds is out of range; use 0 to 3600}. */
    static String paddingOutOfRange(int seconds) {
        return "padding: " + seconds + " seconds is out of range; use 0 to " + MAX_PADDING_SECONDS;
    }

    /**
     * The endpoint: this request's custom URL or site when it gives one, else the global ones.
     *
     * @throws IllegalArgumentException naming {@code apiUrl} or {@code site} when the value is not usable
     */
    ApiEndpoint endpoint(CaptureDefaults defaults, Map<String, String> environment) {
        if (apiUrl != null || site != null) {
            return ApiEndpoint.resolve(site, apiUrl, environment);
        }
        return ApiEndpoint.resolve(defaults.site(), defaults.apiUrl(), environment);
    }

    @CheckForNull
    String apiKeyCredentialsId(CaptureDefaults defaults) {
        return apiKeyCredentialsId != null ? apiKeyCredentialsId : defaults.apiKeyCredentialsId();
    }

    @CheckForNull
    String appKeyCredentialsId(CaptureDefaults defaults) {
        return appKeyCredentialsId != null ? appKeyCredentialsId : defaults.appKeyCredentialsId();
    }

    /** Collects a {@link CaptureRequest}; every value is optional. */
    static final class Builder {
        private final List<Graph> graphs = new ArrayList<>();
        private String site;
        private String apiUrl;
        private String apiKeyCredentialsId;
        private String appKeyCredentialsId;
        private Integer paddingSeconds;
        private Long startSeconds;
        private Long endSeconds;
        private boolean failOnError;
        private boolean numbers = true;
        private String renderer;
        private String baseline;
        private String regressionResult;

        private Builder() {}

        Builder graph(Graph graph) {
            graphs.add(graph);
            return this;
        }

        Builder graphs(@CheckForNull List<Graph> more) {
            if (more != null) {
                graphs.addAll(more);
            }
            return this;
        }

        Builder site(String site) {
            this.site = site;
            return this;
        }

        Builder apiUrl(String apiUrl) {
            this.apiUrl = apiUrl;
            return this;
        }

        Builder apiKeyCredentialsId(String id) {
            this.apiKeyCredentialsId = id;
            return this;
        }

        Builder appKeyCredentialsId(String id) {
            this.appKeyCredentialsId = id;
            return this;
        }

        Builder paddingSeconds(Integer seconds) {
            this.paddingSeconds = seconds;
            return this;
        }

        Builder startSeconds(Long seconds) {
            this.startSeconds = seconds;
            return this;
        }

        Builder endSeconds(Long seconds) {
            this.endSeconds = seconds;
            return this;
        }

        Builder failOnError(boolean failOnError) {
            this.failOnError = failOnError;
            return this;
        }

        Builder numbers(boolean numbers) {
            this.numbers = numbers;
            return this;
        }

        Builder renderer(String renderer) {
            this.renderer = renderer;
            return this;
        }

        Builder baseline(String baseline) {
            this.baseline = baseline;
            return this;
        }

        Builder regressionResult(String regressionResult) {
            this.regressionResult = regressionResult;
            return this;
        }

        CaptureRequest build() {
            return new CaptureRequest(this);
        }
    }
}

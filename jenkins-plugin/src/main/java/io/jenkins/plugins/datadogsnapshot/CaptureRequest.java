package io.jenkins.plugins.datadogsnapshot;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.github.datadogsnapshot.charts.ChartRenderer;
import io.github.datadogsnapshot.client.config.ApiEndpoint;
import io.github.datadogsnapshot.client.config.CaptureOptions;
import io.github.datadogsnapshot.client.plan.PlanCheck;
import io.github.datadogsnapshot.client.plan.PlanInput;
import io.github.datadogsnapshot.client.plan.PlanResult;
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
    /** The most padding a step may ask for. */
    static final Duration MAX_PADDING = Duration.ofSeconds(CaptureDefaults.MAX_PADDING_SECONDS);

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
     * The client's plan check of this request with the global defaults applied (named as {@link RequestCheck} says):
     * the graphs, the window, and the options. Before a block's body runs the window's bounds are not known yet
     * ({@code windowStart} and {@code windowEnd} null): then only what the request gives is checked.
     *
     * @param now when the check runs, for the window's rules
     */
    PlanResult check(
            CaptureDefaults defaults, @CheckForNull Instant windowStart, @CheckForNull Instant windowEnd, Instant now) {
        PlanInput input = new PlanInput()
                .graphs(graphs.stream().map(Graph::input).toList())
                .graphDefaults(defaults.width(), defaults.height(), null)
                .window(instant(startSeconds), instant(endSeconds), windowStart, windowEnd)
                .padding(paddingSeconds != null ? Duration.ofSeconds(paddingSeconds) : defaults.padding(), MAX_PADDING)
                .options(renderer, numbers, regressionResult != null);
        return PlanCheck.check(input, RequestCheck.labels(graphs.size()), now);
    }

    @CheckForNull
    private static Instant instant(@CheckForNull Long seconds) {
        return seconds == null ? null : Instant.ofEpochSecond(seconds);
    }

    /**
     * How the capture gets its pictures and numbers: the renderer the plan check read, whether the numbers are
     * fetched, and the chart renderer when pictures are drawn here. No baseline yet.
     *
     * @param charts gives the chart renderer; asked only for {@code local} and {@code auto}
     */
    CaptureOptions options(CaptureOptions.Renderer who, Supplier<ChartRenderer> charts) {
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

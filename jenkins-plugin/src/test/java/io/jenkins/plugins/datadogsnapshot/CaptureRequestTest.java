package io.jenkins.plugins.datadogsnapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.datadogsnapshot.charts.ChartRenderer;
import io.github.datadogsnapshot.client.config.ApiEndpoint;
import io.github.datadogsnapshot.client.config.CaptureOptions;
import io.github.datadogsnapshot.client.config.DatadogSite;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.graph.TimeWindow;
import io.github.datadogsnapshot.client.plan.Problem;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

class CaptureRequestTest {

    private static final CaptureDefaults DEFAULTS = new CaptureDefaults(
            "datadoghq.eu", null, "dd-api", "dd-app", 800, 400, Duration.ofSeconds(60), Duration.ofMinutes(3));
    private static final Instant BUILD_START = Instant.parse("2026-11-28T10:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-28T10:15:00Z");

    static Graph graph(String metricQuery) {
        Graph g = new Graph();
        g.setMetricQuery(metricQuery);
        return g;
    }

    /** What the plan check says first for {@code request} before a block's body: the window not known yet. */
    private static String beforeBody(CaptureRequest request) {
        return request.check(DEFAULTS, null, null, NOW)
                .firstError()
                .map(Problem::message)
                .orElse("");
    }

    /** What the plan check says first for {@code request} once the window is known. */
    private static String atRun(CaptureRequest request) {
        return request.check(DEFAULTS, BUILD_START, NOW, NOW)
                .firstError()
                .map(Problem::message)
                .orElse("");
    }

    private static List<GraphSpec> specs(CaptureRequest request) {
        return request.check(DEFAULTS, BUILD_START, NOW, NOW).graphs();
    }

    private static TimeWindow window(CaptureRequest request) {
        return request.check(DEFAULTS, BUILD_START, NOW, NOW).window().orElseThrow();
    }

    @Test
    void shouldNameEachGraphByItsPositionInErrors() {
        CaptureRequest request = CaptureRequest.builder()
                .graph(graph("avg:a{*}"))
                .graph(new Graph())
                .build();

        assertThat(atRun(request)).startsWith("graphs[1].metricQuery:");
    }

    @Test
    void shouldSayWhenThereIsNoGraphAtAll() {
        Graph titleOnly = new Graph();
        titleOnly.setTitle("a title but no query");
        String noGraph = "graphs (or metricQuery): no graph to capture; give at least one graph with a metric query or"
                + " a graph definition";

        assertThat(atRun(CaptureRequest.builder().graphs(null).build())).isEqualTo(noGraph);
        assertThat(beforeBody(CaptureRequest.builder().graph(titleOnly).build()))
                .as("a title alone is not a graph")
                .isEqualTo(noGraph);
    }

    @Test
    void shouldApplyTheDefaultSizeOnlyWhereAGraphGivesNone() {
        Graph wide = graph("avg:b{*}");
        wide.setWidth(1200);
        List<GraphSpec> specs = specs(
                CaptureRequest.builder().graph(graph("avg:a{*}")).graph(wide).build());

        assertThat(specs)
                .extracting(s -> s.width().orElse(null), s -> s.height().orElse(null))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(800, 400), org.assertj.core.groups.Tuple.tuple(1200, 400));
    }

    @Test
    void shouldTakeTheGivenBoundsAndTheDefaultPadding() {
        TimeWindow window =
                window(CaptureRequest.builder().graph(graph("avg:a{*}")).build());

        assertThat(window.start()).isEqualTo(BUILD_START.minusSeconds(60));
        assertThat(window.end()).isEqualTo(NOW);
    }

    @Test
    void shouldPreferExplicitStartEndAndPadding() {
        long start = BUILD_START.getEpochSecond() - 3600;
        TimeWindow window = window(CaptureRequest.builder()
                .graph(graph("avg:a{*}"))
                .startSeconds(start)
                .endSeconds(start + 600)
                .paddingSeconds(0)
                .build());

        assertThat(window).isEqualTo(new TimeWindow(Instant.ofEpochSecond(start), Instant.ofEpochSecond(start + 600)));
    }

    @Test
    void shouldRefuseAWindowThatEndsBeforeItStarts() {
        CaptureRequest request = CaptureRequest.builder()
                .graph(graph("avg:a{*}"))
                .startSeconds(NOW.getEpochSecond())
                .endSeconds(BUILD_START.getEpochSecond())
                .build();

        assertThat(atRun(request))
                .isEqualTo("start: the window's start 2026-11-28T10:15:00Z (start) is not before its end"
                        + " 2026-11-28T10:00:00Z (end); check start and end");
    }

    @Test
    void shouldRefuseWhatTheGraphCouldNotShow() {
        CaptureRequest future = CaptureRequest.builder()
                .graph(graph("avg:a{*}"))
                .endSeconds(NOW.plusSeconds(3600).getEpochSecond())
                .build();
        CaptureRequest ancient = CaptureRequest.builder()
                .graph(graph("avg:a{*}"))
                .startSeconds(1_000_000L)
                .build();

        assertThat(atRun(future)).startsWith("end: 2026-11-28T11:15:00Z is 1 h 0 min after now");
        assertThat(atRun(ancient)).startsWith("start and padding: 1970-01-12T13:45:40Z is ");
    }

    @Test
    void shouldRefuseNegativePadding() {
        CaptureRequest request = CaptureRequest.builder()
                .graph(graph("avg:a{*}"))
                .paddingSeconds(-1)
                .build();

        assertThat(atRun(request)).startsWith("padding: -1 seconds is out of range; use 0 to 604800");
    }

    @Test
    void shouldValidateGraphsNamesPaddingAndAGivenWindowBeforeTheWindowIsKnown() {
        Graph named = graph("avg:a{*}");
        named.setName("cpu");
        Graph sameName = graph("avg:b{*}");
        sameName.setName("cpu");

        assertThat(beforeBody(CaptureRequest.builder().build())).startsWith("graphs (or metricQuery): no graph");
        assertThat(beforeBody(CaptureRequest.builder()
                        .graph(graph("avg:a{*}"))
                        .graph(new Graph())
                        .build()))
                .startsWith("graphs[1].metricQuery:");
        assertThat(beforeBody(
                        CaptureRequest.builder().graph(named).graph(sameName).build()))
                .startsWith("graphs[1].name: 'cpu' is also the name of graphs[0].name");
        assertThat(beforeBody(
                        CaptureRequest.builder().graph(named).paddingSeconds(-5).build()))
                .isEqualTo("padding: -5 seconds is out of range; use 0 to 604800");
        assertThat(beforeBody(CaptureRequest.builder()
                        .graph(named)
                        .startSeconds(2_000L)
                        .endSeconds(1_000L)
                        .build()))
                .startsWith("start: the window's start 1970-01-01T00:33:20Z (start) is not before its end");
    }

    @Test
    void shouldAcceptAValidRequestWithOnlyOneBoundOfTheWindow() {
        long start = BUILD_START.getEpochSecond() - 60;
        CaptureRequest request = CaptureRequest.builder()
                .graph(graph("avg:a{*}"))
                .startSeconds(start)
                .paddingSeconds(0)
                .build();

        assertThat(beforeBody(request)).isEmpty();
        assertThat(window(request).start()).isEqualTo(Instant.ofEpochSecond(start));
    }

    @Test
    void shouldThrowThePlanChecksFirstError() {
        CaptureRequest request = CaptureRequest.builder()
                .graph(graph("avg:a{*}"))
                .paddingSeconds(-5)
                .build();

        assertThatThrownBy(() -> RequestCheck.checked(request, DEFAULTS, null, null, NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("padding: -5 seconds is out of range; use 0 to 604800");
    }

    @Test
    void shouldUseTheGlobalEndpointAndKeysUnlessTheRequestOverridesThem() {
        CaptureRequest plain = CaptureRequest.builder().build();
        CaptureRequest overriding = CaptureRequest.builder()
                .apiUrl("http://127.0.0.1:9999")
                .apiKeyCredentialsId(" other-api ")
                .build();

        assertThat(plain.endpoint(DEFAULTS, Map.of()).datadogSite()).contains(DatadogSite.EU1);
        assertThat(plain.apiKeyCredentialsId(DEFAULTS)).isEqualTo("dd-api");
        assertThat(overriding.endpoint(DEFAULTS, Map.of())).isEqualTo(ApiEndpoint.custom("http://127.0.0.1:9999"));
        assertThat(overriding.apiKeyCredentialsId(DEFAULTS)).isEqualTo("other-api");
        assertThat(overriding.appKeyCredentialsId(DEFAULTS)).isEqualTo("dd-app");
    }

    @Test
    void shouldPreferARequestSiteOverTheGlobalUrl() {
        CaptureDefaults customGlobally = new CaptureDefaults(
                "datadoghq.com", "http://127.0.0.1:9999", null, null, null, null, Duration.ZERO, Duration.ofMinutes(1));

        assertThat(CaptureRequest.builder()
                        .site("us5.datadoghq.com")
                        .build()
                        .endpoint(customGlobally, Map.of())
                        .datadogSite())
                .contains(DatadogSite.US5);
    }

    @Test
    void shouldGiveEachGraphItsThresholdsAndNameTheGraphInTheirErrors() {
        Graph latency = graph("avg:trace.http.request.duration{*}");
        latency.setThresholds("p95 +10% and +2ms; max < 800");
        Graph broken = graph("avg:b{*}");
        broken.setThresholds("p96 +10%");

        List<GraphSpec> specs = CaptureRequest.builder()
                .graph(latency)
                .graph(graph("avg:c{*}"))
                .build()
                .check(DEFAULTS, BUILD_START, NOW, NOW)
                .graphs();

        assertThat(specs.get(0).thresholds())
                .extracting(Object::toString)
                .containsExactly("p95 +10% and +2ms", "max < 800");
        assertThat(specs.get(1).thresholds()).isEmpty();
        assertThat(beforeBody(
                        CaptureRequest.builder().graph(latency).graph(broken).build()))
                .startsWith("graphs[1].thresholds:")
                .contains("p96");
    }

    @Test
    void shouldFetchNumbersAndUseDatadogsPicturesUnlessToldOtherwise() {
        CaptureOptions options = CaptureRequest.builder().build().options(CaptureOptions.Renderer.DATADOG, () -> {
            throw new AssertionError("no chart renderer is needed for Datadog's pictures");
        });

        assertThat(options.renderer()).isEqualTo(CaptureOptions.Renderer.DATADOG);
        assertThat(options.numbers()).isTrue();
        assertThat(options.chartRenderer()).isNull();
        assertThat(options.baseline()).isNull();
    }

    @Test
    void shouldDrawLocallyWithTheGivenChartRenderer() {
        ChartRenderer charts = LocalCharts.renderer();
        CaptureRequest request = CaptureRequest.builder()
                .graph(graph("avg:a{*}"))
                .renderer(" AUTO ")
                .build();
        CaptureOptions options =
                request.options(request.check(DEFAULTS, BUILD_START, NOW, NOW).renderer(), () -> charts);

        assertThat(options.renderer()).isEqualTo(CaptureOptions.Renderer.AUTO);
        assertThat(options.chartRenderer()).isSameAs(charts);
    }

    @Test
    void shouldRefuseBeforeAnyRequestWhatTheNumbersCannotDo() {
        CaptureRequest.Builder valid = CaptureRequest.builder().graph(graph("avg:a{*}"));

        assertThat(beforeBody(valid.renderer("local").numbers(false).build()))
                .startsWith("renderer: local draws the pictures from the graphs' numbers, but numbers is false");
        assertThat(beforeBody(valid.renderer(null).regressionResult("FAILURE").build()))
                .startsWith("regressionResult: a crossed threshold is to mark the build, but numbers is false");
        assertThat(beforeBody(valid.numbers(true).renderer("chartjs").build()))
                .startsWith("renderer: 'chartjs' is not a renderer");
        assertThatThrownBy(() -> RequestCheck.checked(
                        valid.renderer(null).regressionResult("ABORTED").build(), DEFAULTS, null, null, NOW))
                .hasMessageContaining("regressionResult: 'ABORTED' is not a build result");
        RequestCheck.checked(valid.regressionResult("failure").build(), DEFAULTS, null, null, NOW);
    }

    @Test
    void shouldReadTheResultOfARegression() {
        assertThat(CaptureRequest.builder().build().regressionResult()).isEqualTo(RegressionResult.UNSTABLE);
        assertThat(CaptureRequest.builder()
                        .regressionResult(" Failure ")
                        .build()
                        .regressionResult())
                .isEqualTo(RegressionResult.FAILURE);
    }

    @Test
    void shouldExpandTheBaselineWithTheBuildsVariablesBeforeReadingIt() {
        UnaryOperator<String> environment =
                text -> text.replace("${BASELINE}", "7").replace("${EMPTY}", "");
        CaptureRequest fromParameter =
                CaptureRequest.builder().baseline("${BASELINE}").build();
        CaptureRequest emptyParameter =
                CaptureRequest.builder().baseline("${EMPTY}").build();

        assertThat(fromParameter.baseline(environment, 12)).isEqualTo(new BaselineChoice(BaselineChoice.Kind.BUILD, 7));
        assertThat(emptyParameter.baseline(environment, 12)).isEqualTo(BaselineChoice.PREVIOUS_SUCCESSFUL);
        assertThat(CaptureRequest.builder().build().baseline(environment, 1))
                .isEqualTo(BaselineChoice.PREVIOUS_SUCCESSFUL);
        assertThatThrownBy(() -> fromParameter.baseline(environment, 7))
                .hasMessageStartingWith("baseline: build #7 is this build");
        assertThatThrownBy(() ->
                        CaptureRequest.builder().baseline("${UNSET}").build().baseline(environment, 12))
                .hasMessageContaining("not set in the build's environment");
    }

    @Test
    void shouldSurviveJavaSerializationAsABlockStepKeepsItAcrossRestarts() throws Exception {
        Graph g = graph("avg:a{*}");
        g.setTitle("CPU");
        g.setThresholds("p95 +10%");
        CaptureRequest request = CaptureRequest.builder()
                .graph(g)
                .paddingSeconds(30)
                .failOnError(true)
                .site("datadoghq.eu")
                .numbers(true)
                .renderer("auto")
                .baseline("${BASELINE}")
                .regressionResult("FAILURE")
                .build();

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(request);
        }
        CaptureRequest copy;
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (CaptureRequest) in.readObject();
        }

        assertThat(copy.failOnError()).isTrue();
        assertThat(specs(copy)).containsExactlyElementsOf(specs(request));
        assertThat(window(copy)).isEqualTo(window(request));
        assertThat(specs(copy).get(0).thresholds()).hasSize(1);
        assertThat(copy.check(DEFAULTS, BUILD_START, NOW, NOW).renderer()).isEqualTo(CaptureOptions.Renderer.AUTO);
        assertThat(copy.regressionResult()).isEqualTo(RegressionResult.FAILURE);
        assertThat(copy.baseline(text -> text.replace("${BASELINE}", "3"), 9).number())
                .isEqualTo(3);
    }
}

package io.jenkins.plugins.datadogsnapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.datadogsnapshot.client.config.ApiEndpoint;
import io.github.datadogsnapshot.client.config.CaptureOptions;
import io.github.datadogsnapshot.client.config.DatadogSite;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.graph.TimeWindow;
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

    @Test
    void shouldNameEachGraphByItsPositionInErrors() {
        CaptureRequest request = CaptureRequest.builder()
                .graph(graph("avg:a{*}"))
                .graph(new Graph())
                .build();

        assertThatThrownBy(() -> request.graphSpecs(DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("graphs[1].metricQuery:");
    }

    @Test
    void shouldSayWhenThereIsNoGraphAtAll() {
        Graph titleOnly = new Graph();
        titleOnly.setTitle("a title but no query");

        assertThatThrownBy(() -> CaptureRequest.builder().graphs(null).build().graphSpecs(DEFAULTS))
                .hasMessage(CaptureRequest.NO_GRAPH);
        assertThatThrownBy(
                        () -> CaptureRequest.builder().graph(titleOnly).build().validate(DEFAULTS))
                .as("a title alone is not a graph")
                .hasMessage(CaptureRequest.NO_GRAPH);
        assertThat(CaptureRequest.NO_GRAPH)
                .isEqualTo("graphs: no graph given: give metricQuery (or graphDef), or "
                        + "graphs: [[metricQuery: '...'], ...]");
    }

    @Test
    void shouldApplyTheDefaultSizeOnlyWhereAGraphGivesNone() {
        Graph wide = graph("avg:b{*}");
        wide.setWidth(1200);
        List<GraphSpec> specs = CaptureRequest.builder()
                .graph(graph("avg:a{*}"))
                .graph(wide)
                .build()
                .graphSpecs(DEFAULTS);

        assertThat(specs)
                .extracting(s -> s.width().orElse(null), s -> s.height().orElse(null))
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(800, 400), org.assertj.core.groups.Tuple.tuple(1200, 400));
    }

    @Test
    void shouldTakeTheGivenBoundsAndTheDefaultPadding() {
        TimeWindow window = CaptureRequest.builder().build().window(BUILD_START, NOW, DEFAULTS);

        assertThat(window.start()).isEqualTo(BUILD_START.minusSeconds(60));
        assertThat(window.end()).isEqualTo(NOW);
    }

    @Test
    void shouldPreferExplicitStartEndAndPadding() {
        TimeWindow window = CaptureRequest.builder()
                .startSeconds(1_000_000L)
                .endSeconds(1_000_600L)
                .paddingSeconds(0)
                .build()
                .window(BUILD_START, NOW, DEFAULTS);

        assertThat(window)
                .isEqualTo(new TimeWindow(Instant.ofEpochSecond(1_000_000L), Instant.ofEpochSecond(1_000_600L)));
    }

    @Test
    void shouldRefuseAWindowThatEndsBeforeItStarts() {
        CaptureRequest request = CaptureRequest.builder()
                .startSeconds(NOW.getEpochSecond())
                .endSeconds(BUILD_START.getEpochSecond())
                .build();

        assertThatThrownBy(() -> request.window(BUILD_START, NOW, DEFAULTS)).hasMessageStartingWith("end:");
    }

    @Test
    void shouldRefuseNegativePadding() {
        CaptureRequest request = CaptureRequest.builder().paddingSeconds(-1).build();

        assertThatThrownBy(() -> request.window(BUILD_START, NOW, DEFAULTS))
                .hasMessageStartingWith("padding: -1 seconds");
    }

    @Test
    void shouldValidateGraphsNamesPaddingAndAGivenWindowBeforeTheWindowIsKnown() {
        Graph named = graph("avg:a{*}");
        named.setName("cpu");
        Graph sameName = graph("avg:b{*}");
        sameName.setName("cpu");

        assertThatThrownBy(() -> CaptureRequest.builder().build().validate(DEFAULTS))
                .hasMessageStartingWith("graphs: no graph given");
        assertThatThrownBy(() -> CaptureRequest.builder()
                        .graph(graph("avg:a{*}"))
                        .graph(new Graph())
                        .build()
                        .validate(DEFAULTS))
                .hasMessageStartingWith("graphs[1].metricQuery:");
        assertThatThrownBy(() -> CaptureRequest.builder()
                        .graph(named)
                        .graph(sameName)
                        .build()
                        .validate(DEFAULTS))
                .hasMessageStartingWith("name: graph 2 is named 'cpu' like graph 1");
        assertThatThrownBy(() -> CaptureRequest.builder()
                        .graph(named)
                        .paddingSeconds(-5)
                        .build()
                        .validate(DEFAULTS))
                .hasMessage(CaptureRequest.paddingOutOfRange(-5))
                .hasMessageStartingWith("padding: -5 seconds is out of range; use 0 to ");
        assertThatThrownBy(() -> CaptureRequest.builder()
                        .graph(named)
                        .startSeconds(2_000L)
                        .endSeconds(1_000L)
                        .build()
                        .validate(DEFAULTS))
                .hasMessageStartingWith("end:");
    }

    @Test
    void shouldAcceptAValidRequestWithOnlyOneBoundOfTheWindow() {
        CaptureRequest request = CaptureRequest.builder()
                .graph(graph("avg:a{*}"))
                .startSeconds(1_000L)
                .paddingSeconds(0)
                .build();

        request.validate(DEFAULTS);

        assertThat(request.window(BUILD_START, NOW, DEFAULTS).start()).isEqualTo(Instant.ofEpochSecond(1_000L));
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
                .graphSpecs(DEFAULTS);

        assertThat(specs.get(0).thresholds())
                .extracting(Object::toString)
                .containsExactly("p95 +10% and +2ms", "max < 800");
        assertThat(specs.get(1).thresholds()).isEmpty();
        assertThatThrownBy(() -> CaptureRequest.builder()
                        .graph(latency)
                        .graph(broken)
                        .build()
                        .validate(DEFAULTS))
                .hasMessageStartingWith("graphs[1].thresholds:")
                .hasMessageContaining("p96");
    }

    @Test
    void shouldFetchNumbersAndUseDatadogsPicturesUnlessToldOtherwise() {
        CaptureOptions options = CaptureRequest.builder().build().options(() -> {
            throw new AssertionError("no chart renderer is needed for Datadog's pictures");
        });

        assertThat(options.renderer()).isEqualTo(CaptureOptions.Renderer.DATADOG);
        assertThat(options.numbers()).isTrue();
        assertThat(options.chartRenderer()).isNull();
        assertThat(options.baseline()).isNull();
    }

    @Test
    void shouldDrawLocallyWithTheGivenChartRenderer() {
        CaptureOptions options =
                CaptureRequest.builder().renderer(" AUTO ").build().options(() -> CaptureRequest.CHARTS_FOR_CHECKS);

        assertThat(options.renderer()).isEqualTo(CaptureOptions.Renderer.AUTO);
        assertThat(options.chartRenderer()).isSameAs(CaptureRequest.CHARTS_FOR_CHECKS);
    }

    @Test
    void shouldRefuseBeforeAnyRequestWhatTheNumbersCannotDo() {
        CaptureRequest.Builder valid = CaptureRequest.builder().graph(graph("avg:a{*}"));

        assertThatThrownBy(() -> valid.renderer("local").numbers(false).build().validate(DEFAULTS))
                .hasMessageStartingWith("renderer: local draws from the graphs' numbers");
        assertThatThrownBy(() -> valid.numbers(true).renderer("chartjs").build().validate(DEFAULTS))
                .hasMessageStartingWith("renderer: 'chartjs' is not a renderer");
        assertThatThrownBy(() ->
                        valid.renderer(null).regressionResult("ABORTED").build().validate(DEFAULTS))
                .hasMessageStartingWith("regressionResult: 'ABORTED' is not a build result");
        valid.regressionResult("failure").build().validate(DEFAULTS);
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
        assertThat(copy.graphSpecs(DEFAULTS)).containsExactlyElementsOf(request.graphSpecs(DEFAULTS));
        assertThat(copy.window(BUILD_START, NOW, DEFAULTS)).isEqualTo(request.window(BUILD_START, NOW, DEFAULTS));
        assertThat(copy.graphSpecs(DEFAULTS).get(0).thresholds()).hasSize(1);
        assertThat(copy.options(() -> CaptureRequest.CHARTS_FOR_CHECKS).renderer())
                .isEqualTo(CaptureOptions.Renderer.AUTO);
        assertThat(copy.regressionResult()).isEqualTo(RegressionResult.FAILURE);
        assertThat(copy.baseline(text -> text.replace("${BASELINE}", "3"), 9).number())
                .isEqualTo(3);
    }
}

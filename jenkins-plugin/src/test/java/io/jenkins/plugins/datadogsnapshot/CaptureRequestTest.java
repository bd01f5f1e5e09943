package io.jenkins.plugins.datadogsnapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.datadogsnapshot.client.ApiEndpoint;
import io.github.datadogsnapshot.client.DatadogSite;
import io.github.datadogsnapshot.client.GraphSpec;
import io.github.datadogsnapshot.client.TimeWindow;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CaptureRequestTest {

    private static final CaptureDefaults DEFAULTS = new CaptureDefaults("datadoghq.eu", null, "dd-api", "dd-app", 800, 400,
            Duration.ofSeconds(60), Duration.ofMinutes(3));
    private static final Instant BUILD_START = Instant.parse("2026-11-28T10:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-28T10:15:00Z");

    static Graph graph(String metricQuery) {
        Graph g = new Graph();
        g.setMetricQuery(metricQuery);
        return g;
    }

    @Test
    void shouldNameEachGraphByItsPositionInErrors() {
        CaptureRequest request = CaptureRequest.builder().graph(graph("avg:a{*}")).graph(new Graph()).build();

        assertThatThrownBy(() -> request.graphSpecs(DEFAULTS))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("graphs[1].metricQuery:");
    }

    @Test
    void shouldSayWhenThereIsNoGraphAtAll() {
        assertThatThrownBy(() -> CaptureRequest.builder().graphs(null).build().graphSpecs(DEFAULTS))
                .hasMessageStartingWith("graphs: no graph given");
    }

    @Test
    void shouldApplyTheDefaultSizeOnlyWhereAGraphGivesNone() {
        Graph wide = graph("avg:b{*}");
        wide.setWidth(1200);
        List<GraphSpec> specs = CaptureRequest.builder().graph(graph("avg:a{*}")).graph(wide).build().graphSpecs(DEFAULTS);

        assertThat(specs).extracting(s -> s.width().orElse(null), s -> s.height().orElse(null))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(800, 400), org.assertj.core.groups.Tuple.tuple(1200, 400));
    }

    @Test
    void shouldTakeTheGivenBoundsAndTheDefaultPadding() {
        TimeWindow window = CaptureRequest.builder().build().window(BUILD_START, NOW, DEFAULTS);

        assertThat(window.start()).isEqualTo(BUILD_START.minusSeconds(60));
        assertThat(window.end()).isEqualTo(NOW);
    }

    @Test
    void shouldPreferExplicitStartEndAndPadding() {
        TimeWindow window = CaptureRequest.builder().startSeconds(1_000_000L).endSeconds(1_000_600L).paddingSeconds(0)
                .build().window(BUILD_START, NOW, DEFAULTS);

        assertThat(window).isEqualTo(new TimeWindow(Instant.ofEpochSecond(1_000_000L), Instant.ofEpochSecond(1_000_600L)));
    }

    @Test
    void shouldRefuseAWindowThatEndsBeforeItStarts() {
        CaptureRequest request = CaptureRequest.builder().startSeconds(NOW.getEpochSecond()).endSeconds(BUILD_START.getEpochSecond()).build();

        assertThatThrownBy(() -> request.window(BUILD_START, NOW, DEFAULTS)).hasMessageStartingWith("end:");
    }

    @Test
    void shouldRefuseNegativePadding() {
        CaptureRequest request = CaptureRequest.builder().paddingSeconds(-1).build();

        assertThatThrownBy(() -> request.window(BUILD_START, NOW, DEFAULTS)).hasMessageStartingWith("padding: -1 seconds");
    }

    @Test
    void shouldValidateGraphsNamesPaddingAndAGivenWindowBeforeTheWindowIsKnown() {
        Graph named = graph("avg:a{*}");
        named.setName("cpu");
        Graph sameName = graph("avg:b{*}");
        sameName.setName("cpu");

        assertThatThrownBy(() -> CaptureRequest.builder().build().validate(DEFAULTS))
                .hasMessageStartingWith("graphs: no graph given");
        assertThatThrownBy(() -> CaptureRequest.builder().graph(graph("avg:a{*}")).graph(new Graph()).build().validate(DEFAULTS))
                .hasMessageStartingWith("graphs[1].metricQuery:");
        assertThatThrownBy(() -> CaptureRequest.builder().graph(named).graph(sameName).build().validate(DEFAULTS))
                .hasMessageStartingWith("name: graph 2 is named 'cpu' like graph 1");
        assertThatThrownBy(() -> CaptureRequest.builder().graph(named).paddingSeconds(-5).build().validate(DEFAULTS))
                .hasMessageStartingWith("padding: -5 seconds");
        assertThatThrownBy(() -> CaptureRequest.builder().graph(named).startSeconds(2_000L).endSeconds(1_000L).build()
                .validate(DEFAULTS)).hasMessageStartingWith("end:");
    }

    @Test
    void shouldAcceptAValidRequestWithOnlyOneBoundOfTheWindow() {
        CaptureRequest request = CaptureRequest.builder().graph(graph("avg:a{*}")).startSeconds(1_000L).paddingSeconds(0).build();

        request.validate(DEFAULTS);

        assertThat(request.window(BUILD_START, NOW, DEFAULTS).start()).isEqualTo(Instant.ofEpochSecond(1_000L));
    }

    @Test
    void shouldUseTheGlobalEndpointAndKeysUnlessTheRequestOverridesThem() {
        CaptureRequest plain = CaptureRequest.builder().build();
        CaptureRequest overriding = CaptureRequest.builder().apiUrl("http://127.0.0.1:9999").apiKeyCredentialsId(" other-api ").build();

        assertThat(plain.endpoint(DEFAULTS, Map.of()).datadogSite()).contains(DatadogSite.EU1);
        assertThat(plain.apiKeyCredentialsId(DEFAULTS)).isEqualTo("dd-api");
        assertThat(overriding.endpoint(DEFAULTS, Map.of())).isEqualTo(ApiEndpoint.custom("http://127.0.0.1:9999"));
        assertThat(overriding.apiKeyCredentialsId(DEFAULTS)).isEqualTo("other-api");
        assertThat(overriding.appKeyCredentialsId(DEFAULTS)).isEqualTo("dd-app");
    }

    @Test
    void shouldPreferARequestSiteOverTheGlobalUrl() {
        CaptureDefaults customGlobally = new CaptureDefaults("datadoghq.com", "http://127.0.0.1:9999", null, null, null,
                null, Duration.ZERO, Duration.ofMinutes(1));

        assertThat(CaptureRequest.builder().site("us5.datadoghq.com").build().endpoint(customGlobally, Map.of()).datadogSite())
                .contains(DatadogSite.US5);
    }

    @Test
    void shouldSurviveJavaSerializationAsABlockStepKeepsItAcrossRestarts() throws Exception {
        Graph g = graph("avg:a{*}");
        g.setTitle("CPU");
        CaptureRequest request = CaptureRequest.builder().graph(g).paddingSeconds(30).failOnError(true).site("datadoghq.eu").build();

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
    }
}

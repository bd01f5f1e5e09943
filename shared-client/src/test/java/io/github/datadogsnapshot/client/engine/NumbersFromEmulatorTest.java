package io.github.datadogsnapshot.client.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.datadogsnapshot.charts.Band;
import io.github.datadogsnapshot.charts.XChartRenderer;
import io.github.datadogsnapshot.client.config.ApiEndpoint;
import io.github.datadogsnapshot.client.config.ClientSettings;
import io.github.datadogsnapshot.client.config.Credentials;
import io.github.datadogsnapshot.client.graph.GraphQueries;
import io.github.datadogsnapshot.client.graph.GraphQuery;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.graph.TimeWindow;
import io.github.datadogsnapshot.client.regression.MetricSeries;
import io.github.datadogsnapshot.client.regression.SeriesStats;
import io.github.datadogsnapshot.client.transport.Exchange;
import io.github.datadogsnapshot.client.transport.HttpTransport;
import io.github.datadogsnapshot.client.transport.MetricsQueryApi;
import io.github.datadogsnapshot.client.transport.SnapshotApi;
import io.github.datadogsnapshot.client.transport.TaskRunner;
import io.github.datadogsnapshot.emulator.DatadogEmulator;
import io.github.datadogsnapshot.emulator.DatadogEmulatorExtension;
import io.github.datadogsnapshot.emulator.RecordedRequest;
import java.math.BigDecimal;
import java.math.MathContext;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The numbers and local charts against the emulator over real HTTP: URLs from {@link MetricsQueryApi}, calls through
 * the client's {@link HttpTransport}, answers parsed and summed up, and checked against values computed here from the
 * raw JSON, and against the emulator's own snapshot PNG.
 */
class NumbersFromEmulatorTest {

    @RegisterExtension
    static final DatadogEmulatorExtension EMULATOR =
            new DatadogEmulatorExtension(DatadogEmulator.builder().renderDelay(Duration.ZERO));

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    TimeWindow window = new TimeWindow(Instant.parse("2026-11-28T17:00:00.400Z"), Instant.parse("2026-11-28T17:30:00Z"));
    DatadogEmulator emulator;
    Credentials keys;
    TaskRunner runner;
    HttpTransport transport;
    MetricsQueryApi api;

    @BeforeEach
    void setUp() {
        emulator = EMULATOR.get();
        keys = Credentials.of(emulator.apiKey(), emulator.applicationKey());
        ApiEndpoint endpoint = ApiEndpoint.custom(emulator.baseUrl().toString());
        runner = new TaskRunner(2);
        transport = new HttpTransport(ClientSettings.builder(endpoint, keys).build(), "datadog-snapshot-test", runner);
        api = new MetricsQueryApi(endpoint);
    }

    @AfterEach
    void tearDown() throws Exception {
        transport.close();
        runner.close();
    }

    static Instant inAMinute() {
        return Instant.now().plusSeconds(60);
    }

    HttpTransport.JsonAnswer get(URI uri) throws Exception {
        HttpTransport.JsonAnswer answer = transport.getJson(uri, keys, inAMinute(), new Exchange());
        assertThat(answer.status()).as(new String(answer.body())).isEqualTo(200);
        return answer;
    }

    List<MetricSeries> series(String query) throws Exception {
        return api.series(get(api.queryUri(query, window)), query);
    }

    @Test
    void shouldComputeEveryStatisticOfEverySeriesAsComputedHereFromTheRawAnswer() throws Exception {
        String query = "avg:trace.http.request.duration{env:perf} by {host}, sum:trace.http.request.errors{env:perf}";
        HttpTransport.JsonAnswer answer = get(api.queryUri(query, window));

        List<MetricSeries> series = api.series(answer, query);
        JsonNode raw = JSON.readTree(answer.body()).get("series");

        assertThat(series).hasSize(raw.size()).hasSizeGreaterThanOrEqualTo(3);
        for (int s = 0; s < raw.size(); s++) {
            List<Double> values = new ArrayList<>();
            raw.get(s).get("pointlist").forEach(p -> {
                if (!p.get(1).isNull()) {
                    values.add(p.get(1).asDouble());
                }
            });
            SeriesStats stats = SeriesStats.of(series.get(s));
            String scope = raw.get(s).get("scope").asText();

            assertThat(stats.scope()).isEqualTo(scope);
            assertThat(stats.points()).as(scope).isEqualTo(values.size());
            assertThat(stats.last()).as(scope).isEqualTo(values.get(values.size() - 1));
            List<Double> sorted = values.stream().sorted().toList();
            assertThat(stats.min()).as(scope).isEqualTo(sorted.get(0));
            assertThat(stats.max()).as(scope).isEqualTo(sorted.get(sorted.size() - 1));
            BigDecimal sum = values.stream().map(BigDecimal::new).reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(stats.avg()).as(scope).isCloseTo(
                    sum.divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL128).doubleValue(), within(1e-9));
            assertThat(stats.p50()).as(scope).isCloseTo(numpyLinear(sorted, 50), within(1e-9));
            assertThat(stats.p95()).as(scope).isCloseTo(numpyLinear(sorted, 95), within(1e-9));
        }
        assertThat(series.get(series.size() - 1).query()).isEqualTo("sum:trace.http.request.errors{env:perf}");
        assertThat(series.get(0).unit()).isEqualTo("ms");
    }

    /** numpy.percentile(values, p) with its default linear method: between ranks floor(h) and ceil(h). */
    static double numpyLinear(List<Double> sorted, int p) {
        BigDecimal h = BigDecimal.valueOf(sorted.size() - 1L).multiply(BigDecimal.valueOf(p)).divide(BigDecimal.valueOf(100));
        int lo = h.intValue();
        int hi = Math.min(lo + 1, sorted.size() - 1);
        double fraction = h.subtract(BigDecimal.valueOf(lo)).doubleValue();
        return sorted.get(lo) * (1 - fraction) + sorted.get(hi) * fraction;
    }

    @Test
    void shouldLeaveOutThePointsOfAGroupThatHadNoDataYet() throws Exception {
        List<MetricSeries> series = series("avg:c{*} by {host}"); // four hosts, the last one joins late

        MetricSeries late = series.get(series.size() - 1);
        long without = late.points().stream().filter(p -> !p.hasValue()).count();
        assertThat(series).hasSize(4);
        assertThat(without).isPositive();
        assertThat(SeriesStats.of(late).points()).isEqualTo(late.points().size() - (int) without);
    }

    @Test
    void shouldDrawLocallyTheSnapshotTheEmulatorDrawsForAMetricQuery() throws Exception {
        GraphSpec graph = GraphSpec.builder().title("Checkout").metricQuery("avg:trace.http.request.duration{env:perf} by {host}")
                .eventQuery("sources:deploy tags:env:perf").width(600).height(300).build();

        assertThat(localPng(graph)).as("byte for byte").isEqualTo(snapshotPng(graph));
    }

    @Test
    void shouldDrawLocallyTheSnapshotTheEmulatorDrawsForAGraphDefinition() throws Exception {
        GraphSpec graph = GraphSpec.builder().graphDef("""
                {"viz":"timeseries","requests":[{"q":"avg:a{*},avg:system.cpu.user{env:perf} by {host}"},
                 {"q":"sum:trace.http.request.errors{*}"}],"events":[{"q":"sources:deploy"},{"q":"tags:release"}]}""").build();

        assertThat(LocalChart.title(graph)).isEqualTo("avg:a{*}, avg:system.cpu.user{env:perf} by {host},"
                + " sum:trace.http.request.errors{*}");
        assertThat(localPng(graph)).as("byte for byte").isEqualTo(snapshotPng(graph));
    }

    byte[] localPng(GraphSpec graph) throws Exception {
        List<MetricSeries> series = new ArrayList<>();
        for (GraphQuery query : GraphQueries.metrics(graph)) {
            series.addAll(series(query.query()));
        }
        List<Band> bands = new ArrayList<>();
        for (GraphQuery events : GraphQueries.events(graph)) {
            bands.addAll(api.events(get(api.eventsUri(events.query(), window))));
        }
        return new XChartRenderer().render(LocalChart.of(graph, window, series, bands, null));
    }

    byte[] snapshotPng(GraphSpec graph) throws Exception {
        SnapshotApi snapshots = new SnapshotApi(ApiEndpoint.custom(emulator.baseUrl().toString()));
        URI url = snapshots.snapshotUrl(get(snapshots.createUri(graph, window)));
        Path file = dir.resolve("snapshot.png");
        assertThat(transport.download(url, file, 10_000_000, inAMinute(), new Exchange()).status()).isEqualTo(200);
        return Files.readAllBytes(file);
    }

    @Test
    void shouldMarkALocalChartVisibly() throws Exception {
        GraphSpec graph = GraphSpec.builder().metricQuery("avg:system.cpu.user{env:perf}").build();

        byte[] marked = new XChartRenderer().render(LocalChart.of(graph, window, series("avg:system.cpu.user{env:perf}"),
                List.of(), LocalChart.MARK));

        assertThat(marked).isNotEqualTo(snapshotPng(graph));
    }

    @Test
    void shouldSendKeysOnlyAsHeaders() throws Exception {
        series("avg:a{*}");
        get(api.eventsUri("sources:deploy", window));

        List<RecordedRequest> requests = emulator.requests();
        assertThat(requests).hasSize(2);
        assertThat(requests).allSatisfy(r -> {
            assertThat(r.hasHeader("DD-API-KEY")).isTrue();
            assertThat(r.hasHeader("DD-APPLICATION-KEY")).isTrue();
            assertThat(r.query().toString()).doesNotContain(emulator.apiKey()).doesNotContain(emulator.applicationKey());
        });
        assertThat(requests.get(0).query()).containsOnlyKeys("from", "to", "query");
        assertThat(requests.get(0).query().get("from")).isEqualTo(String.valueOf(window.startSeconds()));
        assertThat(requests.get(1).query()).containsOnlyKeys("start", "end", "sources");
    }
}

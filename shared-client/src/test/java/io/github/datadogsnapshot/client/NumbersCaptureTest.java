package io.github.datadogsnapshot.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.datadogsnapshot.charts.XChartRenderer;
import io.github.datadogsnapshot.client.config.ApiEndpoint;
import io.github.datadogsnapshot.client.config.CaptureOptions;
import io.github.datadogsnapshot.client.config.ClientSettings;
import io.github.datadogsnapshot.client.config.Credentials;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.graph.TimeWindow;
import io.github.datadogsnapshot.client.manifest.Manifest;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.client.manifest.Manifests;
import io.github.datadogsnapshot.client.regression.SeriesStats;
import io.github.datadogsnapshot.client.regression.Verdict;
import io.github.datadogsnapshot.client.wire.Png;
import io.github.datadogsnapshot.emulator.DatadogEmulator;
import io.github.datadogsnapshot.emulator.DatadogEmulatorExtension;
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
 * A capture with the graphs' numbers: fetched beside the pictures, recorded in the manifest, compared with a
 * baseline and thresholds, and used to draw a picture here when asked to or when the snapshot budget is spent.
 */
class NumbersCaptureTest {

    static final String CREATE = "/api/v1/graph/snapshot";
    static final String QUERY = "/api/v1/query";

    @RegisterExtension
    static DatadogEmulatorExtension emulatorExtension = new DatadogEmulatorExtension(
            DatadogEmulator.builder().renderDelay(Duration.ZERO));

    @TempDir
    Path dir;

    DatadogEmulator emulator;
    SnapshotClient client;
    List<String> lines = new ArrayList<>();
    TimeWindow window = new TimeWindow(Instant.now().minusSeconds(1800), Instant.now());

    @BeforeEach
    void setUp() {
        emulator = emulatorExtension.get();
        client = new SnapshotClient(ClientSettings.builder(ApiEndpoint.custom(emulator.baseUrl().toString()),
                Credentials.of(emulator.apiKey(), emulator.applicationKey())).timeout(Duration.ofSeconds(3))
                .pollPolicy(Polls.every(Duration.ofMillis(50))).build());
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    CaptureResult capture(CaptureOptions options, GraphSpec... graphs) throws Exception {
        return new SnapshotCapture(client, options).capture(List.of(graphs), window, dir,
                new ProgressLog(l -> lines.add("INFO " + l), l -> lines.add("WARN " + l)));
    }

    static GraphSpec latency() {
        return GraphSpec.builder().title("Latency").metricQuery("avg:trace.http.request.duration{service:shop}")
                .width(400).height(200).build();
    }

    @Test
    void shouldRecordTheStatisticsOfEverySeriesBesideThePicture() throws Exception {
        GraphSpec cpu = GraphSpec.builder().name("cpu").graphDef("{\"viz\":\"timeseries\",\"requests\":["
                + "{\"q\":\"avg:system.cpu.user{env:perf} by {host}\"},"
                + "{\"queries\":[{\"name\":\"a\",\"query\":\"avg:system.load.1{*}\"}],\"formulas\":[{\"formula\":\"a\"}]}]}")
                .build();

        CaptureResult result = capture(CaptureOptions.DEFAULT, latency(), cpu);

        assertThat(result.failures()).isEmpty();
        ManifestEntry latency = result.entries().get(0);
        assertThat(latency.renderer()).as("Datadog's picture").isNull();
        assertThat(latency.series()).singleElement().satisfies(s -> {
            assertThat(s.query()).isEqualTo("avg:trace.http.request.duration{service:shop}");
            assertThat(s.points()).isPositive();
            assertThat(s.min()).isLessThanOrEqualTo(s.p50()).isLessThanOrEqualTo(s.p95()).isLessThanOrEqualTo(s.max());
        });
        ManifestEntry hosts = result.entries().get(1);
        assertThat(hosts.series()).as("one series per host").hasSizeGreaterThanOrEqualTo(2)
                .extracting(SeriesStats::scope).doesNotHaveDuplicates();
        assertThat(hosts.queries()).hasSize(2);
        assertThat(hosts.queries().get(1).isPlain()).isFalse();
        assertThat(hosts.queries().get(1).problem()).contains("formulas");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("WARN Graph 'cpu': no numbers for graphDef.requests[1]"));
        assertThat(emulator.requestCount(QUERY)).isEqualTo(2);
        Manifest manifest = Manifests.readIfPresent(dir).orElseThrow();
        assertThat(manifest.schemaVersion()).isEqualTo(2);
        assertThat(manifest.graphs()).isEqualTo(result.entries());
    }

    @Test
    void shouldDrawThePictureHereWithoutAskingForASnapshotWhenToldTo() throws Exception {
        CaptureResult result = capture(CaptureOptions.of(CaptureOptions.Renderer.LOCAL, new XChartRenderer()),
                latency());

        ManifestEntry entry = result.entries().get(0);
        assertThat(entry.isCaptured()).isTrue();
        assertThat(entry.isDrawnLocally()).isTrue();
        assertThat(entry.rendererReason()).isEqualTo("renderer local was asked for");
        assertThat(entry.snapshotUrl()).isNull();
        assertThat(Png.validate(dir.resolve("latency.png"))).isEqualTo(new Png.Size(400, 200));
        assertThat(emulator.requestCount(CREATE)).as("the snapshot budget is spared").isZero();
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("INFO Stored latency.png").contains("drawn locally"));
    }

    @Test
    void shouldDrawThePictureHereWhenTheSnapshotBudgetIsSpentPastTheTimeout() throws Exception {
        emulator.faults().rateLimitRemaining(0).rateLimitReset(Duration.ofHours(1));

        CaptureResult result = capture(CaptureOptions.of(CaptureOptions.Renderer.AUTO, new XChartRenderer()),
                latency(), GraphSpec.builder().metricQuery("avg:system.cpu.user{*}").eventQuery("sources:deploy")
                        .build());

        assertThat(result.failures()).isEmpty();
        assertThat(result.entries()).allSatisfy(e -> {
            assertThat(e.isDrawnLocally()).isTrue();
            assertThat(e.rendererReason()).startsWith("Datadog's snapshot budget refused it: Datadog's snapshot rate"
                    + " limit resets in");
        });
        assertThat(emulator.requests()).filteredOn(r -> r.path().equals(CREATE))
                .as("one 429 tells the budget; the other graph does not ask").hasSize(1);
        assertThat(emulator.requestCount("/api/v1/events")).as("the events of the graph drawn here").isEqualTo(1);
    }

    @Test
    void shouldRecordNumbersThatCouldNotBeFetchedWithoutFailingTheGraph() throws Exception {
        emulator.faults().queryRateLimitRemaining(0).queryRateLimitReset(Duration.ofHours(1));

        CaptureResult result = capture(CaptureOptions.DEFAULT, latency());

        ManifestEntry entry = result.entries().get(0);
        assertThat(entry.isCaptured()).isTrue();
        assertThat(entry.series()).isEmpty();
        assertThat(entry.numbersError()).startsWith("Datadog's metrics query rate limit resets in");
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("WARN Graph 'latency': its numbers are incomplete"));
    }

    @Test
    void shouldFetchNoNumbersWhenSwitchedOff() throws Exception {
        CaptureResult result = capture(new CaptureOptions(CaptureOptions.Renderer.DATADOG, false, null), latency());

        assertThat(result.entries().get(0).series()).isNull();
        assertThat(result.entries().get(0).comparison()).isNull();
        assertThat(emulator.requestCount(QUERY)).isZero();
    }

    @Test
    void shouldMarkARegressionAgainstTheBaselineAndNameWhatCrossedWhichLimit() throws Exception {
        GraphSpec graph = latency().toBuilder().thresholds("p95 +10%; max < 100000").build();
        CaptureResult now = capture(CaptureOptions.DEFAULT, graph);
        SeriesStats measured = now.entries().get(0).series().get(0);
        // The same series a build ago, 20 % faster.
        SeriesStats faster = SeriesStats.of(measured.query(), measured.scope(), measured.unit(),
                List.of(measured.p95() / 1.2, measured.p95() / 1.2));
        Manifest baseline = Manifest.of(Instant.now(), "test", List.of(now.entries().get(0)
                .withNumbers(now.entries().get(0).queries(), List.of(faster), null)));

        CaptureResult compared = capture(CaptureOptions.DEFAULT.withBaseline(baseline, "build #41"), graph);

        ManifestEntry entry = compared.entries().get(0);
        assertThat(entry.baseline()).isEqualTo("build #41");
        assertThat(entry.comparison().verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(entry.comparison().series().get(0).changePercent()).isBetween(19.9, 20.1);
        assertThat(compared.regressions()).singleElement().asString()
                .startsWith("graph 'latency': p95 of ")
                .contains("+10%")
                .endsWith("(baseline: build #41)");
        assertThat(Manifests.readIfPresent(dir).orElseThrow().entry("latency").orElseThrow().comparison())
                .isEqualTo(entry.comparison());
    }

    @Test
    void shouldCheckBoundsWithoutABaselineAndNeverCallMissingDataARegression() throws Exception {
        GraphSpec bounded = latency().toBuilder().thresholds("max < 1").build();
        GraphSpec watched = GraphSpec.builder().name("cpu").metricQuery("avg:system.cpu.user{*}")
                .thresholds("p95 +10%").build();

        CaptureResult result = capture(CaptureOptions.DEFAULT, bounded, watched);

        assertThat(result.entries().get(0).comparison().verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(result.entries().get(1).comparison().verdict()).isEqualTo(Verdict.NO_BASELINE);
        assertThat(result.regressions()).singleElement().asString().startsWith("graph 'latency': max of ");
    }
}

package io.github.datadogsnapshot.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.datadogsnapshot.client.CaptureResult;
import io.github.datadogsnapshot.client.config.ApiEndpoint;
import io.github.datadogsnapshot.client.config.CaptureOptions;
import io.github.datadogsnapshot.client.config.ClientSettings;
import io.github.datadogsnapshot.client.config.Credentials;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.graph.TimeWindow;
import io.github.datadogsnapshot.client.manifest.Manifest;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.client.manifest.Manifests;
import io.github.datadogsnapshot.client.regression.Figures;
import io.github.datadogsnapshot.client.regression.SeriesStats;
import io.github.datadogsnapshot.client.regression.Threshold;
import io.github.datadogsnapshot.client.regression.Verdict;
import io.github.datadogsnapshot.emulator.DatadogEmulator;
import io.github.datadogsnapshot.emulator.DatadogEmulatorExtension;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The capture goal's numbers against the emulator: thresholds checked against a baseline folder, what the log says,
 * when the build fails, pictures drawn here. The baseline is this capture's own numbers made 25 % lower (the emulator
 * draws the same series for the same query every time, so a real earlier capture would not differ).
 */
class CaptureNumbersTest {

    private static final String QUERY = "avg:trace.http.request.duration{service:checkout}";

    @RegisterExtension
    static final DatadogEmulatorExtension EMULATOR = new DatadogEmulatorExtension(
            DatadogEmulator.builder().renderDelay(Duration.ofMillis(100)));

    @TempDir
    Path dir;

    private final RecordingLog log = new RecordingLog();
    private DatadogEmulator emulator;
    /** One window for every capture of a test, so the emulator's series have the same numbers each time. */
    private TimeWindow window;

    @BeforeEach
    void setUp(DatadogEmulator datadog) {
        emulator = datadog;
        Instant now = Instant.now();
        window = new TimeWindow(now.minusSeconds(1800), now);
    }

    private CaptureSupport.Plan plan(CaptureOptions options, String thresholds) throws MojoFailureException {
        Graph graph = new Graph();
        graph.setName("latency");
        graph.setTitle("Checkout latency");
        graph.setMetricQuery(QUERY);
        graph.setThresholds(thresholds);
        ClientSettings settings = ClientSettings.builder(ApiEndpoint.custom(emulator.baseUrl().toString()),
                Credentials.of(emulator.apiKey(), emulator.applicationKey())).timeout(Duration.ofSeconds(20)).build();
        List<GraphSpec> graphs = List.of(GraphSpec.builder().name("latency").title("Checkout latency")
                .metricQuery(QUERY).thresholds(thresholds).build());
        return new CaptureSupport.Plan(graphs, window, "the test",
                settings, dir.resolve("out"), window.start(), options);
    }

    private CaptureSupport.BaselineConfig config(File baseline) {
        return new CaptureSupport.BaselineConfig(baseline, dir.toFile());
    }

    /** A baseline folder: a first capture of the same graph and window, its numbers then made 25 % lower. */
    private File fasterBaseline() throws Exception {
        CaptureResult first = CaptureSupport.run(plan(CaptureOptions.DEFAULT, null), false, false, log);
        ManifestEntry entry = first.entries().get(0);
        SeriesStats s = entry.series().get(0);
        SeriesStats faster = new SeriesStats(s.query(), s.scope(), s.unit(), s.points(), s.min() * 0.75,
                s.avg() * 0.75, s.p50() * 0.75, s.p95() * 0.75, s.max() * 0.75, s.last() * 0.75);
        Path folder = Files.createDirectories(dir.resolve("baseline"));
        Manifests.write(Manifest.of(Instant.parse("2024-05-01T10:05:08Z"), "test",
                List.of(entry.withNumbers(entry.queries(), List.of(faster), null))), folder);
        Files.walk(dir.resolve("out")).sorted(java.util.Comparator.reverseOrder()).map(Path::toFile)
                .forEach(File::delete);
        log.clear();
        return folder.toFile();
    }

    @Test
    void shouldWarnNamingStatisticSeriesLimitAndBothValuesWithoutFailing() throws Exception {
        File baseline = fasterBaseline();
        CaptureOptions options = CaptureSupport.options(CaptureOptions.Renderer.DATADOG, true, config(baseline),
                dir.resolve("out"), log);

        CaptureResult result = CaptureSupport.run(plan(options, "p95 +10% and +2ms; max < 100000"), false, false, log);

        ManifestEntry entry = result.entries().get(0);
        assertThat(entry.comparison().verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(entry.baseline()).isEqualTo("baseline (captured up to 2024-05-01 10:05:08 UTC)");
        double now = entry.series().get(0).p95();
        assertThat(log.lines())
                .anyMatch(l -> l.startsWith("INFO Comparing the numbers with the baseline baseline (captured up to"))
                .anyMatch(l -> l.startsWith("INFO Numbers of graph 'latency': Regression; p95 of ")
                        && l.endsWith(", change +33.3%"))
                .anyMatch(l -> l.equals("WARN Threshold crossed: graph 'latency': p95 of " + QUERY + " (service:checkout)"
                        + " rose from " + Figures.value(now * 0.75, "ms") + " to " + Figures.value(now, "ms")
                        + " (+33.3%), more than"
                        + " 'p95 +10% and +2ms' (baseline: baseline (captured up to 2024-05-01 10:05:08 UTC))"))
                .anyMatch(l -> l.startsWith("WARN 1 threshold crossed (recorded in ")
                        && l.endsWith("; set datadog.failOnRegression=true to fail the build)"));
        assertThat(Manifests.readIfPresent(dir.resolve("out")).orElseThrow().graphs().get(0).comparison())
                .isEqualTo(entry.comparison());
    }

    @Test
    void shouldFailTheBuildOnARegressionWhenAskedAfterWritingTheManifest() throws Exception {
        File baseline = fasterBaseline();
        CaptureOptions options = CaptureSupport.options(CaptureOptions.Renderer.DATADOG, true, config(baseline),
                dir.resolve("out"), log);

        assertThatThrownBy(() -> CaptureSupport.run(plan(options, "p95 +10%"), false, true, log))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("Datadog snapshots: 1 threshold crossed: graph 'latency': p95 of " + QUERY
                        + " (service:checkout) rose from ")
                .hasMessageContaining("(+33.3%), more than 'p95 +10%' (baseline: baseline (captured up to ");
        assertThat(Manifests.readIfPresent(dir.resolve("out")).orElseThrow().graphs().get(0).comparison().verdict())
                .isEqualTo(Verdict.REGRESSION);
    }

    @Test
    void shouldNotFailWhenTheThresholdsHold() throws Exception {
        File baseline = fasterBaseline();
        CaptureOptions options = CaptureSupport.options(CaptureOptions.Renderer.DATADOG, true, config(baseline),
                dir.resolve("out"), log);

        CaptureResult result = CaptureSupport.run(plan(options, "p95 +40%"), false, true, log);

        assertThat(result.entries().get(0).comparison().verdict()).isEqualTo(Verdict.OK);
        assertThat(log.lines()).noneMatch(l -> l.contains("crossed"))
                .anyMatch(l -> l.startsWith("INFO Numbers of graph 'latency': OK; p95 of "));
    }

    @Test
    void shouldCaptureWithoutBaselineWhenTheFolderIsNotThereYet() throws Exception {
        CaptureOptions options = CaptureSupport.options(CaptureOptions.Renderer.DATADOG, true,
                config(dir.resolve("first-build").toFile()), dir.resolve("out"), log);

        CaptureResult result = CaptureSupport.run(plan(options, "p95 +10%"), false, true, log);

        assertThat(options.baseline()).isNull();
        assertThat(result.entries().get(0).comparison().verdict()).isEqualTo(Verdict.NO_BASELINE);
        assertThat(log.lines())
                .anyMatch(l -> l.equals("WARN No baseline: datadog.baselineDirectory first-build does not exist (the"
                        + " first build has none); the graphs are not compared with a baseline"))
                .anyMatch(l -> l.startsWith("INFO Numbers of graph 'latency': No baseline; p95 of ")
                        && l.contains("(no baseline for this graph"))
                .noneMatch(l -> l.contains("crossed"));
    }

    @Test
    void shouldDrawThePicturesHereWithoutAskingForASnapshot() throws Exception {
        CaptureOptions options = CaptureSupport.options(CaptureOptions.Renderer.LOCAL, true, config(null),
                dir.resolve("out"), log);

        CaptureResult result = CaptureSupport.run(plan(options, null), true, false, log);

        ManifestEntry entry = result.entries().get(0);
        assertThat(entry.isDrawnLocally()).isTrue();
        assertThat(entry.rendererReason()).isEqualTo("renderer local was asked for");
        assertThat(dir.resolve("out/latency.png")).isRegularFile();
        assertThat(emulator.requestCount("/api/v1/graph/snapshot")).isZero();
        assertThat(emulator.requestCount("/api/v1/query")).isEqualTo(1);
        assertThat(log.lines()).anyMatch(l -> l.startsWith("INFO Pictures: drawn here from the graphs' numbers"));
    }
}

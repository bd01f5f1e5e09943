package io.github.datadogsnapshot.maven;

import io.github.datadogsnapshot.charts.ChartRenderer;
import io.github.datadogsnapshot.charts.Line;
import io.github.datadogsnapshot.charts.LineChart;
import io.github.datadogsnapshot.charts.XChartRenderer;
import io.github.datadogsnapshot.client.CaptureResult;
import io.github.datadogsnapshot.client.SnapshotCapture;
import io.github.datadogsnapshot.client.SnapshotClient;
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
import io.github.datadogsnapshot.emulator.DatadogEmulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the demo's baseline, {@code examples/maven-site-demo/baseline-snapshots}: a stand-in for main's last good
 * run of the demo. The emulator draws the same series for the same query in every build, so two real runs never
 * differ; this baseline is the emulator's series of the demo's graphs (as in its POM) over a window as long as the
 * demo's, except that the checkout latency's p95 series is {@link #FASTER} times its values: a build whose tail
 * latency was lower. Its pictures are drawn locally from exactly those numbers (they carry the "rendered locally"
 * mark) and its manifest says how it was made.
 *
 * <pre>
 * ./mvnw -B -q install -DskipTests -pl maven-plugin -am
 * ./mvnw -B -q -pl maven-plugin test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=io.github.datadogsnapshot.maven.DemoBaseline -Dexec.args=../examples/maven-site-demo/baseline-snapshots
 * </pre>
 */
public final class DemoBaseline {

    /** The p95 latency of the baseline, relative to the emulator's. */
    static final double FASTER = 0.8;
    /** The series made faster: the checkout latency graph's p95 request. */
    static final String SLOWER_NOW = "p95:trace.http.request.duration{service:checkout}";
    /** The demo's window: a minute of padding and a few seconds of load. */
    static final Duration WINDOW = Duration.ofSeconds(65);
    static final String REASON = "a stand-in for main's last good run, made by DemoBaseline from the emulator's series"
            + " with the p95 checkout latency " + Math.round((1 - FASTER) * 100) + "% lower";

    private DemoBaseline() {
    }

    /** The graphs of examples/maven-site-demo/pom.xml. */
    static List<GraphSpec> graphs() {
        return List.of(
                GraphSpec.builder().name("latency").title("Checkout latency p50 / p95").width(800).height(300)
                        .graphDef("{\"viz\": \"timeseries\", \"requests\": ["
                                + "{\"q\": \"p50:trace.http.request.duration{service:checkout}\", \"type\": \"line\"},"
                                + "{\"q\": \"" + SLOWER_NOW + "\", \"type\": \"line\"}],"
                                + " \"events\": [{\"q\": \"sources:deploy service:checkout\"}]}")
                        .thresholds("p95 +10% and +5ms").build(),
                GraphSpec.builder().name("throughput").title("Checkout requests per second").width(800).height(300)
                        .metricQuery("sum:trace.http.request.hits{service:checkout}.as_rate()")
                        .thresholds("avg -10%").build(),
                GraphSpec.builder().name("errors").title("Checkout errors").width(800).height(300)
                        .metricQuery("sum:trace.http.request.errors{service:checkout}.as_count()")
                        .eventQuery("sources:deploy service:checkout").thresholds("max < 100").build(),
                GraphSpec.builder().name("cpu").title("Host CPU (user)").width(800).height(300)
                        .metricQuery("avg:system.cpu.user{service:checkout} by {host}")
                        .thresholds("avg +15%").build());
    }

    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args.length > 0 ? args[0] : "../examples/maven-site-demo/baseline-snapshots");
        Files.createDirectories(folder);
        Instant end = Instant.now().minusSeconds(1);
        TimeWindow window = new TimeWindow(end.minus(WINDOW), end);
        try (DatadogEmulator emulator = DatadogEmulator.builder().renderDelay(Duration.ZERO).build().start();
             SnapshotClient client = new SnapshotClient(ClientSettings.builder(
                     ApiEndpoint.custom(emulator.baseUrl().toString()),
                     Credentials.of(emulator.apiKey(), emulator.applicationKey())).build())) {
            CaptureOptions options = CaptureOptions.of(CaptureOptions.Renderer.LOCAL, new FasterLatency());
            CaptureResult result = new SnapshotCapture(client, options).capture(graphs(), window, folder, null);
            List<ManifestEntry> entries = new ArrayList<>();
            for (ManifestEntry entry : result.entries()) {
                if (!entry.isCaptured()) {
                    throw new IllegalStateException("graph '" + entry.name() + "' failed: " + entry.error());
                }
                List<SeriesStats> series = entry.series().stream().map(DemoBaseline::faster).toList();
                // The comparison of the capture is with no baseline; a baseline of its own has none to show.
                entries.add(entry.withNumbers(entry.queries(), series, null).withComparison(null, null)
                        .drawnLocally(REASON));
            }
            Manifests.write(Manifest.of(end, "the emulator (examples/maven-site-demo)", entries), folder);
            Files.deleteIfExists(folder.resolve(Manifests.LOCK_FILE_NAME));
        }
        System.out.println("Wrote the demo's baseline to " + folder.toAbsolutePath().normalize());
    }

    /** Every statistic scales with the values (they are positive), so the numbers match the picture exactly. */
    static SeriesStats faster(SeriesStats s) {
        if (!s.query().equals(SLOWER_NOW) || !s.hasNumbers()) {
            return s;
        }
        return new SeriesStats(s.query(), s.scope(), s.unit(), s.points(), s.min() * FASTER, s.avg() * FASTER,
                s.p50() * FASTER, s.p95() * FASTER, s.max() * FASTER, s.last() * FASTER);
    }

    /** Draws the p95 latency series {@link #FASTER} times its values, the others as they are. */
    private static final class FasterLatency implements ChartRenderer {
        private final ChartRenderer charts = new XChartRenderer();

        @Override
        public byte[] render(LineChart chart) {
            List<Line> lines = chart.lines().stream().map(line -> !line.label().equals(SLOWER_NOW) ? line
                    : new Line(line.label(), line.epochMillis(), scaled(line.values()))).toList();
            return charts.render(new LineChart(chart.title(), chart.width(), chart.height(), chart.startMillis(),
                    chart.endMillis(), lines, chart.bands(), chart.mark()));
        }

        private static double[] scaled(double[] values) {
            double[] result = values.clone();
            for (int i = 0; i < result.length; i++) {
                result[i] *= FASTER;
            }
            return result;
        }
    }
}

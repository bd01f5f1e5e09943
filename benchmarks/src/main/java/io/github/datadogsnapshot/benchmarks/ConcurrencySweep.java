package io.github.datadogsnapshot.benchmarks;

import io.github.datadogsnapshot.client.ApiEndpoint;
import io.github.datadogsnapshot.client.CaptureListener;
import io.github.datadogsnapshot.client.CaptureOptions;
import io.github.datadogsnapshot.client.CaptureResult;
import io.github.datadogsnapshot.client.ClientSettings;
import io.github.datadogsnapshot.client.Credentials;
import io.github.datadogsnapshot.client.GraphSpec;
import io.github.datadogsnapshot.client.SnapshotCapture;
import io.github.datadogsnapshot.client.SnapshotClient;
import io.github.datadogsnapshot.client.TimeWindow;
import io.github.datadogsnapshot.emulator.DatadogEmulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The 200-graph case of {@link EngineBenchmark} (same seed, renders 0.5 to 3 s, pictures only) at several
 * {@code concurrency} settings, in interleaved rounds: what more requests in flight (and so more request threads)
 * would buy. Prints one line per run; asserts nothing.
 */
public final class ConcurrencySweep {

    private static final int GRAPHS = 200;
    private static final int[] CONCURRENCY = {4, 8, 16, 32};
    private static final int ROUNDS = Integer.getInteger("benchmark.repeats", 3);

    private ConcurrencySweep() {
    }

    public static void main(String[] args) throws Exception {
        Instant end = Instant.now();
        TimeWindow window = new TimeWindow(end.minusSeconds(1800), end);
        List<GraphSpec> specs = new ArrayList<>();
        for (int i = 0; i < GRAPHS; i++) {
            specs.add(GraphSpec.builder().name("graph-" + i).title("Graph " + i)
                    .metricQuery("avg:bench.latency.ms{shard:" + i + "}").width(800).height(400).build());
        }
        try (DatadogEmulator emulator = DatadogEmulator.builder()
                .renderDelays(EngineBenchmark.FASTEST_RENDER, EngineBenchmark.SLOWEST_RENDER, GRAPHS)
                .rateLimit(1_000_000, Duration.ofHours(1)).build().start()) {
            run(emulator, specs, window, 8, "warm-up (not counted)");
            for (int round = 1; round <= ROUNDS; round++) {
                for (int concurrency : CONCURRENCY) {
                    run(emulator, specs, window, concurrency, "round " + round);
                }
            }
        }
    }

    private static void run(DatadogEmulator emulator, List<GraphSpec> specs, TimeWindow window, int concurrency,
                            String label) throws Exception {
        ClientSettings settings = ClientSettings.builder(ApiEndpoint.custom(emulator.baseUrl().toString()),
                Credentials.of(emulator.apiKey(), emulator.applicationKey())).concurrency(concurrency).build();
        emulator.reset();
        Path dir = Files.createTempDirectory("concurrency-sweep");
        long start = System.nanoTime();
        CaptureResult result;
        try (SnapshotClient client = new SnapshotClient(settings)) {
            result = new SnapshotCapture(client, new CaptureOptions(CaptureOptions.Renderer.DATADOG, false, null))
                    .capture(specs, window, dir, CaptureListener.NONE);
        }
        long wall = (System.nanoTime() - start) / 1_000_000;
        System.out.println(String.format(Locale.ROOT,
                "%s: concurrency %2d: %5d ms, longest render %d ms, %.2f requests per graph, %d images, %d failed",
                label, concurrency, wall, emulator.renderDelays().stream().mapToLong(Duration::toMillis).max().orElse(0),
                emulator.requests().size() / (double) GRAPHS, Pngs.count(dir).images(), result.failures().size()));
        EngineBenchmark.deleteTree(dir);
    }
}

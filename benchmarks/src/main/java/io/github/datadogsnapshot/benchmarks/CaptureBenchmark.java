package io.github.datadogsnapshot.benchmarks;

import io.github.datadogsnapshot.client.ApiEndpoint;
import io.github.datadogsnapshot.client.CaptureListener;
import io.github.datadogsnapshot.client.CaptureResult;
import io.github.datadogsnapshot.client.ClientSettings;
import io.github.datadogsnapshot.client.Credentials;
import io.github.datadogsnapshot.client.GraphSpec;
import io.github.datadogsnapshot.client.ManifestEntry;
import io.github.datadogsnapshot.client.SnapshotCapture;
import io.github.datadogsnapshot.client.SnapshotClient;
import io.github.datadogsnapshot.client.TimeWindow;
import io.github.datadogsnapshot.emulator.DatadogEmulator;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Time from request to image on disk against the emulator's render delay, for one graph and for a batch
 * captured with the default concurrency, plus the heap the capture needed. Prints a table; asserts nothing.
 */
public final class CaptureBenchmark {

    private CaptureBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Files.createTempDirectory("datadog-snapshot-bench");
        System.out.println("render delay | graphs | concurrency | wall time | ready after request: min / median / max | over the delay (median) | peak heap");
        for (long delayMillis : new long[] {500, 2000, 5000}) {
            for (int graphs : new int[] {1, 12}) {
                run(Duration.ofMillis(delayMillis), graphs, ClientSettings.DEFAULT_CONCURRENCY, out.resolve(delayMillis + "-" + graphs));
            }
        }
    }

    private static void run(Duration renderDelay, int count, int concurrency, Path dir) throws Exception {
        try (DatadogEmulator emulator = DatadogEmulator.builder().renderDelay(renderDelay).rateLimit(1000, Duration.ofHours(1))
                .build().start();
             SnapshotClient client = new SnapshotClient(ClientSettings.builder(ApiEndpoint.custom(emulator.baseUrl().toString()),
                     Credentials.of(emulator.apiKey(), emulator.applicationKey())).concurrency(concurrency).build())) {
            List<GraphSpec> graphs = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                graphs.add(GraphSpec.builder().title("Graph " + i).metricQuery("avg:bench.latency.ms{shard:" + i + "}")
                        .width(800).height(400).build());
            }
            Instant end = Instant.now();
            resetPeaks();
            long started = System.nanoTime();
            CaptureResult result = new SnapshotCapture(client).capture(graphs, new TimeWindow(end.minusSeconds(1800), end), dir,
                    CaptureListener.NONE);
            long wall = (System.nanoTime() - started) / 1_000_000;
            List<Long> ready = result.entries().stream().filter(ManifestEntry::isCaptured)
                    .map(e -> e.timings().totalMillis()).sorted().toList();
            if (ready.size() != count) {
                throw new IllegalStateException(result.failures().size() + " graphs failed: " + result.failures());
            }
            long median = ready.get(ready.size() / 2);
            System.out.printf(Locale.ROOT, "%9.1f s | %6d | %11d | %7d ms | %8d / %6d / %6d ms | %+19d ms | %6.1f MiB%n",
                    renderDelay.toMillis() / 1000.0, count, concurrency, wall, ready.get(0), median,
                    ready.get(ready.size() - 1), median - renderDelay.toMillis(), peakHeapMiB());
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            pool.resetPeakUsage();
        }
    }

    private static double peakHeapMiB() {
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        return peak / (1024.0 * 1024.0);
    }
}

package io.github.datadogsnapshot.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.datadogsnapshot.client.config.ApiEndpoint;
import io.github.datadogsnapshot.client.config.CaptureListener;
import io.github.datadogsnapshot.client.config.ClientSettings;
import io.github.datadogsnapshot.client.config.Credentials;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.graph.TimeWindow;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.client.manifest.Manifests;
import io.github.datadogsnapshot.client.wire.Png;
import io.github.datadogsnapshot.emulator.DatadogEmulator;
import io.github.datadogsnapshot.emulator.Faults;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The soak: 500 graphs in one capture at the client's default settings (timeout, concurrency, retry and poll
 * policies, image limit) against an emulator at its default render delay whose every request meets one of its random
 * faults with probability 10 % (seeded). Every graph must be accounted for in the manifest, and the capture must stay
 * within its timeout and a bounded heap. Not part of the default build: {@code ./mvnw -B -Psoak -pl shared-client -am
 * verify}.
 */
@Tag("soak")
class SoakTest {

    static final int GRAPHS = 500;
    static final double FAULT_SHARE = 0.10;
    static final long SEED = 42;
    /**
     * The heap still in use after a collection may not exceed this, the emulator's images and chart rendering in the
     * same JVM included (the soak profile runs with {@code -Xmx256m}).
     */
    static final long LIVE_HEAP_BOUND = 128L * 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void shouldAccountForEveryGraphWithinTheTimeoutAndABoundedHeap() throws Exception {
        try (DatadogEmulator emulator = DatadogEmulator.builder().rateLimit(10_000, Duration.ofHours(1)).build().start();
                SnapshotClient client = new SnapshotClient(ClientSettings.builder(
                        ApiEndpoint.custom(emulator.baseUrl().toString()),
                        Credentials.of(emulator.apiKey(), emulator.applicationKey())).build())) {
            emulator.faults().randomFaults(FAULT_SHARE, SEED);
            List<GraphSpec> graphs = new ArrayList<>();
            for (int i = 0; i < GRAPHS; i++) {
                graphs.add(GraphSpec.builder().title("Shard " + i + " latency")
                        .metricQuery("avg:trace.http.request.duration{service:checkout,shard:" + i + "}").build());
            }
            Instant end = Instant.now();
            TimeWindow window = new TimeWindow(end.minus(Duration.ofMinutes(30)), end);
            HeapWatch heap = new HeapWatch();

            long started = System.nanoTime();
            CaptureResult result;
            try {
                result = new SnapshotCapture(client).capture(graphs, window, dir, CaptureListener.NONE);
            } finally {
                heap.stop();
            }
            Duration took = Duration.ofNanos(System.nanoTime() - started);

            List<ManifestEntry> manifest = Manifests.readIfPresent(dir).orElseThrow().graphs();
            long lost = 0;
            for (ManifestEntry entry : manifest) {
                lost += (entry.isCaptured() ? isValidPng(dir.resolve(entry.image().file()))
                        : entry.error() != null && !entry.error().isBlank()) ? 0 : 1;
            }
            lost += GRAPHS - manifest.size();
            Map<String, Long> failures = manifest.stream().filter(e -> !e.isCaptured())
                    .collect(Collectors.groupingBy(e -> reason(e.error()), TreeMap::new, Collectors.counting()));
            Map<Faults.RandomFault, Integer> drawn = new TreeMap<>(emulator.faults().randomFaultsDrawn());
            System.out.printf("Soak: %d graphs, %.0f %% random faults (seed %d): %d captured, %d failed %s, %d lost;"
                            + " %d faults drawn in %d requests %s; %.1f s; peak heap used %d MiB, live after GC %d MiB"
                            + " (emulator included, max heap %d MiB)%n",
                    GRAPHS, FAULT_SHARE * 100, SEED, manifest.stream().filter(ManifestEntry::isCaptured).count(),
                    manifest.stream().filter(e -> !e.isCaptured()).count(), failures, lost,
                    drawn.values().stream().mapToInt(Integer::intValue).sum(), emulator.requests().size(), drawn,
                    took.toMillis() / 1000.0, heap.peakUsed() >> 20, heap.peakLive() >> 20,
                    Runtime.getRuntime().maxMemory() >> 20);

            assertThat(result.entries()).hasSize(GRAPHS);
            assertThat(manifest).extracting(ManifestEntry::name).doesNotHaveDuplicates().hasSize(GRAPHS);
            assertThat(lost).as("graphs lost").isZero();
            assertThat(drawn.values().stream().mapToInt(Integer::intValue).sum()).as("faults met")
                    .isGreaterThan(GRAPHS / 20);
            assertThat(took).as("the whole capture, against one graph's timeout")
                    .isLessThan(ClientSettings.DEFAULT_TIMEOUT.plusSeconds(10));
            assertThat(heap.peakLive()).as("peak heap in use after a collection").isLessThan(LIVE_HEAP_BOUND);
            try (Stream<Path> files = Files.list(dir)) {
                assertThat(files.map(f -> f.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
            }
        }
    }

    static boolean isValidPng(Path file) {
        try {
            Png.validate(file);
            return true;
        } catch (java.io.IOException e) {
            return false;
        }
    }

    /** An error message without its numbers, names and addresses: the kind of failure. */
    static String reason(String error) {
        return error.replaceAll("'[^']*'", "'*'").replaceAll("http://[^ ;)]+", "URL").replaceAll("\\d+(\\.\\d+)?", "N")
                .replaceAll(" \\(.*", "");
    }

    /** Samples the heap every 20 ms: the most used at once, and the most still used after a collection. */
    static final class HeapWatch {
        private final AtomicLong peakUsed = new AtomicLong();
        private final AtomicLong peakLive = new AtomicLong();
        private final CompletableFuture<Void> stopped = new CompletableFuture<>();
        private final Thread thread;

        HeapWatch() {
            thread = new Thread(() -> {
                while (!stopped.isDone()) {
                    sample();
                    try {
                        Thread.sleep(20);
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "heap-watch");
            thread.setDaemon(true);
            thread.start();
        }

        private void sample() {
            long used = 0;
            long live = 0;
            for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
                if (pool.getType() == MemoryType.HEAP) {
                    used += pool.getUsage().getUsed();
                    MemoryUsage afterGc = pool.getCollectionUsage();
                    live += afterGc == null ? 0 : afterGc.getUsed();
                }
            }
            peakUsed.accumulateAndGet(used, Math::max);
            peakLive.accumulateAndGet(live, Math::max);
        }

        void stop() throws InterruptedException {
            stopped.complete(null);
            thread.join();
            sample();
        }

        long peakUsed() {
            return peakUsed.get();
        }

        long peakLive() {
            return peakLive.get();
        }
    }
}

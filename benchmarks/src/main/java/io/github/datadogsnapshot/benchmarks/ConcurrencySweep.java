package io.github.datadogsnapshot.benchmarks;

import io.github.datadogsnapshot.emulator.DatadogEmulator;
import java.time.Duration;
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
        try (DatadogEmulator emulator = DatadogEmulator.builder()
                .renderDelays(EngineBenchmark.FASTEST_RENDER, EngineBenchmark.SLOWEST_RENDER, GRAPHS)
                .rateLimit(1_000_000, Duration.ofHours(1)).build().start()) {
            print("warm-up (not counted)", 8, Runners.runClient(emulator, GRAPHS, false, 8));
            for (int round = 1; round <= ROUNDS; round++) {
                for (int concurrency : CONCURRENCY) {
                    print("round " + round, concurrency, Runners.runClient(emulator, GRAPHS, false, concurrency));
                }
            }
        }
    }

    private static void print(String label, int concurrency, Run run) {
        System.out.println(String.format(Locale.ROOT, "%s: concurrency %2d: %5.0f ms, longest render %d ms, %.2f "
                        + "requests per graph, %d client threads at peak, %d images, %d failed", label, concurrency,
                run.wallMillis(), run.longestRender().toMillis(), run.requestsPerGraph(),
                run.probe().peakClientThreads(), run.files().images(), run.failures()));
    }
}

package io.github.datadogsnapshot.benchmarks;

import io.github.datadogsnapshot.emulator.DatadogEmulator;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The capture engine at the render-time limit: for 1, 10, 50 and 200 graphs of 800x400 whose renders take 0.5 to
 * 3 s (seeded), the shared client with default settings side by side with two scripts users write today, against
 * the limit (the longest render plus one create and one download); then a rate-limited capture (a budget of 10 per
 * 3 s window, 30 graphs) against its ideal schedule. Everything runs in this JVM, the emulator included. Prints
 * Markdown tables (and writes them to {@code target/engine-benchmark.md}); asserts nothing.
 */
public final class EngineBenchmark {

    static final int[] SIZES = java.util.Arrays.stream(System.getProperty("benchmark.sizes", "1,10,50,200").split(","))
            .map(String::trim).mapToInt(Integer::parseInt).toArray();
    static final int REPEATS = Integer.getInteger("benchmark.repeats", 3);
    /** Above this many graphs the sleep script runs once: its wall time is 2 s of sleeping per graph. */
    static final int SLEEP_SCRIPT_REPEATED_UP_TO = 10;
    static final Duration FASTEST_RENDER = Duration.ofMillis(500);
    static final Duration SLOWEST_RENDER = Duration.ofSeconds(3);
    static final int BUDGET = 10;
    static final Duration BUDGET_WINDOW = Duration.ofSeconds(3);
    static final int RATE_LIMITED_GRAPHS = 30;

    /** The client as the scripts work: pictures only ({@code numbers} off); the targets are checked on it. */
    static final String CLIENT = "this client, pictures only";
    /** The client's defaults: each graph's numbers are fetched too (one metrics query per graph). */
    static final String CLIENT_WITH_NUMBERS = "this client, numbers too (default)";
    static final String EVERY_SECOND = "script: create all, check each every 1 s";
    static final String SLEEP = "script: create, sleep 2 s, download, one by one";

    private EngineBenchmark() {
    }

    /** The measurements of one number of graphs. */
    record Size(int graphs, long seed, Calibration calibration, List<Run> runs) {
        List<Run> of(String approach) {
            return runs.stream().filter(r -> r.approach().equals(approach)).toList();
        }
    }

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        double loadAtStart = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        progress("warming up the JIT (not measured)");
        warmUp();
        List<Size> sizes = new ArrayList<>();
        for (int graphs : SIZES) {
            sizes.add(measureSize(graphs));
        }
        Size rateLimited = measureRateLimited();
        double minutes = (System.nanoTime() - started) / 60e9;
        String report = new Report(sizes, rateLimited, minutes, loadAtStart).toMarkdown();
        System.out.println(report);
        Path file = Path.of("target", "engine-benchmark.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
        progress("written to " + file.toAbsolutePath());
    }

    private static Size measureSize(int graphs) throws Exception {
        long seed = graphs;
        try (DatadogEmulator emulator = uniformRenders(seed).rateLimit(1_000_000, Duration.ofHours(1)).build().start()) {
            HttpClient calibrationHttp = HttpClient.newHttpClient();
            Calibration calibration =
                    Calibration.measure(emulator, Runners.scripts(emulator, calibrationHttp), calibrationHttp);
            progress(String.format(java.util.Locale.ROOT, "N=%d: create %.1f ms, download %.1f ms", graphs,
                    calibration.createMillis(), calibration.downloadMillis()));
            List<Run> runs = new ArrayList<>();
            for (int repeat = 0; repeat < REPEATS; repeat++) {
                runs.add(report(Runners.runClient(emulator, graphs, false)));
                runs.add(report(Runners.runClient(emulator, graphs, true)));
                runs.add(report(Runners.runEverySecondScript(emulator, graphs)));
                if (repeat == 0 || graphs <= SLEEP_SCRIPT_REPEATED_UP_TO) {
                    runs.add(report(Runners.runSleepScript(emulator, graphs)));
                }
            }
            return new Size(graphs, seed, calibration, runs);
        }
    }

    private static Size measureRateLimited() throws Exception {
        long seed = RATE_LIMITED_GRAPHS;
        try (DatadogEmulator emulator = uniformRenders(seed).rateLimit(BUDGET, BUDGET_WINDOW).build().start()) {
            HttpClient calibrationHttp = HttpClient.newHttpClient();
            Calibration calibration =
                    Calibration.measure(emulator, Runners.scripts(emulator, calibrationHttp), calibrationHttp);
            List<Run> runs = new ArrayList<>();
            for (int repeat = 0; repeat < REPEATS; repeat++) {
                runs.add(report(Runners.runClient(emulator, RATE_LIMITED_GRAPHS, false)));
            }
            return new Size(RATE_LIMITED_GRAPHS, seed, calibration, runs);
        }
    }

    static DatadogEmulator.Builder uniformRenders(long seed) {
        return DatadogEmulator.builder().renderDelays(FASTEST_RENDER, SLOWEST_RENDER, seed);
    }

    /** A few captures of every kind on short renders, so that the measured runs find the code compiled. */
    private static void warmUp() throws Exception {
        try (DatadogEmulator emulator = DatadogEmulator.builder()
                .renderDelays(Duration.ofMillis(200), Duration.ofMillis(600), 99).rateLimit(1_000_000, Duration.ofHours(1))
                .build().start()) {
            HttpClient http = HttpClient.newHttpClient();
            Calibration.measure(emulator, Runners.scripts(emulator, http), http);
            for (int i = 0; i < 2; i++) {
                Runners.runClient(emulator, 30, false);
                Runners.runClient(emulator, 30, true);
                Runners.runEverySecondScript(emulator, 30);
            }
            Runners.runSleepScript(emulator, 2);
        }
    }

    private static Run report(Run run) {
        progress(String.format(java.util.Locale.ROOT,
                "N=%d %s: %.0f ms, longest render %d ms, %.2f requests/graph, %d images, %d placeholders, "
                        + "%d failed, %d threads, heap %.1f MiB, allocated %.1f / %.1f MiB, CPU %.0f ms",
                run.graphs(), run.approach(), run.wallMillis(), run.longestRender().toMillis(), run.requestsPerGraph(),
                run.files().images(), run.files().placeholders(), run.failures(), run.probe().peakClientThreads(),
                run.probe().peakHeapMiB(), run.probe().clientAllocatedMiB(), run.probe().emulatorAllocatedMiB(),
                run.probe().processCpuMillis()));
        return run;
    }

    static void progress(String line) {
        System.err.println("[benchmark] " + line);
    }
}

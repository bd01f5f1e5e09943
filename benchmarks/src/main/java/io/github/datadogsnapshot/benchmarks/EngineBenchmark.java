package io.github.datadogsnapshot.benchmarks;

import io.github.datadogsnapshot.client.CaptureResult;
import io.github.datadogsnapshot.client.SnapshotCapture;
import io.github.datadogsnapshot.client.SnapshotClient;
import io.github.datadogsnapshot.client.config.ApiEndpoint;
import io.github.datadogsnapshot.client.config.CaptureListener;
import io.github.datadogsnapshot.client.config.CaptureOptions;
import io.github.datadogsnapshot.client.config.ClientSettings;
import io.github.datadogsnapshot.client.config.Credentials;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.graph.TimeWindow;
import io.github.datadogsnapshot.emulator.DatadogEmulator;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

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

    private static final Instant END = Instant.now();
    private static final TimeWindow WINDOW = new TimeWindow(END.minusSeconds(1800), END);

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
            Calibration calibration = Calibration.measure(emulator, scripts(emulator, calibrationHttp), calibrationHttp);
            progress(String.format(java.util.Locale.ROOT, "N=%d: create %.1f ms, download %.1f ms", graphs,
                    calibration.createMillis(), calibration.downloadMillis()));
            List<Run> runs = new ArrayList<>();
            for (int repeat = 0; repeat < REPEATS; repeat++) {
                runs.add(report(runClient(emulator, graphs, false)));
                runs.add(report(runClient(emulator, graphs, true)));
                runs.add(report(runEverySecondScript(emulator, graphs)));
                if (repeat == 0 || graphs <= SLEEP_SCRIPT_REPEATED_UP_TO) {
                    runs.add(report(runSleepScript(emulator, graphs)));
                }
            }
            return new Size(graphs, seed, calibration, runs);
        }
    }

    private static Size measureRateLimited() throws Exception {
        long seed = RATE_LIMITED_GRAPHS;
        try (DatadogEmulator emulator = uniformRenders(seed).rateLimit(BUDGET, BUDGET_WINDOW).build().start()) {
            HttpClient calibrationHttp = HttpClient.newHttpClient();
            Calibration calibration = Calibration.measure(emulator, scripts(emulator, calibrationHttp), calibrationHttp);
            List<Run> runs = new ArrayList<>();
            for (int repeat = 0; repeat < REPEATS; repeat++) {
                runs.add(report(runClient(emulator, RATE_LIMITED_GRAPHS, false)));
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
            Calibration.measure(emulator, scripts(emulator, http), http);
            for (int i = 0; i < 2; i++) {
                runClient(emulator, 30, false);
                runClient(emulator, 30, true);
                runEverySecondScript(emulator, 30);
            }
            runSleepScript(emulator, 2);
        }
    }

    static Run runClient(DatadogEmulator emulator, int graphs, boolean numbers) throws Exception {
        return runClient(emulator, graphs, numbers, ClientSettings.DEFAULT_CONCURRENCY);
    }

    /** The client with {@code concurrency} requests in flight at most. */
    static Run runClient(DatadogEmulator emulator, int graphs, boolean numbers, int concurrency) throws Exception {
        ClientSettings settings = ClientSettings.builder(ApiEndpoint.custom(emulator.baseUrl().toString()),
                Credentials.of(emulator.apiKey(), emulator.applicationKey())).concurrency(concurrency).build();
        List<GraphSpec> specs = new ArrayList<>();
        for (UserScripts.Graph g : graphs(graphs)) {
            specs.add(GraphSpec.builder().name(g.name()).title(g.title()).metricQuery(g.metricQuery())
                    .width(g.width()).height(g.height()).build());
        }
        int[] failures = {0};
        try (SnapshotClient client = new SnapshotClient(settings)) {
            CaptureOptions options = numbers ? CaptureOptions.DEFAULT
                    : new CaptureOptions(CaptureOptions.Renderer.DATADOG, false, null);
            return measure(numbers ? CLIENT_WITH_NUMBERS : CLIENT, emulator, graphs,
                    name -> name.startsWith("datadog-snapshot-"), dir -> {
                CaptureResult result = new SnapshotCapture(client, options).capture(specs, WINDOW, dir,
                        CaptureListener.NONE);
                failures[0] = result.failures().size();
            }, failures);
        }
    }

    static Run runEverySecondScript(DatadogEmulator emulator, int graphs) throws Exception {
        HttpClient http = newHttpClient();
        UserScripts scripts = scripts(emulator, http);
        return measure(EVERY_SECOND, emulator, graphs, threadsOf(http),
                dir -> scripts.createAllThenCheckEverySecond(graphs(graphs), dir), new int[1]);
    }

    static Run runSleepScript(DatadogEmulator emulator, int graphs) throws Exception {
        HttpClient http = newHttpClient();
        UserScripts scripts = scripts(emulator, http);
        return measure(SLEEP, emulator, graphs, threadsOf(http),
                dir -> scripts.createSleepDownload(graphs(graphs), dir), new int[1]);
    }

    @FunctionalInterface
    private interface Body {
        void run(Path dir) throws Exception;
    }

    private static Run measure(String approach, DatadogEmulator emulator, int graphs, Predicate<String> clientThread,
                               Body body, int[] failures) throws Exception {
        emulator.reset();
        Path dir = Files.createTempDirectory("engine-benchmark");
        try {
            Probe probe = Probe.start(clientThread);
            long t0 = System.nanoTime();
            body.run(dir);
            double wall = (System.nanoTime() - t0) / 1e6;
            Probe.Sample sample = probe.stop();
            return new Run(approach, graphs, wall, emulator.renderDelays(), emulator.requests(), Pngs.count(dir),
                    failures[0], sample);
        } finally {
            deleteTree(dir);
        }
    }

    static List<UserScripts.Graph> graphs(int count) {
        List<UserScripts.Graph> graphs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            graphs.add(new UserScripts.Graph("graph-" + i, "Graph " + i, "avg:bench.latency.ms{shard:" + i + "}", 800,
                    400));
        }
        return graphs;
    }

    private static UserScripts scripts(DatadogEmulator emulator, HttpClient http) {
        return new UserScripts(http, emulator.baseUrl(), emulator.apiKey(), emulator.applicationKey(),
                WINDOW.start().getEpochSecond(), WINDOW.end().getEpochSecond());
    }

    /** A new JDK client, as a script makes one. */
    private static HttpClient newHttpClient() {
        return HttpClient.newHttpClient();
    }

    /**
     * The threads of one JDK HttpClient: {@code HttpClient-<id>-SelectorManager} starts with it and its workers are
     * {@code HttpClient-<id>-Worker-<n>}; the newest selector names the client just made.
     */
    private static Predicate<String> threadsOf(HttpClient justMade) {
        String prefix = Stream.of(Probe.liveThreads()).map(Thread::getName)
                .filter(n -> n.matches("HttpClient-\\d+-SelectorManager"))
                .max(Comparator.comparingInt(n -> Integer.parseInt(n.split("-")[1])))
                .map(n -> n.substring(0, n.length() - "SelectorManager".length()))
                .orElseThrow(() -> new IllegalStateException("no HttpClient selector thread for " + justMade));
        return name -> name.startsWith(prefix);
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

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.deleteIfExists(p);
            }
        }
    }
}

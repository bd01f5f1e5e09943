package io.github.datadogsnapshot.benchmarks;

import io.github.datadogsnapshot.emulator.DatadogEmulator;
import io.github.datadogsnapshot.emulator.RecordedRequest;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The engine as one build runs it: a fresh JVM per capture ({@link ColdCapture}), numbers on, measured from the
 * capture's {@code main} (loading the client) to the manifest written, beside the same capture in this warm JVM and
 * the poll-every-second script, against the render-time limit, all in one run, at 1, 10, 50 and 200 graphs. Then
 * 200 graphs against a server that sends no rate-limit headers, and 30 graphs that find 10 snapshots left with the
 * reset after the timeout, {@code renderer} auto and datadog. Prints Markdown (and writes
 * {@code target/cold-benchmark.md}); asserts nothing.
 */
public final class ColdBenchmark {

    static final int[] SIZES = EngineBenchmark.SIZES;
    static final int REPEATS = Integer.getInteger("benchmark.repeats", 3);
    static final int BUDGET_BOUND_GRAPHS = 30;
    static final int BUDGET_LEFT = 10;
    static final long BUDGET_TIMEOUT_SECONDS = 60;

    private final StringBuilder out = new StringBuilder();

    private ColdBenchmark() {
    }

    /** One cold capture: what the child printed and what the emulator saw. */
    record Cold(double wallMillis, double startMillis, double loadedMillis, double captureMillis,
                double firstRequestMillis, double afterLastRequestMillis, String counts) {
    }

    public static void main(String[] args) throws Exception {
        ColdBenchmark b = new ColdBenchmark();
        double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        b.line("## Cold and warm captures, numbers on (" + Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS)
                + ", " + Runtime.getRuntime().availableProcessors() + " CPUs, load average at start "
                + String.format(Locale.ROOT, "%.2f", load) + ", " + REPEATS + " runs each, medians)");
        b.line("");
        b.line("cold = a fresh JVM per run, `main` (loading the client) to the manifest written and the client closed;"
                + " JVM start = spawning the JVM to `main`; first request = `main` to the first request the server saw;"
                + " after last = the last request to the manifest written. limit = longest render + one create + one"
                + " download (calibrated). warm = the same capture in the benchmark's JVM after warm-up.");
        b.line("");
        b.line("| graphs | limit | cold | cold / limit | JVM start | first request | after last | warm | poll-every-second"
                + " script | cold target (< script and <= 1.15 x limit + 400 ms) |");
        b.line("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
        b.warmUp();
        for (int graphs : SIZES) {
            b.size(graphs);
        }
        b.headerless();
        b.budgetBound();
        String report = b.out.toString();
        System.out.println(report);
        Path file = Path.of("target", "cold-benchmark.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, report);
    }

    private void warmUp() throws Exception {
        try (DatadogEmulator emulator = DatadogEmulator.builder()
                .renderDelays(Duration.ofMillis(200), Duration.ofMillis(600), 99).rateLimit(1_000_000, Duration.ofHours(1))
                .build().start()) {
            for (int i = 0; i < 2; i++) {
                Runners.runClient(emulator, 30, true);
                Runners.runEverySecondScript(emulator, 30);
            }
            cold(emulator, 2, "datadog", 180); // the OS caches the jars
        }
    }

    private void size(int graphs) throws Exception {
        try (DatadogEmulator emulator = EngineBenchmark.uniformRenders(graphs).rateLimit(1_000_000, Duration.ofHours(1))
                .build().start()) {
            HttpClient http = HttpClient.newHttpClient();
            Calibration calibration = Calibration.measure(emulator, new UserScripts(http, emulator.baseUrl(),
                    emulator.apiKey(), emulator.applicationKey(), 0, 1), http);
            List<Cold> colds = new ArrayList<>();
            List<Double> warm = new ArrayList<>();
            List<Double> script = new ArrayList<>();
            List<Double> limits = new ArrayList<>();
            for (int i = 0; i < REPEATS; i++) {
                Cold cold = cold(emulator, graphs, "datadog", 180);
                colds.add(cold);
                limits.add(calibration.limitMillis(Collections.max(emulator.renderDelays())));
                warm.add(Runners.runClient(emulator, graphs, true).wallMillis());
                script.add(Runners.runEverySecondScript(emulator, graphs).wallMillis());
            }
            double limit = median(limits);
            double coldMs = median(colds.stream().map(Cold::captureMillis).toList());
            double scriptMs = median(script);
            double bound = 1.15 * limit + 400;
            String target = graphs == 200 ? (coldMs < scriptMs ? "below the script" : "NOT below the script")
                    : (coldMs < scriptMs && coldMs <= bound ? "met" : "MISSED") + f(" (bound %.0f ms, %+.0f ms)", bound,
                    coldMs - Math.min(bound, scriptMs));
            line(f("| %d | %.0f ms | %.0f ms | %.2f | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %.0f ms | %s |", graphs,
                    limit, coldMs, coldMs / limit, median(colds.stream().map(Cold::startMillis).toList()),
                    median(colds.stream().map(Cold::firstRequestMillis).toList()),
                    median(colds.stream().map(Cold::afterLastRequestMillis).toList()), median(warm), scriptMs, target));
        }
    }

    private void headerless() throws Exception {
        line("");
        line("### 200 graphs, numbers on: a server that sends no rate-limit headers beside one that does (cold)");
        line("");
        line("| server | cold runs | median | target (header-less within 10 % of with headers) |");
        line("| --- | --- | ---: | --- |");
        double[] medians = new double[2];
        for (int headerless = 0; headerless < 2; headerless++) {
            try (DatadogEmulator emulator = EngineBenchmark.uniformRenders(200).rateLimit(1_000_000, Duration.ofHours(1))
                    .build().start()) {
                List<Double> runs = new ArrayList<>();
                for (int i = 0; i < REPEATS; i++) {
                    emulator.reset();
                    emulator.faults().withoutRateLimitHeaders(headerless == 1);
                    runs.add(coldAfterReset(emulator, 200, "datadog", 180).captureMillis());
                }
                medians[headerless] = median(runs);
                line(f("| %s | %s | %.0f ms | %s |", headerless == 1 ? "no `X-RateLimit-*` headers" : "with headers",
                        list(runs), medians[headerless], headerless == 0 ? ""
                                : f("%+.1f %% (%s)", 100 * (medians[1] / medians[0] - 1),
                                medians[1] <= 1.10 * medians[0] ? "met" : "MISSED")));
            }
        }
    }

    private void budgetBound() throws Exception {
        line("");
        line(f("### %d graphs, %d snapshots left, the reset after the timeout (%d s), numbers on (cold)",
                BUDGET_BOUND_GRAPHS, BUDGET_LEFT, BUDGET_TIMEOUT_SECONDS));
        line("");
        line("| renderer | cold runs | median | outcome of the last run | target |");
        line("| --- | --- | ---: | --- | --- |");
        try (DatadogEmulator emulator = EngineBenchmark.uniformRenders(BUDGET_BOUND_GRAPHS)
                .rateLimit(60, Duration.ofHours(1)).build().start()) {
            HttpClient http = HttpClient.newHttpClient();
            Calibration calibration = Calibration.measure(emulator, new UserScripts(http, emulator.baseUrl(),
                    emulator.apiKey(), emulator.applicationKey(), 0, 1), http);
            List<Double> local = new ArrayList<>();
            for (int i = 0; i < REPEATS; i++) {
                emulator.reset();
                local.add(coldAfterReset(emulator, BUDGET_BOUND_GRAPHS - BUDGET_LEFT, "local", BUDGET_TIMEOUT_SECONDS)
                        .captureMillis());
            }
            line(f("| local (the time to draw %d charts here, for the target) | %s | %.0f ms | | |",
                    BUDGET_BOUND_GRAPHS - BUDGET_LEFT, list(local), median(local)));
            for (String renderer : List.of("auto", "datadog")) {
                List<Double> runs = new ArrayList<>();
                List<Double> limits = new ArrayList<>();
                Cold last = null;
                for (int i = 0; i < REPEATS; i++) {
                    emulator.reset();
                    emulator.faults().rateLimitRemaining(BUDGET_LEFT)
                            .rateLimitReset(Duration.ofSeconds(BUDGET_TIMEOUT_SECONDS + 300));
                    last = coldAfterReset(emulator, BUDGET_BOUND_GRAPHS, renderer, BUDGET_TIMEOUT_SECONDS);
                    runs.add(last.captureMillis());
                    List<Duration> renders = emulator.renderDelays();
                    limits.add(calibration.limitMillis(renders.isEmpty() ? Duration.ZERO : Collections.max(renders)));
                }
                double bound = median(limits) + ("auto".equals(renderer) ? median(local) : 0);
                double m = median(runs);
                line(f("| %s | %s | %.0f ms | %s | %s: <= %.0f ms (limit %.0f ms%s), %+.0f ms |", renderer, list(runs), m,
                        last.counts(), m <= bound ? "met" : "MISSED", bound, median(limits),
                        "auto".equals(renderer) ? " + local" : "", m - bound));
            }
        }
    }

    private Cold cold(DatadogEmulator emulator, int graphs, String renderer, long timeoutSeconds) throws Exception {
        emulator.reset();
        return coldAfterReset(emulator, graphs, renderer, timeoutSeconds);
    }

    private Cold coldAfterReset(DatadogEmulator emulator, int graphs, String renderer, long timeoutSeconds)
            throws Exception {
        Path dir = Files.createTempDirectory("cold-benchmark");
        try {
            List<String> command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                    ColdCapture.class.getName(), emulator.baseUrl().toString(), emulator.apiKey(),
                    emulator.applicationKey(), String.valueOf(graphs), dir.toString(), renderer,
                    String.valueOf(timeoutSeconds));
            long spawned = System.currentTimeMillis();
            Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
            String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            int exit = process.waitFor();
            long exited = System.currentTimeMillis();
            if (exit != 0 || !printed.startsWith("main=")) {
                throw new IllegalStateException("the cold capture failed (exit " + exit + "): " + printed);
            }
            String[] fields = printed.split(" ");
            long main = value(fields[0]);
            long loaded = value(fields[1]);
            long done = value(fields[2]);
            List<Instant> times = emulator.requests().stream().map(RecordedRequest::time).sorted().toList();
            double first = times.isEmpty() ? Double.NaN : times.get(0).toEpochMilli() - main;
            double afterLast = times.isEmpty() ? Double.NaN : done - times.get(times.size() - 1).toEpochMilli();
            String counts = String.join(" ", List.of(fields).subList(3, fields.length));
            EngineBenchmark.progress(f("cold N=%d %s: %d ms in the JVM (client built after %d ms), %d ms from spawn;"
                    + " %s", graphs, renderer, done - main, loaded - main, exited - spawned, counts));
            return new Cold(exited - spawned, main - spawned, loaded - main, done - main, first, afterLast, counts);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException e) {
                // a temporary folder left behind does not change the numbers
            }
        }
    }

    private static long value(String field) {
        return Long.parseLong(field.substring(field.indexOf('=') + 1));
    }

    private static double median(List<Double> values) {
        return Calibration.median(values);
    }

    private static String list(List<Double> values) {
        return String.join(", ", values.stream().map(v -> f("%.0f", v)).toList());
    }

    private void line(String s) {
        out.append(s).append('\n');
    }

    private static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}

package io.github.datadogsnapshot.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.datadogsnapshot.client.config.ApiEndpoint;
import io.github.datadogsnapshot.client.config.CaptureListener;
import io.github.datadogsnapshot.client.config.ClientSettings;
import io.github.datadogsnapshot.client.config.Credentials;
import io.github.datadogsnapshot.client.config.StoredImage;
import io.github.datadogsnapshot.client.exception.SnapshotException;
import io.github.datadogsnapshot.client.format.Durations;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.graph.TimeWindow;
import io.github.datadogsnapshot.client.manifest.Manifest;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.client.manifest.Manifests;
import io.github.datadogsnapshot.emulator.DatadogEmulator;
import io.github.datadogsnapshot.emulator.Faults;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The fault suite: every fault of the emulator, alone and in the combinations that matter, in real time with a short
 * timeout. Each fault runs twice: through {@link SnapshotCapture} (the manifest path of the plugins) and through
 * {@link SnapshotClient#capture} (the single-graph path, whose failures are thrown). Every run must end as expected
 * (stored, or failed with a message that says what happened) within the timeout and a small slack, leave no partial
 * file and no thread of the client once it is closed, and record the graph. It is also the secrecy suite: the keys are
 * marked, HttpClient logs at DEBUG into a file (the surefire configuration), and every output of every run is
 * searched for them: listener lines, manifest, {@code toString()}s, exception stack traces and the debug log.
 */
class FaultSuiteTest {

    /** The timeout of a fault that must end in failure: what it takes is waited out, so it is kept short. */
    static final Duration TIMEOUT = Duration.ofMillis(1500);
    /**
     * The timeout of a fault that must end stored: 5x the usual, so that the run is stored also on a machine five
     * times slower than an idle one (it ends as soon as the image is stored, so this costs no time).
     */
    static final Duration STORED_TIMEOUT = Duration.ofMillis(7500);
    /**
     * Time to cut a connection, call a graph off and write the manifest once the deadline has passed: 5x what an
     * idle machine takes at worst, so that the bound holds on a busy machine too.
     */
    static final Duration SLACK = Duration.ofMillis(3500);

    static final String API_KEY = "SECRET-API-5f1e9c2b7a4d8e3f6a0b";
    static final String APP_KEY = "SECRET-APP-9d3b6e1f4a7c0e2d5b8a";
    static final String WRONG_API_KEY = "SECRET-WRONG-API-1c4f7a0d3e6b9c2f";
    static final String WRONG_APP_KEY = "SECRET-WRONG-APP-8e5b2f9c6a3d0f7e";
    static final String SCOPED_APP_KEY = "SECRET-SCOPED-APP-4a7d0e3b6f9c2e5a";
    static final List<String> SECRETS = List.of(API_KEY, APP_KEY, WRONG_API_KEY, WRONG_APP_KEY, SCOPED_APP_KEY, "SECRET-");

    static final Path DEBUG_LOG =
            Path.of(System.getProperty("org.slf4j.simpleLogger.logFile", "target/httpclient-debug.log"));

    static final GraphSpec GRAPH = GraphSpec.builder().title("Checkout latency")
            .metricQuery("avg:trace.http.request.duration{service:checkout}").name("g").width(400).height(200).build();

    // The suite's numbers, printed once all runs are done.
    static final List<String> FAULTS_TRIED = new ArrayList<>();
    static final AtomicInteger RUNS = new AtomicInteger();
    static final AtomicInteger WAITS_PAST_DEADLINE = new AtomicInteger();
    static final AtomicLong WORST_OVERSHOOT_MILLIS = new AtomicLong(Long.MIN_VALUE);
    static final AtomicInteger GRAPHS_LOST = new AtomicInteger();
    static final AtomicInteger KEY_HITS = new AtomicInteger();
    static final AtomicInteger OUTPUTS_SCANNED = new AtomicInteger();
    static final AtomicLong DEBUG_LOG_CHARS = new AtomicLong();

    @TempDir
    Path dir;

    /**
     * One fault: how the emulator misbehaves, what the client is given, and how the graph must end.
     *
     * @param expectedError null when the graph must be stored, else fragments its error must contain
     */
    record Fault(String name, Duration renderDelay, Consumer<Faults> faults, String apiKey, String appKey,
                 Duration timeout, UnaryOperator<ClientSettings.Builder> client, List<String> expectedError) {

        static Fault stored(String name, Consumer<Faults> faults) {
            return new Fault(name, Duration.ZERO, faults, API_KEY, APP_KEY, STORED_TIMEOUT, UnaryOperator.identity(),
                    null);
        }

        static Fault failed(String name, Consumer<Faults> faults, String... error) {
            return new Fault(name, Duration.ZERO, faults, API_KEY, APP_KEY, TIMEOUT, UnaryOperator.identity(),
                    List.of(error));
        }

        Fault keys(String api, String app) {
            return new Fault(name, renderDelay, faults, api, app, timeout, client, expectedError);
        }

        Fault timeout(Duration longer) {
            return new Fault(name, renderDelay, faults, apiKey, appKey, longer, client, expectedError);
        }

        Fault renderDelay(Duration delay) {
            return new Fault(name, delay, faults, apiKey, appKey, timeout, client, expectedError);
        }

        Fault client(UnaryOperator<ClientSettings.Builder> settings) {
            return new Fault(name, renderDelay, faults, apiKey, appKey, timeout, settings, expectedError);
        }

        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Fault> faults() {
        UnaryOperator<ClientSettings.Builder> oneMebibyte = s -> s.maxImageBytes(1024 * 1024);
        return Stream.of(
                Fault.stored("no fault", f -> { }),
                Fault.stored("a 5xx answer, then success", f -> f.serverErrors(1)),
                Fault.failed("5xx answers until the deadline", f -> f.serverErrors(1000),
                        "Datadog answered 500 Internal Server Error for the snapshot request of graph 'g'",
                        "a problem on Datadog's side", "gave up after 2 attempts"),
                Fault.stored("a connection closed without answer, then success", f -> f.dropConnections(1)),
                Fault.failed("connections closed without answer until the deadline", f -> f.dropConnections(1000),
                        "could not reach", "for the snapshot request of graph 'g'", "gave up after 2 attempts"),
                Fault.stored("429 with a reset within the timeout", f -> f.rateLimitRemaining(0)
                        .rateLimitReset(Duration.ofSeconds(1))),
                Fault.failed("429 with a reset after the timeout", f -> f.rateLimitRemaining(0)
                        .rateLimitReset(Duration.ofHours(1)), "Datadog's snapshot rate limit resets in ",
                        "after the timeout of graph 'g'", "raise the timeout or capture fewer graphs per hour"),
                Fault.stored("a slow create answer within the timeout", f -> f.slowAnswers(Duration.ofMillis(500), "/api/")),
                Fault.failed("a create answer slower than the timeout", f -> f.slowAnswers(Duration.ofSeconds(20), "/api/"),
                        "Datadog had not answered the snapshot request of graph 'g' when its timeout passed",
                        "with no answer; 1 attempt"),
                Fault.stored("a trickled create answer that ends in time", f -> f.trickle(Duration.ofMillis(1), "/api/")),
                Fault.failed("a create answer trickling past the deadline", f -> f.trickle(Duration.ofMillis(100), "/api/"),
                        "Datadog had not answered the snapshot request of graph 'g' when its timeout passed",
                        "with an answer still arriving ("),
                Fault.failed("a create answer cut off mid-body", f -> f.dropMidBody("/api/"),
                        "could not reach", "for the snapshot request of graph 'g'"),
                Fault.stored("a slow image within the timeout", f -> f.slowAnswers(Duration.ofMillis(300), "/snapshot/view/")),
                Fault.failed("an image slower than the timeout", f -> f.slowAnswers(Duration.ofSeconds(20), "/snapshot/view/"),
                        "graph 'g': its image was still downloading when the timeout passed", "with no answer"),
                Fault.failed("an image trickling past the deadline", f -> f.trickle(Duration.ofMillis(50), "/snapshot/view/"),
                        "graph 'g': its image was still downloading when the timeout passed",
                        "with an image still arriving ("),
                Fault.failed("images cut off mid-body", f -> f.dropMidBody("/snapshot/view/"),
                        "graph 'g': its image was not ready", "last answer: an I/O error ("),
                Fault.failed("an image that never renders", f -> f.neverReady(true),
                        "graph 'g': its image was not ready", "last answer: the 1x1 placeholder image"),
                Fault.stored("HTML answers before the image is ready", f -> f.nonPngBeforeReady(true))
                        .renderDelay(Duration.ofMillis(500)),
                Fault.failed("HTML answers and never ready", f -> f.nonPngBeforeReady(true).neverReady(true),
                        "graph 'g': its image was not ready", "last answer: a non-PNG answer (text/html"),
                Fault.failed("a broken PNG", f -> f.brokenPng(true),
                        "the image of graph 'g' is not a valid PNG", "nothing was stored"),
                Fault.failed("an oversized PNG with Content-Length", f -> f.oversizedPng(2L * 1024 * 1024),
                        "the snapshot image is larger than the limit of 1048576 bytes").client(oneMebibyte),
                Fault.failed("an oversized PNG without Content-Length",
                        f -> f.oversizedPng(2L * 1024 * 1024).withoutContentLength(true),
                        "the snapshot image is larger than the limit of 1048576 bytes").client(oneMebibyte),
                Fault.stored("answers without Content-Length", f -> f.withoutContentLength(true)),
                Fault.failed("a PNG claiming huge dimensions", f -> f.hugeDimensions(true),
                        "the image of graph 'g' is not a valid PNG: it claims 100000x100000 pixels, more than the"
                                + " 800x400 allowed for this graph"),
                Fault.failed("a snapshot_url on a foreign host", f -> f.foreignSnapshotHost("evil.example"),
                        "Datadog's snapshot_url points to host 'evil.example', which is refused",
                        "nothing was downloaded from it"),
                Fault.failed("an image redirected to a foreign host", f -> f.redirectImages("evil.example"),
                        "a redirect of the image URL points to host 'evil.example', which is refused",
                        "nothing was downloaded from it"),
                Fault.failed("a wrong API key", f -> { }, "Datadog answered 403 Forbidden for the snapshot request of"
                        + " graph 'g'", "check the API key and the application key").keys(WRONG_API_KEY, APP_KEY),
                Fault.failed("a wrong application key", f -> { }, "Datadog answered 403 Forbidden",
                        "check the API key and the application key").keys(API_KEY, WRONG_APP_KEY),
                Fault.failed("a scoped application key", f -> { }, "Datadog answered 403 Forbidden",
                        "scoped application keys are refused by this endpoint").keys(API_KEY, SCOPED_APP_KEY));
    }

    /** What one run left behind, searched for keys and checked for its bounds. */
    static final class Run implements AutoCloseable {
        final Fault fault;
        final DatadogEmulator emulator;
        final SnapshotClient client;
        final List<String> outputs = new ArrayList<>();
        final long debugLogStart;
        long elapsedNanos;

        Run(Fault fault) throws IOException {
            this.fault = fault;
            this.debugLogStart = Files.exists(DEBUG_LOG) ? Files.size(DEBUG_LOG) : 0;
            this.emulator = DatadogEmulator.builder().apiKey(API_KEY).applicationKey(APP_KEY)
                    .scopedApplicationKey(SCOPED_APP_KEY).renderDelay(fault.renderDelay())
                    .rateLimit(1000, Duration.ofHours(1)).build().start();
            fault.faults().accept(emulator.faults());
            ClientSettings settings = fault.client().apply(ClientSettings.builder(
                            ApiEndpoint.custom(emulator.baseUrl().toString()), Credentials.of(fault.apiKey(), fault.appKey()))
                    .timeout(fault.timeout()).pollPolicy(Polls.every(Duration.ofMillis(100)))).build();
            this.client = new SnapshotClient(settings);
            outputs.add(settings.toString());
            outputs.add(settings.credentials().toString());
            outputs.add(client.toString());
        }

        CaptureListener listener() {
            return new ProgressLog(outputs::add, outputs::add);
        }

        void timed(long startedNanos) {
            elapsedNanos = System.nanoTime() - startedNanos;
        }

        /** Closes the client, then checks its threads, the bound, partial files and every output for keys. */
        @Override
        public void close() throws Exception {
            client.close();
            emulator.close();
            long overshoot = Duration.ofNanos(elapsedNanos).minus(fault.timeout()).toMillis();
            WORST_OVERSHOOT_MILLIS.accumulateAndGet(overshoot, Math::max);
            if (Duration.ofNanos(elapsedNanos).compareTo(fault.timeout().plus(SLACK)) > 0) {
                WAITS_PAST_DEADLINE.incrementAndGet();
            }
            String debugLog = debugLogSince(debugLogStart);
            DEBUG_LOG_CHARS.addAndGet(debugLog.length());
            outputs.add(debugLog);
            OUTPUTS_SCANNED.addAndGet(outputs.size());
            long hits = outputs.stream().filter(o -> SECRETS.stream().anyMatch(o::contains)).count();
            KEY_HITS.addAndGet((int) hits);

            assertThat(Duration.ofNanos(elapsedNanos)).as("ended within the timeout and %s ms", SLACK.toMillis())
                    .isLessThanOrEqualTo(fault.timeout().plus(SLACK));
            assertThat(clientThreadsOnceGone()).as("threads of the client left after close()").isEmpty();
            assertThat(debugLog).as("HttpClient's DEBUG log of this run, so that the search for keys can fail")
                    .contains("ex-");
            assertThat(hits).as("outputs holding a key").isZero();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void shouldEndEveryFaultWithinTheDeadlineThroughTheCaptureInRealTime(Fault fault) throws Exception {
        synchronized (FAULTS_TRIED) {
            FAULTS_TRIED.add(fault.name());
        }
        try (Run run = new Run(fault)) {
            RUNS.incrementAndGet();
            long started = System.nanoTime();
            CaptureResult result = new SnapshotCapture(run.client).capture(List.of(GRAPH), window(), dir, run.listener());
            run.timed(started);

            ManifestEntry entry = result.entries().get(0);
            Manifest manifest = Manifests.readIfPresent(dir).orElse(null);
            run.outputs.add(result.toString());
            run.outputs.add(entry.toString());
            run.outputs.add(Files.readString(result.manifestFile()));
            boolean recorded = manifest != null && manifest.graphs().size() == 1 && manifest.graphs().get(0).name().equals("g")
                    && (manifest.graphs().get(0).isCaptured() ? Files.isRegularFile(dir.resolve("g.png"))
                    : manifest.graphs().get(0).error() != null && !manifest.graphs().get(0).error().isBlank());
            if (!recorded) {
                GRAPHS_LOST.incrementAndGet();
            }

            assertThat(recorded).as("the manifest records the graph as it ended").isTrue();
            assertOutcome(fault, entry.isCaptured(), entry.error());
            assertThat(dir.resolve("g.png").toFile().exists()).isEqualTo(fault.expectedError() == null);
            assertNoPartialFiles();
            if (fault.name().contains("snapshot_url on a foreign host")) {
                assertThat(run.emulator.requestCount("/snapshot/view/")).as("requests for the refused image").isZero();
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void shouldKeepTheKeysOutOfEveryOutputOfTheSingleGraphCaptureInRealTime(Fault fault) throws Exception {
        try (Run run = new Run(fault)) {
            RUNS.incrementAndGet();
            long started = System.nanoTime();
            String error = null;
            try {
                StoredImage image = run.client.capture(GRAPH, window(), dir.resolve("g.png"), run.listener());
                run.outputs.add(image.toString());
            } catch (SnapshotException e) {
                error = e.getMessage();
                StringWriter trace = new StringWriter();
                e.printStackTrace(new PrintWriter(trace));
                run.outputs.add(trace.toString());
            }
            run.timed(started);

            assertOutcome(fault, error == null, error);
            assertNoPartialFiles();
        }
    }

    static void assertOutcome(Fault fault, boolean captured, String error) {
        if (fault.expectedError() == null) {
            assertThat(captured).as("stored; error: %s", error).isTrue();
        } else {
            assertThat(captured).as("failed").isFalse();
            assertThat(error).contains(fault.expectedError());
        }
    }

    @AfterAll
    static void printTheNumbers() {
        String summary = String.format("Fault suite: %d faults tried in %d runs (SnapshotCapture and SnapshotClient.capture,"
                        + " timeout %s, slack %d ms); %d waits past the deadline (worst: %+d ms against the timeout);"
                        + " %d graphs lost; %d key hits in %d outputs searched (%d characters of HttpClient DEBUG log)",
                FAULTS_TRIED.size(), RUNS.get(), Durations.format(TIMEOUT), SLACK.toMillis(), WAITS_PAST_DEADLINE.get(),
                WORST_OVERSHOOT_MILLIS.get(), GRAPHS_LOST.get(), KEY_HITS.get(), OUTPUTS_SCANNED.get(),
                DEBUG_LOG_CHARS.get());
        System.out.println(summary);
    }

    static TimeWindow window() {
        Instant now = Instant.now();
        return new TimeWindow(now.minusSeconds(600), now);
    }

    void assertNoPartialFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".part"));
        }
    }

    static String debugLogSince(long offset) throws IOException {
        if (!Files.exists(DEBUG_LOG)) {
            return "";
        }
        byte[] all = Files.readAllBytes(DEBUG_LOG);
        return new String(Arrays.copyOfRange(all, (int) Math.min(offset, all.length), all.length), StandardCharsets.UTF_8);
    }

    /** The client's threads, after giving closed ones up to 3 s to end. */
    static List<String> clientThreadsOnceGone() throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        List<String> left;
        do {
            left = Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                    .filter(n -> n.startsWith("datadog-snapshot-")).toList();
            if (left.isEmpty()) {
                return left;
            }
            Thread.sleep(20);
        } while (System.nanoTime() < until);
        return left;
    }
}

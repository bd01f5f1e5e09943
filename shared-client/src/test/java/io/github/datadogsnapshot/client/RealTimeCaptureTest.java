package io.github.datadogsnapshot.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.datadogsnapshot.client.config.ApiEndpoint;
import io.github.datadogsnapshot.client.config.CaptureListener;
import io.github.datadogsnapshot.client.config.ClientSettings;
import io.github.datadogsnapshot.client.config.Credentials;
import io.github.datadogsnapshot.client.config.PollPolicy;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.graph.TimeWindow;
import io.github.datadogsnapshot.client.manifest.Manifest;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.client.manifest.Manifests;
import io.github.datadogsnapshot.emulator.DatadogEmulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The capture engine on real threads and real time: deadlines that cut slow and trickling answers, no thread per
 * waiting graph, and an interrupt that leaves nothing partial and no thread behind.
 */
class RealTimeCaptureTest {

    static final Duration TIMEOUT = Duration.ofMillis(1500);
    /**
     * How far past its deadline a graph may end: the time to cut a connection and write the manifest, 5x what an
     * idle machine takes at worst, so that the bound holds on a busy machine too.
     */
    static final Duration SLACK = Duration.ofMillis(3500);

    /** A thread of its own for each capture (the common pool may be busy or have a single thread). */
    static final java.util.concurrent.Executor OWN_THREAD = task -> new Thread(task, "test-capture").start();

    @TempDir
    Path dir;

    DatadogEmulator emulator;
    SnapshotClient client;
    TimeWindow window = new TimeWindow(Instant.now().minusSeconds(600), Instant.now());

    @AfterEach
    void tearDown() {
        if (client != null) {
            client.close();
        }
        if (emulator != null) {
            emulator.close();
        }
    }

    void start(DatadogEmulator.Builder emulatorBuilder, Duration timeout) {
        start(emulatorBuilder, timeout, Polls.every(Duration.ofMillis(100)));
    }

    void start(DatadogEmulator.Builder emulatorBuilder, Duration timeout, PollPolicy policy) {
        emulator = emulatorBuilder.rateLimit(10_000, Duration.ofHours(1)).build().start();
        client = new SnapshotClient(ClientSettings.builder(ApiEndpoint.custom(emulator.baseUrl().toString()),
                Credentials.of(emulator.apiKey(), emulator.applicationKey())).timeout(timeout).pollPolicy(policy).build());
    }

    static GraphSpec graph(String name) {
        return GraphSpec.builder().metricQuery("avg:latency{shard:" + name + "}").name(name).width(400).height(200).build();
    }

    ManifestEntry captureOneTimed(Duration bound) throws Exception {
        long started = System.nanoTime();
        CaptureResult result = new SnapshotCapture(client).capture(List.of(graph("g")), window, dir, CaptureListener.NONE);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(bound);
        assertNoPartialFiles();
        return result.entries().get(0);
    }

    void assertNoPartialFiles() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).noneMatch(p -> p.getFileName().toString().endsWith(".part"));
        }
    }

    @Test
    void shouldCutACreateAnswerThatComesTooLate() throws Exception {
        start(DatadogEmulator.builder().renderDelay(Duration.ZERO), TIMEOUT);
        emulator.faults().slowAnswers(Duration.ofSeconds(20));

        ManifestEntry entry = captureOneTimed(TIMEOUT.plus(SLACK));

        assertThat(entry.error()).isEqualTo("Datadog had not answered the snapshot request of graph 'g' when its timeout"
                + " passed (the deadline passed after 1.5 s with no answer; 1 attempt)");
    }

    @Test
    void shouldCutACreateAnswerThatTricklesIn() throws Exception {
        start(DatadogEmulator.builder().renderDelay(Duration.ZERO), TIMEOUT);
        emulator.faults().trickle(Duration.ofMillis(100), "/api/");

        ManifestEntry entry = captureOneTimed(TIMEOUT.plus(SLACK));

        assertThat(entry.error()).matches("Datadog had not answered the snapshot request of graph 'g' when its timeout"
                + " passed \\(the deadline passed after 1\\.5 s with an answer still arriving \\(\\d+ bytes\\); 1 attempt\\)");
    }

    @Test
    void shouldCutAnImageThatTricklesInAndLeaveNoPartialFile() throws Exception {
        start(DatadogEmulator.builder().renderDelay(Duration.ZERO), TIMEOUT);
        emulator.faults().trickle(Duration.ofMillis(50), "/snapshot/view/");

        ManifestEntry entry = captureOneTimed(TIMEOUT.plus(SLACK));

        assertThat(entry.isCaptured()).isFalse();
        assertThat(entry.error()).matches("graph 'g': its image was still downloading when the timeout passed \\(the"
                + " deadline passed after .* with an image still arriving \\(\\d+ bytes\\)\\) after .*");
        assertThat(dir.resolve("g.png")).doesNotExist();
    }

    @Test
    void shouldLookAgainAfterAnImageCutOffMidBody() throws Exception {
        start(DatadogEmulator.builder().renderDelay(Duration.ZERO), TIMEOUT);
        emulator.faults().dropMidBody("/snapshot/view/");

        ManifestEntry entry = captureOneTimed(TIMEOUT.plus(SLACK));

        assertThat(entry.error()).contains("its image was not ready").contains("last answer: an I/O error (");
        assertThat(dir.resolve("g.png")).doesNotExist();
    }

    @Test
    void shouldRefuseAnImageClaimingHugeDimensions() throws Exception {
        start(DatadogEmulator.builder().renderDelay(Duration.ZERO), TIMEOUT);
        emulator.faults().hugeDimensions(true);

        ManifestEntry entry = captureOneTimed(TIMEOUT.plus(SLACK));

        assertThat(entry.error()).isEqualTo("the image of graph 'g' is not a valid PNG: it claims 100000x100000 pixels,"
                + " more than the 800x400 allowed for this graph; nothing was stored");
    }

    @Test
    void shouldWaitForHundredsOfGraphsWithoutAThreadEach() throws Exception {
        // Real time: 300 creates take about 1.6 s on an idle 2-core machine; the 10 s render leaves room for a 6x
        // slower one (a busy CI agent) before "all requested before the first render ends" could fail.
        Duration render = Duration.ofSeconds(10);
        start(DatadogEmulator.builder().renderDelay(render), Duration.ofSeconds(60), PollPolicy.DEFAULT);
        List<GraphSpec> graphs = new ArrayList<>();
        for (int i = 0; i < 300; i++) {
            graphs.add(GraphSpec.builder().metricQuery("avg:latency{shard:" + i + "}").width(60).height(30).build());
        }
        AtomicInteger peak = new AtomicInteger();
        CompletableFuture<CaptureResult> capture = CompletableFuture.supplyAsync(() -> {
            try {
                return new SnapshotCapture(client).capture(graphs, window, dir, CaptureListener.NONE);
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }, OWN_THREAD);
        while (!capture.isDone()) {
            peak.accumulateAndGet(clientThreads(), Math::max);
            Thread.sleep(20);
        }

        CaptureResult result = capture.get();
        assertThat(result.failures()).isEmpty();
        List<Instant> creates = emulator.requests().stream().filter(r -> r.path().equals("/api/v1/graph/snapshot"))
                .map(io.github.datadogsnapshot.emulator.RecordedRequest::time).sorted().toList();
        assertThat(creates).hasSize(300);
        assertThat(Duration.between(creates.get(0), creates.get(299))).as("all requested before the first render ends")
                .isLessThan(render);
        assertThat(peak.get()).as("one timer thread and at most 'concurrency' request threads")
                .isBetween(1, ClientSettings.DEFAULT_CONCURRENCY + 1);
    }

    @Test
    void shouldRecordWhatWasStoredAndLeaveNoPartialFileNorThreadWhenInterrupted() throws Exception {
        // Seed 8337: the first snapshot created renders in 0.3 s, the other two in 27 s and 29 s.
        start(DatadogEmulator.builder().renderDelays(Duration.ZERO, Duration.ofSeconds(30), 8337), Duration.ofSeconds(60));
        CompletableFuture<Thread> captureThread = new CompletableFuture<>();
        CompletableFuture<Object> outcome = CompletableFuture.supplyAsync(() -> {
            captureThread.complete(Thread.currentThread());
            try {
                return new SnapshotCapture(client).capture(List.of(graph("a"), graph("b"), graph("c")),
                        window, dir, CaptureListener.NONE);
            } catch (InterruptedException e) {
                return e;
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }, OWN_THREAD);
        String fast = awaitOnePng(outcome);
        emulator.faults().trickle(Duration.ofMillis(200), "/snapshot/view/");
        Thread.sleep(300); // the next looks at the slow graphs are now trickling in

        long interruptedAt = System.nanoTime();
        captureThread.get().interrupt();

        assertThat(outcome.get(5, TimeUnit.SECONDS)).isInstanceOf(InterruptedException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - interruptedAt)).isLessThan(Duration.ofSeconds(2));
        assertNoPartialFiles();
        Manifest manifest = Manifests.readIfPresent(dir).orElseThrow();
        assertThat(manifest.graphs()).extracting(ManifestEntry::name).containsExactly("a", "b", "c");
        assertThat(manifest.graphs()).filteredOn(ManifestEntry::isCaptured).singleElement()
                .satisfies(e -> assertThat(e.name()).isEqualTo(fast));
        assertThat(manifest.graphs()).filteredOn(e -> !e.isCaptured()).hasSize(2).allSatisfy(e -> assertThat(e.error())
                .isEqualTo("the capture was interrupted before this graph finished"));
        assertThat(dir.resolve(fast + ".png")).exists();

        client.close();
        client = null;
        long closedAt = System.nanoTime();
        while (clientThreads() > 0 && System.nanoTime() - closedAt < TimeUnit.SECONDS.toNanos(3)) {
            Thread.sleep(20);
        }
        assertThat(clientThreads()).as("no thread of the client left once it is closed").isZero();
    }

    /** The name of the first graph stored while {@code capture} runs. */
    String awaitOnePng(CompletableFuture<?> capture) throws Exception {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (System.nanoTime() < until) {
            for (String name : List.of("a", "b", "c")) {
                if (Files.exists(dir.resolve(name + ".png"))) {
                    return name;
                }
            }
            if (capture.isDone()) {
                throw new AssertionError("no image was stored; the capture ended with " + capture.get());
            }
            Thread.sleep(10);
        }
        throw new AssertionError("no image was stored within 10 s");
    }

    @Test
    void shouldCallOffASingleGraphWhenInterrupted() throws Exception {
        start(DatadogEmulator.builder().renderDelay(Duration.ofSeconds(30)), Duration.ofSeconds(60));
        Thread.currentThread().interrupt();

        assertThatThrownBy(() -> client.capture(graph("g"), window, dir.resolve("g.png"), CaptureListener.NONE))
                .isInstanceOf(InterruptedException.class);
        assertNoPartialFiles();
    }

    static int clientThreads() {
        return (int) Thread.getAllStackTraces().keySet().stream()
                .filter(t -> t.getName().startsWith("datadog-snapshot-") && t.isAlive()).count();
    }
}

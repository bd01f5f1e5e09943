package io.github.datadogsnapshot.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.datadogsnapshot.client.config.ApiEndpoint;
import io.github.datadogsnapshot.client.config.CaptureOptions;
import io.github.datadogsnapshot.client.config.ClientSettings;
import io.github.datadogsnapshot.client.config.Credentials;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.graph.TimeWindow;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.client.manifest.Manifests;
import io.github.datadogsnapshot.client.wire.Png;
import io.github.datadogsnapshot.emulator.DatadogEmulator;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The client against the emulator. Most tests share one {@link FakeTime} between both, so rendering and
 * rate-limit windows pass without waiting and delays are exact; one test runs in real time.
 */
class EmulatorEndToEndTest {

    @TempDir
    Path dir;

    FakeTime time = new FakeTime(Instant.now());
    List<String> lines = new ArrayList<>();
    DatadogEmulator emulator;
    VirtualScheduler scheduler = new VirtualScheduler(time);
    SnapshotClient client;
    TimeWindow window = new TimeWindow(time.instant().minusSeconds(1800), time.instant());

    @AfterEach
    void tearDown() {
        if (client != null) {
            client.close();
        }
        if (emulator != null) {
            emulator.close();
        }
        scheduler.shutdownNow();
        assertThat(scheduler.failures()).isEmpty();
    }

    void start(DatadogEmulator.Builder emulatorBuilder) {
        start(emulatorBuilder, UnaryOperator.identity());
    }

    void start(DatadogEmulator.Builder emulatorBuilder, UnaryOperator<ClientSettings.Builder> customize) {
        emulator = emulatorBuilder.build().start();
        client = new SnapshotClient(customize.apply(fakeTimeSettings(emulator.apiKey(), emulator.applicationKey())).build());
    }

    ClientSettings.Builder fakeTimeSettings(String apiKey, String appKey) {
        return ClientSettings.builder(ApiEndpoint.custom(emulator == null ? "http://127.0.0.1:1" : emulator.baseUrl().toString()),
                Credentials.of(apiKey, appKey)).clock(time).scheduler(scheduler).random(() -> 0.0).timeout(Duration.ofSeconds(60));
    }

    CaptureResult capture(GraphSpec... graphs) throws Exception {
        return new SnapshotCapture(client).capture(List.of(graphs), window, dir,
                new ProgressLog(l -> lines.add("INFO " + l), l -> lines.add("WARN " + l)));
    }

    static GraphSpec latency() {
        return GraphSpec.builder().title("Checkout latency").metricQuery("p99:trace.http.request.duration{service:checkout}")
                .eventQuery("sources:deploy").width(640).height(320).build();
    }

    static GraphSpec cpu() {
        return GraphSpec.builder().title("CPU").graphDef("{\"viz\":\"timeseries\",\"requests\":[{\"q\":\"avg:system.cpu.user{*}\"},"
                + "{\"q\":\"avg:system.cpu.system{*}\"}]}").width(500).height(250).build();
    }

    @Test
    void shouldWaitExactlyUntilTheEmulatorHasRendered() throws Exception {
        start(DatadogEmulator.builder().clock(time).renderDelay(Duration.ofSeconds(4)));

        CaptureResult result = capture(latency());

        ManifestEntry entry = result.entries().get(0);
        assertThat(entry.isCaptured()).isTrue();
        assertThat(lookTimes()).containsExactly(600L, 990L, 1439L, 1955L, 2548L, 3230L, 4015L);
        assertThat(entry.timings().renderMillis()).isEqualTo(4015);
        assertThat(entry.timings().checks()).isEqualTo(7);
        assertThat(emulator.requests()).as("one create, one GET per look, one metrics query, nothing else").hasSize(9);
        assertThat(emulator.requestCount("/api/v1/query")).isEqualTo(1);
        assertThat(Png.validate(dir.resolve("checkout-latency.png"))).isEqualTo(new Png.Size(640, 320));
    }

    List<Long> lookTimes() {
        return emulator.requests().stream().filter(r -> r.path().startsWith("/snapshot/view/"))
                .map(r -> Duration.between(window.end(), r.time()).toMillis()).toList();
    }

    @Test
    void shouldLookAtTheOthersOfABatchRightAfterTheFirstIsReady() throws Exception {
        start(DatadogEmulator.builder().clock(time).renderDelay(Duration.ofMillis(1200)));

        CaptureResult result = capture(latency(), cpu(), GraphSpec.builder().metricQuery("avg:third{*}").build());

        assertThat(result.failures()).isEmpty();
        // The two that waited longest look at 0.6 s, 0.99 s, 1.439 s: ready. The third, on the sparse steps, would
        // look next at 1.95 s; it waited as long, so it is looked at right away.
        assertThat(lookTimes()).containsExactly(600L, 600L, 990L, 990L, 1000L, 1439L, 1439L, 1439L);
        assertThat(result.entries()).allSatisfy(e -> assertThat(e.timings().totalMillis()).isEqualTo(1439));
    }

    @Test
    void shouldCaptureSeveralGraphsInRealTime() throws Exception {
        emulator = DatadogEmulator.builder().renderDelay(Duration.ofMillis(300)).build().start();
        client = new SnapshotClient(ClientSettings.builder(ApiEndpoint.custom(emulator.baseUrl().toString()),
                Credentials.of(emulator.apiKey(), emulator.applicationKey()))
                .pollPolicy(Polls.every(Duration.ofMillis(100))).build());
        window = new TimeWindow(Instant.now().minusSeconds(600), Instant.now());

        CaptureResult result = capture(latency(), cpu(), GraphSpec.builder().metricQuery("sum:errors{*}.as_count()").build());

        assertThat(result.failures()).isEmpty();
        assertThat(result.entries()).allSatisfy(e -> assertThat(e.timings().renderMillis()).isGreaterThanOrEqualTo(250));
        assertThat(Png.validate(dir.resolve("cpu.png"))).isEqualTo(new Png.Size(500, 250));
        assertThat(Png.validate(dir.resolve("sum-errors-as-count.png"))).isEqualTo(new Png.Size(800, 400));
        assertThat(Manifests.readIfPresent(dir).orElseThrow().graphs()).hasSize(3);
    }

    @Test
    void shouldRecordAWrongKeyAsAFailureThatSaysWhatToCheck() throws Exception {
        emulator = DatadogEmulator.builder().clock(time).build().start();
        client = new SnapshotClient(fakeTimeSettings("wrong-api-key", emulator.applicationKey()).build());

        CaptureResult result = capture(latency());

        assertThat(result.failures()).singleElement().satisfies(f -> assertThat(f.error())
                .startsWith("Datadog answered 403 Forbidden").contains("check the API key and the application key (DD_API_KEY and DD_APP_KEY, or the configured credentials)"));
        assertThat(emulator.requestCount("/api/v1/graph/snapshot")).isEqualTo(1);
    }

    @Test
    void shouldExplainThatScopedApplicationKeysAreRefused() throws Exception {
        emulator = DatadogEmulator.builder().clock(time).build().start();
        client = new SnapshotClient(fakeTimeSettings(emulator.apiKey(), emulator.scopedApplicationKey()).build());

        assertThat(capture(latency()).failures().get(0).error()).contains("scoped application keys are refused by this endpoint");
    }

    @Test
    void shouldPauseAllGraphsUntilTheRateLimitResets() throws Exception {
        start(DatadogEmulator.builder().clock(time).renderDelay(Duration.ZERO).rateLimit(2, Duration.ofSeconds(30)),
                s -> s.concurrency(1));

        CaptureResult result = capture(latency(), cpu(), GraphSpec.builder().metricQuery("avg:third{*}").build());

        assertThat(result.failures()).isEmpty();
        assertThat(lines).filteredOn(l -> l.contains("rate limit is used up")).singleElement().asString()
                .contains("waiting 30.0 s for it to reset before requesting graph 'avg-third'");
        // The first answer states the budget (1 left), the second uses it up: the third waits for the reset
        // instead of spending a request on a 429.
        assertThat(emulator.requests()).filteredOn(r -> r.status() == 429).isEmpty();
        assertThat(emulator.requests()).filteredOn(r -> r.path().equals("/api/v1/graph/snapshot"))
                .extracting(r -> Duration.between(window.end(), r.time()).toMillis()).containsExactly(0L, 0L, 30_000L);
        assertThat(client.lastRateLimit().orElseThrow().limit()).isEqualTo(2);
    }

    @Test
    void shouldRetryServerErrorsAndDroppedConnections() throws Exception {
        start(DatadogEmulator.builder().clock(time).renderDelay(Duration.ZERO));
        emulator.faults().serverErrors(2);

        assertThat(capture(latency()).failures()).isEmpty();
        assertThat(lines).filteredOn(l -> l.startsWith("WARN Graph 'checkout-latency': Datadog answered 5")).hasSize(2);

        emulator.faults().dropConnections(1);
        assertThat(capture(cpu()).failures()).isEmpty();
        assertThat(lines).filteredOn(l -> l.contains("could not reach")).hasSize(1);
    }

    @Test
    void shouldRefuseBrokenOversizedAndForeignImages() throws Exception {
        start(DatadogEmulator.builder().clock(time).renderDelay(Duration.ZERO),
                s -> s.maxImageBytes(1024 * 1024));

        emulator.faults().brokenPng(true);
        assertThat(capture(latency()).failures().get(0).error()).contains("is not a valid PNG");
        emulator.faults().clear();

        emulator.faults().oversizedPng(3L * 1024 * 1024);
        assertThat(capture(latency()).failures().get(0).error()).contains("larger than the limit of 1048576 bytes");
        emulator.faults().clear();

        emulator.faults().foreignSnapshotHost("evil.example");
        assertThat(capture(latency()).failures().get(0).error()).contains("host 'evil.example'", "nothing was downloaded");
        assertThat(dir.resolve("checkout-latency.png")).doesNotExist();
    }

    @Test
    void shouldWaitThroughNonPngAnswersAndTimeOutWhenNothingRenders() throws Exception {
        start(DatadogEmulator.builder().clock(time).renderDelay(Duration.ofSeconds(3)));
        emulator.faults().nonPngBeforeReady(true);
        assertThat(capture(latency()).failures()).isEmpty();

        emulator.faults().clear().neverReady(true);
        ManifestEntry failed = capture(cpu()).failures().get(0);
        assertThat(failed.error()).startsWith("graph 'cpu': its image was not ready after 59.8 s of rendering, 59.8 s"
                + " after the request (30 checks; last answer: the 1x1 placeholder image");
        assertThat(failed.timings().totalMillis()).as("given up before the deadline, never after").isEqualTo(59_800);
    }

    List<GraphSpec> thirtyGraphs() {
        List<GraphSpec> graphs = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            graphs.add(GraphSpec.builder().metricQuery("avg:g" + i + "{*}").width(300).height(150).build());
        }
        return graphs;
    }

    CaptureResult captureAll(List<GraphSpec> graphs, CaptureOptions options) throws Exception {
        return new SnapshotCapture(client, options).capture(graphs, window, dir,
                new ProgressLog(l -> lines.add("INFO " + l), l -> lines.add("WARN " + l)));
    }

    @Test
    void shouldDrawAtOnceWhatTheStatedBudgetCannotSnapshotBeforeTheDeadline() throws Exception {
        start(DatadogEmulator.builder().clock(time).renderDelay(Duration.ofSeconds(1)));
        emulator.faults().rateLimitRemaining(10).rateLimitReset(Duration.ofHours(1));
        Instant started = time.instant();

        CaptureResult result = captureAll(thirtyGraphs(),
                CaptureOptions.of(CaptureOptions.Renderer.AUTO, new io.github.datadogsnapshot.charts.XChartRenderer()));

        assertThat(result.failures()).isEmpty();
        assertThat(result.entries()).filteredOn(ManifestEntry::isDrawnLocally).hasSize(20)
                .allSatisfy(e -> assertThat(e.rendererReason()).startsWith("Datadog's snapshot budget refused it"));
        assertThat(emulator.requests()).as("no 429 spent").filteredOn(r -> r.status() == 429).isEmpty();
        assertThat(Duration.between(started, time.instant())).as("virtual time of the capture; timeout 60 s")
                .isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void shouldFailAtOnceWithTheResetTimeWhatTheStatedBudgetCannotSnapshotBeforeTheDeadline() throws Exception {
        start(DatadogEmulator.builder().clock(time).renderDelay(Duration.ofSeconds(1)));
        emulator.faults().rateLimitRemaining(10).rateLimitReset(Duration.ofHours(1));
        Instant started = time.instant();
        String resetAt = started.plus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString();

        CaptureResult result = captureAll(thirtyGraphs(), CaptureOptions.DEFAULT);

        assertThat(result.entries()).filteredOn(ManifestEntry::isCaptured).hasSize(10);
        assertThat(result.failures()).hasSize(20).allSatisfy(f -> assertThat(f.error())
                .startsWith("Datadog's snapshot rate limit resets in ").contains("(at " + resetAt + ")"));
        assertThat(emulator.requests()).as("no 429 spent").filteredOn(r -> r.status() == 429).isEmpty();
        assertThat(Duration.between(started, time.instant())).as("virtual time of the capture; timeout 60 s")
                .isLessThan(Duration.ofSeconds(5));
    }
}

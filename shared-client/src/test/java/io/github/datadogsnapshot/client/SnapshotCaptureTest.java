package io.github.datadogsnapshot.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.datadogsnapshot.client.config.ApiEndpoint;
import io.github.datadogsnapshot.client.config.CaptureListener;
import io.github.datadogsnapshot.client.config.ClientSettings;
import io.github.datadogsnapshot.client.config.Credentials;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.graph.TimeWindow;
import io.github.datadogsnapshot.client.manifest.Manifest;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.client.manifest.Manifests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class SnapshotCaptureTest {

    static final String CREATE = "/api/v1/graph/snapshot";

    @RegisterExtension
    static WireMockExtension api = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;

    FakeTime time = new FakeTime();
    VirtualScheduler scheduler = new VirtualScheduler(time);
    SnapshotClient client;
    SnapshotCapture capture;
    List<String> lines = new ArrayList<>();
    TimeWindow window = new TimeWindow(FakeTime.T0.minusSeconds(300), FakeTime.T0);

    @BeforeEach
    void setUp() {
        client = new SnapshotClient(ClientSettings.builder(ApiEndpoint.custom(api.baseUrl()), Credentials.of("k1", "k2"))
                .clock(time).scheduler(scheduler).random(() -> 0.0).timeout(Duration.ofSeconds(30)).build());
        capture = new SnapshotCapture(client);
    }

    @AfterEach
    void tearDown() {
        client.close();
        scheduler.shutdownNow();
    }

    void graphAnswers(String query, String imagePath, int width) {
        api.stubFor(get(urlPathEqualTo(CREATE)).withQueryParam("metric_query", equalTo(query))
                .willReturn(okJson("{\"snapshot_url\":\"" + api.baseUrl() + imagePath + "\"}")));
        api.stubFor(get(urlPathEqualTo(imagePath)).willReturn(aResponse().withHeader("Content-Type", "image/png")
                .withBody(TestImages.png(width, 100))));
    }

    CaptureListener log() {
        return new ProgressLog(l -> lines.add("INFO " + l), l -> lines.add("WARN " + l));
    }

    static GraphSpec graph(String query, String title) {
        return GraphSpec.builder().metricQuery(query).title(title).build();
    }

    @Test
    void shouldEndEveryGraphAsAPictureOrARecordedFailure() throws Exception {
        graphAnswers("avg:latency{*}", "/snapshot/view/a.png", 400);
        graphAnswers("avg:cpu{*}", "/snapshot/view/b.png", 500);
        api.stubFor(get(urlPathEqualTo(CREATE)).withQueryParam("metric_query", equalTo("avg:broken{"))
                .willReturn(aResponse().withStatus(400).withBody("{\"errors\":[\"Error parsing query\"]}")));

        CaptureResult result = capture.capture(List.of(graph("avg:latency{*}", "Latency"), graph("avg:broken{", "Broken"),
                graph("avg:cpu{*}", "CPU")), window, dir, log());

        assertThat(result.entries()).extracting(ManifestEntry::name).containsExactly("latency", "broken", "cpu");
        assertThat(result.entries()).extracting(ManifestEntry::status).containsExactly(
                ManifestEntry.Status.CAPTURED, ManifestEntry.Status.FAILED, ManifestEntry.Status.CAPTURED);
        assertThat(result.failures()).singleElement().satisfies(f -> assertThat(f.error()).contains("400 Bad Request", "Error parsing query"));
        assertThat(dir.resolve("latency.png")).hasBinaryContent(TestImages.png(400, 100));
        assertThat(dir.resolve("cpu.png")).hasBinaryContent(TestImages.png(500, 100));
        assertThat(dir.resolve("broken.png")).doesNotExist();

        Manifest manifest = Manifests.read(result.manifestFile());
        assertThat(manifest.graphs()).isEqualTo(result.entries());
        ManifestEntry latency = manifest.entry("latency").orElseThrow();
        assertThat(latency.image()).isEqualTo(new ManifestEntry.Image("latency.png", Files.size(dir.resolve("latency.png")), 400, 100));
        assertThat(latency.snapshotUrl()).isEqualTo(api.baseUrl() + "/snapshot/view/a.png");
        assertThat(latency.window()).isEqualTo(ManifestEntry.Window.of(window));
        assertThat(latency.timings().attempts()).isEqualTo(1);
        assertThat(latency.timings().checks()).isEqualTo(1);
        assertThat(lines).filteredOn(l -> l.startsWith("INFO Requesting graph")).hasSize(3);
        assertThat(lines).filteredOn(l -> l.startsWith("INFO Stored ")).hasSize(2)
                .anySatisfy(l -> assertThat(l).matches("INFO Stored latency\\.png: [0-9.]+ (B|KiB), 400x100 px, ready .* after the request \\(rendering .*, 1 check\\)"))
                .anySatisfy(l -> assertThat(l).startsWith("INFO " + ProgressLog.storedStart("latency.png"))
                        .startsWith("INFO Stored latency.png: "));
        assertThat(lines).filteredOn(l -> l.startsWith("WARN Graph 'broken' failed after ")).hasSize(1);
    }

    @Test
    void shouldMakeDerivedNamesUniqueAndRefuseGivenDuplicatesBeforeAnyRequest() throws Exception {
        graphAnswers("avg:a{*}", "/snapshot/view/a.png", 100);
        graphAnswers("avg:b{*}", "/snapshot/view/b.png", 100);

        CaptureResult result = capture.capture(List.of(graph("avg:a{*}", "Latency"), graph("avg:b{*}", "Latency")), window, dir, log());
        assertThat(result.entries()).extracting(ManifestEntry::name).containsExactly("latency", "latency-2");

        api.resetRequests();
        List<GraphSpec> duplicates = List.of(graph("avg:a{*}", "A").withName("same"), graph("avg:b{*}", "B").withName("Same"));
        assertThatThrownBy(() -> capture.capture(duplicates, window, dir, log()))
                .hasMessage("graphs[1].name: 'Same' is also the name of graphs[0].name; names must be unique (they become file"
                        + " names)");
        assertThatThrownBy(() -> capture.capture(List.of(), window, dir, log())).hasMessageStartingWith("graphs: no graph to capture");
        assertThat(api.getAllServeEvents()).isEmpty();
    }

    @Test
    void shouldAddToAManifestAlreadyInTheFolderAndDropStaleImages() throws Exception {
        graphAnswers("avg:a{*}", "/snapshot/view/a.png", 100);
        capture.capture(List.of(graph("avg:a{*}", "First")), window, dir, log());
        Files.write(dir.resolve("second.png"), TestImages.png(10, 10));
        api.stubFor(get(urlPathEqualTo(CREATE)).withQueryParam("metric_query", equalTo("avg:b{*}"))
                .willReturn(aResponse().withStatus(403).withBody("{\"errors\":[\"Forbidden\"]}")));

        capture.capture(List.of(graph("avg:b{*}", "Second")), window, dir, log());

        Manifest manifest = Manifests.readIfPresent(dir).orElseThrow();
        assertThat(manifest.graphs()).extracting(ManifestEntry::name).containsExactly("first", "second");
        assertThat(manifest.failedCount()).isEqualTo(1);
        assertThat(dir.resolve("first.png")).exists();
        assertThat(dir.resolve("second.png")).as("an old image must not contradict the recorded failure").doesNotExist();
    }

    @Test
    void shouldRecordUnfinishedGraphsAndWriteTheManifestWhenInterrupted() throws Exception {
        api.stubFor(get(urlPathEqualTo(CREATE)).willReturn(okJson("{\"snapshot_url\":\"" + api.baseUrl() + "/snapshot/view/slow.png\"}")));
        api.stubFor(get(urlPathEqualTo("/snapshot/view/slow.png")).willReturn(aResponse().withHeader("Content-Type", "image/png")
                .withBody(TestImages.placeholder()).withFixedDelay(200)));
        client.close();
        client = new SnapshotClient(ClientSettings.builder(ApiEndpoint.custom(api.baseUrl()), Credentials.of("k1", "k2"))
                .pollPolicy(Polls.every(Duration.ofMillis(10))).build());
        capture = new SnapshotCapture(client);
        Thread.currentThread().interrupt();

        assertThatThrownBy(() -> capture.capture(List.of(graph("avg:a{*}", "A")), window, dir, log()))
                .isInstanceOf(InterruptedException.class);

        assertThat(Manifests.readIfPresent(dir).orElseThrow().graphs()).singleElement()
                .satisfies(e -> assertThat(e.error()).isEqualTo("the capture was interrupted before this graph finished"));
    }

    @Test
    void shouldRefuseAnOutputFolderThatIsAFile() throws IOException {
        Path file = Files.writeString(dir.resolve("file"), "x");
        assertThatThrownBy(() -> capture.capture(List.of(graph("avg:a{*}", "A")), window, file, log()))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("outputDirectory: ");
        assertThat(api.getAllServeEvents()).as("refused before any request").isEmpty();
    }

    @Test
    void shouldRequestEveryGraphBeforeAnyNumbersQueryOrImageLook() throws Exception {
        api.stubFor(get(urlPathEqualTo(CREATE)).willReturn(okJson("{\"snapshot_url\":\"" + api.baseUrl()
                + "/snapshot/view/g.png\"}")));
        api.stubFor(get(urlPathEqualTo("/snapshot/view/g.png")).willReturn(aResponse()
                .withHeader("Content-Type", "image/png").withBody(TestImages.png(100, 100))));
        api.stubFor(get(urlPathEqualTo("/api/v1/query")).willReturn(okJson("{\"status\":\"ok\",\"series\":[]}")));
        List<GraphSpec> graphs = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            graphs.add(graph("avg:g" + i + "{*}", "G" + i));
        }

        CaptureResult result = capture.capture(graphs, window, dir, log());

        assertThat(result.failures()).isEmpty();
        List<String> paths = new ArrayList<>();
        api.getAllServeEvents().forEach(e -> paths.add(0, e.getRequest().getUrl().replaceFirst("\\?.*", "")));
        assertThat(paths).as("in the order received").hasSize(30);
        assertThat(paths.subList(0, 10)).as("the first 10 requests, of " + paths).containsOnly(CREATE);
    }
}

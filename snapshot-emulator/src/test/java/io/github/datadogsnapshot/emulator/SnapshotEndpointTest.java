package io.github.datadogsnapshot.emulator;

import static io.github.datadogsnapshot.emulator.EmulatorClient.json;
import static io.github.datadogsnapshot.emulator.EmulatorClient.keys;
import static io.github.datadogsnapshot.emulator.EmulatorClient.metricQuery;
import static io.github.datadogsnapshot.emulator.EmulatorClient.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class SnapshotEndpointTest {

    static final MutableClock CLOCK = MutableClock.at("2024-05-01T10:00:00Z");

    @RegisterExtension
    static final DatadogEmulatorExtension EMULATOR =
            new DatadogEmulatorExtension(DatadogEmulator.builder().clock(CLOCK).renderDelay(Duration.ofSeconds(3)));

    EmulatorClient client;

    @BeforeEach
    void setUp() {
        client = new EmulatorClient(EMULATOR.get());
    }

    @Test
    void shouldRefuseWrongApiKey() {
        HttpResponse<String> response = client.snapshot("wrong", EMULATOR.get().applicationKey(), metricQuery("avg:a{*}"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response).get("errors").get(0).asText()).isEqualTo("Forbidden");
    }

    @Test
    void shouldRefuseMissingKeys() {
        assertThat(client.snapshot(null, EMULATOR.get().applicationKey(), metricQuery("a")).statusCode()).isEqualTo(403);
        assertThat(client.snapshot(EMULATOR.get().apiKey(), null, metricQuery("a")).statusCode()).isEqualTo(403);
    }

    @Test
    void shouldRefuseWrongApplicationKey() {
        HttpResponse<String> response = client.snapshot(EMULATOR.get().apiKey(), "wrong", metricQuery("avg:a{*}"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).isEqualTo("{\"errors\":[\"Forbidden\"]}");
        assertThat(response.headers().firstValue("X-RateLimit-Remaining")).isEmpty();
    }

    @Test
    void shouldRefuseScopedApplicationKeyWithExplanation() {
        HttpResponse<String> response =
                client.snapshot(EMULATOR.get().apiKey(), EMULATOR.get().scopedApplicationKey(), metricQuery("avg:a{*}"));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(json(response).get("errors").get(0).asText()).contains("scoped application keys");
    }

    @Test
    void shouldValidateApiKeyAlone() {
        HttpResponse<String> valid = client.getText("/api/v1/validate", keys(EMULATOR.get().apiKey(), null));
        HttpResponse<String> invalid = client.getText("/api/v1/validate", keys("nope", EMULATOR.get().applicationKey()));

        assertThat(valid.statusCode()).isEqualTo(200);
        assertThat(valid.body()).isEqualTo("{\"valid\":true}");
        assertThat(invalid.statusCode()).isEqualTo(403);
        assertThat(invalid.body()).isEqualTo("{\"errors\":[\"Forbidden\"]}");
    }

    @Test
    void shouldAnswerLikeDatadogOnSuccess() {
        HttpResponse<String> response = client.snapshot(metricQuery("avg:system.load.1{*}"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode body = json(response);
        assertThat(body.get("graph_def").isNull()).isTrue();
        assertThat(body.get("metric_query").asText()).isEqualTo("avg:system.load.1{*}");
        assertThat(body.get("snapshot_url").asText()).matches(
                EMULATOR.get().baseUrl() + "/snapshot/view/dd-snapshots-emulator/org_1/2023-11-14/[0-9a-f]{40}\\.png");
    }

    @Test
    void shouldEchoGraphDef() {
        String graphDef = "{\"viz\":\"timeseries\",\"requests\":[{\"q\":\"avg:system.cpu.user{*}\"}]}";
        JsonNode body = json(client.snapshot(with(metricQuery("ignored"), "graph_def", graphDef)));

        assertThat(body.get("graph_def").asText()).isEqualTo(graphDef);
        assertThat(body.get("metric_query").asText()).isEqualTo("ignored");
    }

    @Test
    void shouldMakeNewSnapshotForEveryCall() {
        String first = client.createSnapshot(metricQuery("avg:a{*}"));
        String second = client.createSnapshot(metricQuery("avg:a{*}"));

        assertThat(first).isNotEqualTo(second);
    }

    @Test
    void shouldServePlaceholderUntilRendered() {
        String url = client.createSnapshot(with(metricQuery("avg:trace.http.request.duration{*}"), "width", "640"));

        HttpResponse<byte[]> early = client.download(url);
        CLOCK.advance(Duration.ofMillis(2999));
        HttpResponse<byte[]> stillEarly = client.download(url);

        for (HttpResponse<byte[]> response : List.of(early, stillEarly)) {
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
            assertThat(response.body().length).isBetween(70, 180);
            assertThat(Pngs.size(response.body())).containsExactly(1, 1);
            assertThat(Pngs.decode(response.body())).isNotNull();
        }
    }

    @Test
    void shouldServeChartOfRequestedSizeOnceRendered() {
        Map<String, String> params = with(with(metricQuery("avg:system.cpu.user{*}"), "width", "640"), "height", "320");
        String url = client.createSnapshot(params);
        CLOCK.advance(Duration.ofSeconds(3));

        HttpResponse<byte[]> response = client.download(url);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(response.headers().firstValueAsLong("Content-Length")).hasValue(response.body().length);
        assertThat(Pngs.size(response.body())).containsExactly(640, 320);
        assertThat(Pngs.decode(response.body()).getWidth()).isEqualTo(640);
    }

    @Test
    void shouldRenderDefaultSizeWhenNoneRequested() {
        String url = client.createSnapshot(metricQuery("avg:system.load.1{*}"));
        CLOCK.advance(Duration.ofSeconds(3));

        assertThat(Pngs.size(client.download(url).body())).containsExactly(800, 400);
    }

    @Test
    void shouldRenderSameBytesForSameRequest() {
        Map<String, String> params = with(metricQuery("avg:trace.http.request.duration{*}"), "event_query", "deploy");
        String first = client.createSnapshot(params);
        String second = client.createSnapshot(params);
        String other = client.createSnapshot(metricQuery("avg:trace.http.request.duration{env:prod}"));
        CLOCK.advance(Duration.ofSeconds(3));

        byte[] firstImage = client.download(first).body();
        assertThat(client.download(second).body()).isEqualTo(firstImage);
        assertThat(client.download(first).body()).isEqualTo(firstImage);
        assertThat(client.download(other).body()).isNotEqualTo(firstImage);
    }

    @Test
    void shouldServeSameImageToConcurrentDownloads() {
        String url = client.createSnapshot(metricQuery("avg:system.cpu.user{*},avg:system.cpu.system{*}"));
        CLOCK.advance(Duration.ofSeconds(3));

        List<CompletableFuture<byte[]>> downloads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            downloads.add(CompletableFuture.supplyAsync(() -> client.download(url).body()));
        }
        byte[] first = downloads.get(0).join();

        assertThat(Pngs.size(first)).containsExactly(800, 400);
        assertThat(downloads).allSatisfy(download -> assertThat(download.join()).isEqualTo(first));
    }

    @Test
    void shouldReportStatusWhileRenderingAndWhenReady() {
        String url = client.createSnapshot(metricQuery("avg:a{*}"));

        HttpResponse<String> rendering = client.status(url);
        CLOCK.advance(Duration.ofSeconds(3));
        HttpResponse<String> ready = client.status(url);

        assertThat(rendering.statusCode()).isEqualTo(200);
        assertThat(rendering.body()).isEqualTo("{\"status_code\":403}");
        assertThat(ready.body()).isEqualTo("{\"status_code\":200}");
    }

    @Test
    void shouldRequireKeysForStatus() {
        String url = client.createSnapshot(metricQuery("avg:a{*}"));
        String key = url.substring(url.indexOf("/snapshot/view/") + 15, url.length() - 4);

        HttpResponse<String> response =
                client.getText("/api/v1/graph/snapshot_status/" + key, keys(EMULATOR.get().apiKey(), null));

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void shouldAnswerNotFoundForUnknownSnapshots() {
        Map<String, String> keys = keys(EMULATOR.get().apiKey(), EMULATOR.get().applicationKey());

        HttpResponse<String> status = client.getText("/api/v1/graph/snapshot_status/dd-snapshots-emulator/org_1/x", keys);
        HttpResponse<String> image =
                client.getText("/snapshot/view/dd-snapshots-emulator/org_1/2024-01-01/abc.png", Map.of());

        assertThat(status.statusCode()).isEqualTo(404);
        assertThat(status.body()).isEqualTo("{\"errors\":[\"Snapshot not found\"]}");
        assertThat(image.statusCode()).isEqualTo(404);
    }

    @Test
    void shouldAnswerNotFoundAndMethodNotAllowed() throws Exception {
        HttpResponse<String> unknown = client.getText("/api/v2/whatever", Map.of());
        HttpResponse<String> post = EmulatorClient.HTTP.send(
                HttpRequest.newBuilder(EMULATOR.get().baseUrl().resolve("/api/v1/graph/snapshot"))
                        .POST(HttpRequest.BodyPublishers.ofString("{}")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(json(unknown).get("errors").isArray()).isTrue();
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET");
    }
}

package io.github.datadogsnapshot.emulator;

import static io.github.datadogsnapshot.emulator.EmulatorClient.HTTP;
import static io.github.datadogsnapshot.emulator.EmulatorClient.JSON;
import static io.github.datadogsnapshot.emulator.EmulatorClient.json;
import static io.github.datadogsnapshot.emulator.EmulatorClient.keys;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class V2SnapshotEndpointTest {

    static final MutableClock CLOCK = MutableClock.at("2024-05-01T10:00:00Z");
    static final long END_MS = Instant.parse("2024-05-01T10:00:00Z").toEpochMilli();
    static final long START_MS = END_MS - 1_800_000;
    static final String WIDGET = "{\"type\":\"timeseries\",\"title\":\"p99 on $env\",\"requests\":[{"
            + "\"response_format\":\"timeseries\",\"queries\":[{\"data_source\":\"metrics\",\"name\":\"a\","
            + "\"query\":\"p99:trace.http.request{$env}\"}],\"formulas\":[{\"formula\":\"a\"}]}]}";

    @RegisterExtension
    static final DatadogEmulatorExtension EMULATOR =
            new DatadogEmulatorExtension(DatadogEmulator.builder().clock(CLOCK).renderDelay(Duration.ofSeconds(3)));

    @BeforeEach
    void setUp() {
        EMULATOR.get().reset();
    }

    static String body(long start, long end, String widget, boolean authenticated) {
        return "{\"data\":{\"type\":\"create_snapshot\",\"attributes\":{\"start\":" + start + ",\"end\":" + end
                + ",\"widget_definition\":" + widget + ",\"width\":600,\"height\":300,\"is_authenticated\":"
                + authenticated + ",\"ttl\":\"30d\",\"additional_config\":{\"template_variables\":["
                + "{\"name\":\"env\",\"prefix\":\"env\",\"values\":[\"perf\"]}]}}}}";
    }

    static HttpResponse<String> post(String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(EMULATOR.get().baseUrl() + "/api/v2/snapshot"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<byte[]> get(String url, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static Map<String, String> goodKeys() {
        return keys(EMULATOR.get().apiKey(), EMULATOR.get().applicationKey());
    }

    @Test
    void shouldAnswerAnAuthenticatedUrlThatIsPendingJsonThenAPng() throws Exception {
        HttpResponse<String> created = post(body(START_MS, END_MS, WIDGET, true), goodKeys());

        assertThat(created.statusCode()).isEqualTo(200);
        JsonNode data = json(created).get("data");
        assertThat(data.get("type").asText()).isEqualTo("create_snapshot");
        assertThat(data.get("id").asText()).matches("[0-9a-f-]{36}");
        String url = data.get("attributes").get("url").asText();
        assertThat(url).startsWith(EMULATOR.get().baseUrl() + "/api/v2/snapshot/view/authenticated/30d/").endsWith(".png");

        HttpResponse<byte[]> pending = get(url, goodKeys());
        assertThat(pending.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(pending.body()).at("/data/attributes/status").asText()).isEqualTo("pending");

        CLOCK.advance(Duration.ofSeconds(3));
        HttpResponse<byte[]> ready = get(url, goodKeys());
        assertThat(ready.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(Pngs.size(ready.body())).containsExactly(600, 300);

        assertThat(get(url, Map.of()).statusCode()).isEqualTo(403);
        assertThat(get(url.replace("/authenticated/", "/public/"), goodKeys()).statusCode()).isEqualTo(404);
    }

    @Test
    void shouldServeAPublicImageWithoutKeys() throws Exception {
        String url = json(post(body(START_MS, END_MS, WIDGET, false), goodKeys())).at("/data/attributes/url").asText();
        CLOCK.advance(Duration.ofSeconds(3));

        assertThat(url).contains("/api/v2/snapshot/view/public/30d/");
        HttpResponse<byte[]> image = get(url, Map.of());
        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(Pngs.hasSignature(image.body())).isTrue();
    }

    @Test
    void shouldAnswer404WithoutThePreview() throws Exception {
        EMULATOR.get().v2SnapshotPreview(false);

        HttpResponse<String> response = post(body(START_MS, END_MS, WIDGET, true), goodKeys());

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).at("/errors/0/status").asText()).isEqualTo("404");
        EMULATOR.get().reset();
        assertThat(post(body(START_MS, END_MS, WIDGET, true), goodKeys()).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldRefuseBadBodiesAndKeys() throws Exception {
        assertThat(post(body(START_MS, END_MS, WIDGET, true), keys("wrong", "wrong")).statusCode()).isEqualTo(403);
        HttpResponse<String> seconds = post(body(START_MS / 1000, END_MS / 1000, WIDGET, true), goodKeys());
        assertThat(seconds.statusCode()).isEqualTo(400);
        assertThat(json(seconds).at("/errors/0/detail").asText())
                .isEqualTo("'start' (" + START_MS / 1000 + ") is not in milliseconds since the epoch");
        assertThat(json(post(body(START_MS, END_MS, "{\"type\":\"note\"}", true), goodKeys()))
                .at("/errors/0/detail").asText()).isEqualTo("'widget_definition' must have a non-empty 'requests' array");
        assertThat(post("{", goodKeys()).statusCode()).isEqualTo(400);
        assertThat(get(EMULATOR.get().baseUrl() + "/api/v2/snapshot", goodKeys()).statusCode()).isEqualTo(405);
    }

    @Test
    void shouldRecordTheRequests() throws Exception {
        post(body(START_MS, END_MS, WIDGET, true), goodKeys());

        assertThat(EMULATOR.get().requests()).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo("POST");
            assertThat(r.path()).isEqualTo("/api/v2/snapshot");
            assertThat(r.status()).isEqualTo(200);
        });
    }

    @Test
    void shouldWriteTheTemplateVariablesIntoTheDrawnQueries() {
        Map<String, String> params = V2SnapshotBodyCheck.classicParams(readAttributes());

        assertThat(params.get("graph_def")).contains("p99:trace.http.request{env:perf}").contains("p99 on env:perf");
        assertThat(params).containsEntry("start", String.valueOf(START_MS / 1000)).containsEntry("width", "600");
    }

    private static JsonNode readAttributes() {
        try {
            return JSON.readTree(body(START_MS, END_MS, WIDGET, true)).at("/data/attributes");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}

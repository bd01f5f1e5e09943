package io.github.datadogsnapshot.emulator;

import static io.github.datadogsnapshot.emulator.EmulatorClient.json;
import static io.github.datadogsnapshot.emulator.EmulatorClient.metricQuery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FaultsTest {

    static final MutableClock CLOCK = MutableClock.at("2024-05-01T10:00:00Z");

    @RegisterExtension
    static final DatadogEmulatorExtension EMULATOR =
            new DatadogEmulatorExtension(DatadogEmulator.builder().clock(CLOCK).renderDelay(Duration.ofSeconds(2)));

    EmulatorClient client;
    Faults faults;

    @BeforeEach
    void setUp() {
        client = new EmulatorClient(EMULATOR.get());
        faults = EMULATOR.get().faults();
    }

    @Test
    void shouldAnswerServerErrorsToTheNextApiRequests() {
        String url = client.createSnapshot(metricQuery("avg:a{*}"));
        faults.serverErrors(2);

        HttpResponse<byte[]> image = client.download(url); // not under /api/: unaffected
        HttpResponse<String> first = client.snapshot(metricQuery("avg:a{*}"));
        HttpResponse<String> second = client.status(url);
        HttpResponse<String> third = client.snapshot(metricQuery("avg:a{*}"));

        assertThat(image.statusCode()).isEqualTo(200);
        assertThat(first.statusCode()).isEqualTo(500);
        assertThat(first.body()).isEqualTo("{\"errors\":[\"Internal Server Error\"]}");
        assertThat(second.statusCode()).isEqualTo(500);
        assertThat(third.statusCode()).isEqualTo(200);
    }

    @Test
    void shouldDelayAnswersInRealTime() throws Exception {
        faults.slowAnswers(Duration.ofMillis(300));
        HttpRequest impatient = HttpRequest.newBuilder(EMULATOR.get().baseUrl().resolve("/api/v1/validate"))
                .timeout(Duration.ofMillis(100))
                .build();
        HttpRequest patient = HttpRequest.newBuilder(EMULATOR.get().baseUrl().resolve("/api/v1/validate")).build();

        assertThatThrownBy(() -> EmulatorClient.HTTP.send(impatient, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(HttpTimeoutException.class);
        long started = System.nanoTime();
        assertThat(EmulatorClient.HTTP.send(patient, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void shouldDropConnectionsWithoutAnswer() throws Exception {
        // java.net.http retries an idempotent request once on a connection closed without answer.
        faults.dropConnections(2);
        HttpRequest request = HttpRequest.newBuilder(EMULATOR.get().baseUrl().resolve("/api/v1/validate")).build();

        assertThatThrownBy(() -> EmulatorClient.HTTP.send(request, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(IOException.class)
                .isNotInstanceOf(HttpTimeoutException.class)
                .hasMessageContaining("received no bytes");
        assertThat(EmulatorClient.HTTP.send(request, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
        assertThat(EMULATOR.get().requests()).extracting(RecordedRequest::status).containsExactly(0, 0, 403);
    }

    @Test
    void shouldCloseDroppedConnectionBeforeAnyByte() throws Exception {
        faults.dropConnections(1);
        try (Socket socket = new Socket("127.0.0.1", EMULATOR.get().port())) {
            socket.setSoTimeout(5000);
            socket.getOutputStream().write("GET /anything HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));

            assertThat(socket.getInputStream().read()).as("end of stream").isEqualTo(-1);
        }
    }

    @Test
    void shouldServeBrokenPngOnceReady() {
        faults.brokenPng(true);
        String url = client.createSnapshot(metricQuery("avg:a{*}"));

        byte[] placeholder = client.download(url).body();
        CLOCK.advance(Duration.ofSeconds(2));
        HttpResponse<byte[]> broken = client.download(url);

        assertThat(Pngs.size(placeholder)).containsExactly(1, 1);
        assertThat(broken.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(Pngs.hasSignature(broken.body())).isTrue();
        assertThat(Pngs.decode(broken.body())).isNull();
    }

    @Test
    void shouldPadImagesToRequestedSizeAndKeepThemValid() {
        faults.oversizedPng(3_000_000);
        String url = client.createSnapshot(metricQuery("avg:a{*}"));
        CLOCK.advance(Duration.ofSeconds(2));

        byte[] image = client.download(url).body();

        assertThat(image.length).isGreaterThanOrEqualTo(3_000_000);
        assertThat(Pngs.size(image)).containsExactly(800, 400);
        assertThat(Pngs.decode(image).getHeight()).isEqualTo(400);
    }

    @Test
    void shouldNameForeignHostInSnapshotUrl() {
        faults.foreignSnapshotHost("evil.example");
        String url = client.createSnapshot(metricQuery("avg:a{*}"));
        URI uri = URI.create(url);

        assertThat(uri.getHost()).isEqualTo("evil.example");
        assertThat(uri.getPath()).startsWith("/snapshot/view/dd-snapshots-emulator/org_1/");
        String local = EMULATOR.get().baseUrl() + uri.getPath();
        assertThat(client.download(local).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldNeverFinishRenderingWhenAsked() {
        faults.neverReady(true);
        String url = client.createSnapshot(metricQuery("avg:a{*}"));
        CLOCK.advance(Duration.ofDays(1));

        assertThat(Pngs.size(client.download(url).body())).containsExactly(1, 1);
        assertThat(json(client.status(url)).get("status_code").asInt()).isEqualTo(403);

        faults.neverReady(false);
        assertThat(Pngs.size(client.download(url).body())).containsExactly(800, 400);
    }

    @Test
    void shouldServeHtmlBeforeReadyWhenAsked() {
        faults.nonPngBeforeReady(true);
        String url = client.createSnapshot(metricQuery("avg:a{*}"));

        HttpResponse<byte[]> early = client.download(url);
        CLOCK.advance(Duration.ofSeconds(2));
        HttpResponse<byte[]> ready = client.download(url);

        assertThat(early.statusCode()).isEqualTo(200);
        assertThat(early.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(Pngs.hasSignature(early.body())).isFalse();
        assertThat(ready.headers().firstValue("Content-Type")).hasValue("image/png");
    }

    @Test
    void shouldClearFaultsOnReset() {
        faults.serverErrors(5).brokenPng(true).neverReady(true).foreignSnapshotHost("evil.example");

        EMULATOR.get().reset();
        String url = client.createSnapshot(metricQuery("avg:a{*}"));
        CLOCK.advance(Duration.ofSeconds(2));

        assertThat(URI.create(url).getHost()).isEqualTo("127.0.0.1");
        assertThat(Pngs.size(client.download(url).body())).containsExactly(800, 400);
    }

    @Test
    void shouldRefuseNonsensicalFaultValues() {
        assertThatThrownBy(() -> faults.serverErrors(-1)).hasMessageContaining("serverErrors");
        assertThatThrownBy(() -> faults.oversizedPng(-5)).hasMessageContaining("oversizedPng");
        assertThatThrownBy(() -> faults.foreignSnapshotHost("http://x/")).hasMessageContaining("host name");
        assertThatThrownBy(() -> faults.rateLimitReset(Duration.ZERO)).hasMessageContaining("future");
    }
}

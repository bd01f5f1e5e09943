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
import java.util.ArrayList;
import java.util.List;
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
    void shouldDelayOnlyTheAnswersUnderThePathPrefix() {
        String url = client.createSnapshot(metricQuery("avg:a{*}"));
        faults.slowAnswers(Duration.ofMillis(400), "/snapshot/view/");

        long started = System.nanoTime();
        client.status(url);
        Duration status = Duration.ofNanos(System.nanoTime() - started);
        started = System.nanoTime();
        client.download(url);
        Duration image = Duration.ofNanos(System.nanoTime() - started);

        assertThat(status).isLessThan(Duration.ofMillis(400));
        assertThat(image).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    @Test
    void shouldTrickleTheBodiesUnderThePathPrefix() throws Exception {
        faults.trickle(Duration.ofMillis(20), "/api/v1/validate");

        long started = System.nanoTime();
        Raw answer = Raw.get(EMULATOR.get().port(), "/api/v1/validate");
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(answer.body()).isEqualTo("{\"errors\":[\"Forbidden\"]}");
        assertThat(took).as("one byte every 20 ms").isGreaterThanOrEqualTo(Duration.ofMillis(20L * answer.body().length()));
        assertThat(Raw.get(EMULATOR.get().port(), "/api/v2/validate_keys").body()).isEqualTo("{\"errors\":[\"Forbidden\"]}");
    }

    @Test
    void shouldCloseTheConnectionHalfwayThroughTheBody() throws Exception {
        faults.dropMidBody("/api/v1/validate");

        Raw answer = Raw.get(EMULATOR.get().port(), "/api/v1/validate");

        assertThat(answer.head()).contains("HTTP/1.1 403", "Content-length: 24");
        assertThat(answer.body()).isEqualTo("{\"errors\":[\"");
    }

    @Test
    void shouldSendAnswersWithoutContentLength() throws Exception {
        faults.withoutContentLength(true);

        Raw answer = Raw.get(EMULATOR.get().port(), "/api/v1/validate");

        assertThat(answer.head()).containsIgnoringCase("Transfer-encoding: chunked").doesNotContainIgnoringCase("Content-length");
        assertThat(client.getText("/api/v1/validate", java.util.Map.of()).body()).isEqualTo("{\"errors\":[\"Forbidden\"]}");
    }

    @Test
    void shouldLeaveOutTheRateLimitHeadersWhenAProxyStripsThem() {
        HttpResponse<String> before = client.snapshot(metricQuery("avg:a{*}"));
        faults.withoutRateLimitHeaders(true);

        HttpResponse<String> after = client.snapshot(metricQuery("avg:a{*}"));

        assertThat(before.headers().firstValue("X-RateLimit-Remaining")).isPresent();
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(after.headers().map().keySet()).noneMatch(h -> h.toLowerCase(java.util.Locale.ROOT).startsWith("x-ratelimit-"));
    }

    @Test
    void shouldServeImagesClaimingHugeDimensions() {
        faults.hugeDimensions(true);
        String url = client.createSnapshot(metricQuery("avg:a{*}"));
        CLOCK.advance(Duration.ofSeconds(2));

        byte[] image = client.download(url).body();

        assertThat(Pngs.size(image)).containsExactly(100_000, 100_000);
        assertThat(image.length).isLessThan(1000);
    }

    @Test
    void shouldRedirectImagesToAnotherHost() {
        faults.redirectImages("evil.example");
        String url = client.createSnapshot(metricQuery("avg:a{*}"));

        HttpResponse<byte[]> answer = client.download(url);

        assertThat(answer.statusCode()).isEqualTo(302);
        assertThat(answer.headers().firstValue("Location")).hasValue(
                "http://evil.example:" + EMULATOR.get().port() + URI.create(url).getPath());
    }

    @Test
    void shouldDrawRandomFaultsRepeatablyAtTheGivenShare() {
        faults.randomFaults(0.1, 42);
        List<Faults.RandomFault> first = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            first.add(faults.switches().drawRandom(i % 2 == 0 ? "/api/v1/graph/snapshot" : "/snapshot/view/x.png"));
        }
        faults.randomFaults(0.1, 42);
        List<Faults.RandomFault> again = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            again.add(faults.switches().drawRandom(i % 2 == 0 ? "/api/v1/graph/snapshot" : "/snapshot/view/x.png"));
        }

        assertThat(again).isEqualTo(first);
        assertThat(first.stream().filter(java.util.Objects::nonNull).count()).isBetween(900L, 1100L);
        assertThat(faults.randomFaultsDrawn().values().stream().mapToInt(Integer::intValue).sum()).isBetween(900, 1100);
        assertThat(faults.randomFaultsDrawn()).containsOnlyKeys(Faults.RandomFault.values());
        for (int i = 0; i < first.size(); i += 2) {
            assertThat(first.get(i)).as("a broken PNG only for images").isNotEqualTo(Faults.RandomFault.BROKEN_PNG);
        }
    }

    @Test
    void shouldApplyTheRandomFaultDrawnForEachRequest() throws Exception {
        // A seed whose first draws hold no slow answer (2 s each) but a server error.
        long seed = 0;
        List<Faults.RandomFault> draws;
        do {
            faults.randomFaults(1, ++seed);
            draws = List.of(faults.switches().drawRandom("/api/"), faults.switches().drawRandom("/api/"), faults.switches().drawRandom("/api/"));
        } while (draws.contains(Faults.RandomFault.SLOW_ANSWER) || !draws.contains(Faults.RandomFault.SERVER_ERROR));
        faults.randomFaults(1, seed);

        for (Faults.RandomFault draw : draws) {
            Raw answer = Raw.get(EMULATOR.get().port(), "/api/v1/validate");
            switch (draw) {
                case SERVER_ERROR -> assertThat(answer.head()).startsWith("HTTP/1.1 500");
                case DROPPED_CONNECTION -> assertThat(answer.head()).isEmpty();
                case DROPPED_MID_BODY -> assertThat(answer.body()).isEqualTo("{\"errors\":[\"");
                default -> throw new AssertionError("not drawn for an API path: " + draw);
            }
        }
    }

    @Test
    void shouldRefuseNonsensicalFaultValues() {
        assertThatThrownBy(() -> faults.serverErrors(-1)).hasMessageContaining("serverErrors");
        assertThatThrownBy(() -> faults.oversizedPng(-5)).hasMessageContaining("oversizedPng");
        assertThatThrownBy(() -> faults.foreignSnapshotHost("http://x/")).hasMessageContaining("host name");
        assertThatThrownBy(() -> faults.rateLimitReset(Duration.ZERO)).hasMessageContaining("future");
        assertThatThrownBy(() -> faults.redirectImages("evil.example/x")).hasMessageContaining("redirectImages");
        assertThatThrownBy(() -> faults.randomFaults(1.5, 0)).hasMessageContaining("from 0 to 1");
    }

    /** An answer read from a raw socket until the server closes it: what a strict client would see. */
    record Raw(String head, String body) {
        static Raw get(int port, String path) throws IOException {
            try (Socket socket = new Socket("127.0.0.1", port)) {
                socket.setSoTimeout(5000);
                socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                        .getBytes(StandardCharsets.US_ASCII));
                String all = new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
                if (all.isEmpty()) {
                    return new Raw("", ""); // closed without an answer
                }
                int end = all.indexOf("\r\n\r\n");
                String head = all.substring(0, end);
                String body = all.substring(end + 4);
                if (head.toLowerCase(java.util.Locale.ROOT).contains("transfer-encoding: chunked")) {
                    StringBuilder plain = new StringBuilder();
                    int at = 0;
                    for (int size; (size = Integer.parseInt(body.substring(at, body.indexOf("\r\n", at)).trim(), 16)) > 0; ) {
                        at = body.indexOf("\r\n", at) + 2;
                        plain.append(body, at, at + size);
                        at += size + 2;
                    }
                    body = plain.toString();
                }
                return new Raw(head, body);
            }
        }
    }
}

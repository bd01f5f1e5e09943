package io.github.datadogsnapshot.client.engine;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.datadogsnapshot.client.exception.ClientSideException;
import io.github.datadogsnapshot.client.exception.SnapshotTimeoutException;
import io.github.datadogsnapshot.client.transport.V2NotAvailableException;
import io.github.datadogsnapshot.emulator.DatadogEmulator;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The v2 snapshot request and its content-based poll, against a scripted server (each request gets the next scripted
 * answer, whatever the time) and once against the emulator.
 */
class V2SnapshotsTest {

    static final String VIEW = "/api/v2/snapshot/view/authenticated/30d/6b3e.png";
    static final String PENDING = "{\"data\":{\"attributes\":{\"status\":\"pending\"}}}";
    static final String API_KEY = "secret-api-7f3";

    @TempDir
    Path dir;

    record Scripted(int status, String type, byte[] body) {
        static Scripted json(int status, String body) {
            return new Scripted(status, "application/json", body.getBytes(StandardCharsets.UTF_8));
        }
    }

    final Deque<Scripted> creates = new ArrayDeque<>();
    final Deque<Scripted> looks = new ArrayDeque<>();
    final List<String> seen = new CopyOnWriteArrayList<>();
    /** Run on each look, before it is answered. */
    Runnable onLook = () -> { };
    HttpServer server;
    V2Harness harness;
    DatadogEmulator emulator;

    @AfterEach
    void tearDown() throws IOException {
        if (harness != null) {
            harness.close();
        }
        if (server != null) {
            server.stop(0);
        }
        if (emulator != null) {
            emulator.close();
        }
    }

    static byte[] png(int width, int height) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    String base() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    String created(String url) {
        return "{\"data\":{\"id\":\"6b3e\",\"type\":\"create_snapshot\",\"attributes\":{\"url\":\"" + url + "\"}}}";
    }

    V2Snapshots start(Clock clock) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::answer);
        server.start();
        harness = new V2Harness(base(), API_KEY, "secret-app-9c1", clock);
        return harness.snapshots();
    }

    private void answer(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        seen.add(exchange.getRequestMethod() + " " + path + " key=" + exchange.getRequestHeaders().getFirst("DD-API-KEY")
                + (body.isEmpty() ? "" : " " + body));
        Scripted next;
        if (path.equals("/api/v2/snapshot")) {
            next = creates.poll();
        } else {
            onLook.run();
            next = looks.isEmpty() ? Scripted.json(200, PENDING) : looks.poll();
        }
        if (next == null) {
            next = Scripted.json(500, "{\"errors\":[\"nothing scripted\"]}");
        }
        exchange.getResponseHeaders().set("Content-Type", next.type());
        exchange.sendResponseHeaders(next.status(), next.body().length == 0 ? -1 : next.body().length);
        exchange.getResponseBody().write(next.body());
        exchange.close();
    }

    static Clock frozen() {
        return Clock.fixed(V2Harness.NOW, ZoneOffset.UTC);
    }

    V2SnapshotJob.Outcome run(V2Snapshots snapshots) throws Exception {
        V2SnapshotJob.Outcome outcome = snapshots.start(V2Harness.GRAPH, V2Harness.BODY, dir.resolve("latency.png"),
                V2Harness.NOW.plusSeconds(60), harness.listener).result().get(30, TimeUnit.SECONDS);
        String said = (outcome.failure() == null ? "" : String.valueOf(outcome.failure().getMessage())) + harness.heard;
        assertThat(said).as("no key in a message").doesNotContain(API_KEY).doesNotContain("secret-app-9c1");
        return outcome;
    }

    @Test
    void shouldLookAgainWhilePendingOrPlaceholderAndStoreThePng() throws Exception {
        V2Snapshots snapshots = start(frozen());
        creates.add(Scripted.json(200, created(base() + VIEW)));
        looks.add(Scripted.json(200, PENDING));
        looks.add(new Scripted(200, "image/png", png(1, 1)));
        looks.add(new Scripted(200, "image/png", png(400, 200)));

        V2SnapshotJob.Outcome outcome = run(snapshots);

        assertThat(outcome.failure()).isNull();
        assertThat(outcome.image().checks()).isEqualTo(3);
        assertThat(outcome.image().width()).isEqualTo(400);
        assertThat(Files.readAllBytes(dir.resolve("latency.png"))).isEqualTo(png(400, 200));
        assertThat(seen.get(0)).startsWith("POST /api/v2/snapshot key=" + API_KEY
                + " {\"data\":{\"type\":\"create_snapshot\","
                + "\"attributes\":{\"start\":" + V2Harness.WINDOW.start().toEpochMilli());
        assertThat(seen.subList(1, 4)).containsOnly("GET " + VIEW + " key=" + API_KEY);
    }

    @Test
    void shouldFailWithDatadogsWordsWhenTheSnapshotFailed() throws Exception {
        V2Snapshots snapshots = start(frozen());
        creates.add(Scripted.json(200, created(base() + VIEW)));
        looks.add(Scripted.json(200, PENDING));
        looks.add(Scripted.json(200, "{\"data\":{\"attributes\":{\"status\":\"failed\",\"error\":\"render error\"}}}"));

        V2SnapshotJob.Outcome outcome = run(snapshots);

        assertThat(outcome.failure()).isInstanceOf(ClientSideException.class).hasMessage("graph 'latency': the v2"
                + " snapshot's image failed: Datadog reports the snapshot as 'failed': render error; nothing was stored");
        assertThat(dir.resolve("latency.png")).doesNotExist();
    }

    @Test
    void shouldFailClearlyOnALoginPage() throws Exception {
        V2Snapshots snapshots = start(frozen());
        creates.add(Scripted.json(200, created(base() + VIEW)));
        looks.add(new Scripted(200, "text/html", "<html><a href=/login>Log in</a></html>".getBytes(StandardCharsets.UTF_8)));

        assertThat(run(snapshots).failure()).hasMessageContaining("a login page (HTML) instead of the image");
    }

    @Test
    void shouldRefuseAnImageUrlOnAnotherHostWithoutAskingIt() throws Exception {
        V2Snapshots snapshots = start(frozen());
        creates.add(Scripted.json(200, created("http://localhost:" + server.getAddress().getPort() + VIEW)));

        V2SnapshotJob.Outcome outcome = run(snapshots);

        assertThat(outcome.failure()).hasMessageContaining("not to the API host http://127.0.0.1:");
        assertThat(seen).hasSize(1).allMatch(line -> line.startsWith("POST "));
    }

    @Test
    void shouldTellThatV2IsNotAvailableOn404And403() throws Exception {
        V2Snapshots snapshots = start(frozen());
        creates.add(Scripted.json(404, "{\"errors\":[{\"status\":\"404\",\"detail\":\"Not found\"}]}"));
        creates.add(Scripted.json(403, "{\"errors\":[\"Forbidden\"]}"));

        assertThat(run(snapshots).failure()).isInstanceOf(V2NotAvailableException.class);
        assertThat(run(snapshots).failure()).isInstanceOf(V2NotAvailableException.class);
        assertThat(seen).hasSize(2);
    }

    @Test
    void shouldRetryAServerErrorAndSayso() throws Exception {
        V2Snapshots snapshots = start(frozen());
        creates.add(Scripted.json(503, "{\"errors\":[\"Service Unavailable\"]}"));
        creates.add(Scripted.json(200, created(base() + VIEW)));
        looks.add(new Scripted(200, "image/png", png(400, 200)));

        assertThat(run(snapshots).image()).isNotNull();
        assertThat(harness.heard).singleElement().asString().startsWith("retrying latency: Datadog answered 503");
    }

    @Test
    void shouldGiveUpWhenTheDeadlinePassesWhilePendingAndTellTheWaits() throws Exception {
        V2Harness.SteppedClock clock = new V2Harness.SteppedClock();
        V2Snapshots snapshots = start(clock);
        onLook = () -> clock.advance(Duration.ofSeconds(15)); // each look takes 15 s of the client's clock
        creates.add(Scripted.json(200, created(base() + VIEW)));

        V2SnapshotJob.Outcome outcome = snapshots.start(V2Harness.GRAPH, V2Harness.BODY, dir.resolve("latency.png"),
                clock.instant().plusSeconds(60), harness.listener).result().get(30, TimeUnit.SECONDS);

        assertThat(outcome.failure()).isInstanceOf(SnapshotTimeoutException.class)
                .hasMessageContaining("last answer: JSON status 'pending'");
        assertThat(harness.heard).contains("still rendering latency: JSON status 'pending'");
        assertThat(seen.size()).isBetween(4, 6);
    }

    @Test
    void shouldStoreTheEmulatorsImageAndTellWhenItHasNoPreview() throws Exception {
        emulator = DatadogEmulator.builder().renderDelay(Duration.ZERO).build().start();
        harness = new V2Harness(emulator.baseUrl().toString(), emulator.apiKey(), emulator.applicationKey(),
                Clock.systemUTC());
        V2Snapshots snapshots = harness.snapshots();

        V2SnapshotJob.Outcome stored = snapshots.start(V2Harness.GRAPH, V2Harness.BODY, dir.resolve("a.png"),
                Clock.systemUTC().instant().plusSeconds(60), harness.listener).result().get(30, TimeUnit.SECONDS);

        assertThat(stored.failure()).isNull();
        assertThat(stored.image().width()).isEqualTo(400);
        assertThat(emulator.requestCount("/api/v2/snapshot/view/authenticated/30d/")).isEqualTo(1);

        emulator.v2SnapshotPreview(false);
        V2SnapshotJob.Outcome refused = snapshots.start(V2Harness.GRAPH, V2Harness.BODY, dir.resolve("b.png"),
                Clock.systemUTC().instant().plusSeconds(60), harness.listener).result().get(30, TimeUnit.SECONDS);

        assertThat(refused.failure()).isInstanceOf(V2NotAvailableException.class)
                .hasMessageContaining("Datadog answered 404");
        assertThat(emulator.requestCount("/api/v2/snapshot/view/")).isEqualTo(1);
    }
}

package io.jenkins.plugins.datadogsnapshot;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.github.datadogsnapshot.client.config.ApiEndpoint;
import io.github.datadogsnapshot.client.config.Credentials;
import io.github.datadogsnapshot.emulator.DatadogEmulator;
import io.github.datadogsnapshot.emulator.DatadogEmulatorExtension;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class ConnectionCheckTest {

    @RegisterExtension
    static final DatadogEmulatorExtension EMULATOR =
            new DatadogEmulatorExtension(DatadogEmulator.builder().renderDelay(Duration.ZERO));

    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() {
        if (server != null) {
            server.stop(0);
        }
    }

    private static ConnectionCheck check(String baseUrl) {
        return new ConnectionCheck(ApiEndpoint.custom(baseUrl), Duration.ofSeconds(5), null);
    }

    /** A proxy that forwards only the snapshot API: no /api/v2/validate_keys, and a redirect under /moved. */
    private String proxyWithoutKeyValidation() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            requests.add(exchange.getRequestURI().getPath());
            switch (exchange.getRequestURI().getPath()) {
                case "/api/v1/validate" -> answer(exchange, 200);
                case "/moved/api/v1/validate" -> {
                    exchange.getResponseHeaders().add("Location", "/api/v1/validate");
                    answer(exchange, 302);
                }
                default -> answer(exchange, 404);
            }
        });
        server.start();
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private static void answer(HttpExchange exchange, int status) throws IOException {
        exchange.sendResponseHeaders(status, -1);
        exchange.close();
    }

    @Test
    void shouldConfirmBothKeysWithoutCreatingASnapshot() {
        DatadogEmulator emulator = EMULATOR.get();

        ConnectionCheck.Result result = check(emulator.baseUrl().toString())
                .check(Credentials.of(emulator.apiKey(), emulator.applicationKey()));

        assertThat(result.outcome()).isEqualTo(ConnectionCheck.Outcome.OK);
        assertThat(result.message()).startsWith("Both keys are valid").contains("scoped application keys");
        assertThat(emulator.requestCount("/api/v1/graph/snapshot")).isZero();
    }

    @Test
    void shouldSayWhichKeyIsWrong() {
        DatadogEmulator emulator = EMULATOR.get();

        ConnectionCheck.Result api =
                check(emulator.baseUrl().toString()).check(Credentials.of("wrong-api-key", emulator.applicationKey()));
        ConnectionCheck.Result app =
                check(emulator.baseUrl().toString()).check(Credentials.of(emulator.apiKey(), "bad-app-key"));

        assertThat(api.outcome()).isEqualTo(ConnectionCheck.Outcome.ERROR);
        assertThat(api.message()).startsWith("The API key is wrong").doesNotContain("wrong-api-key");
        assertThat(app.outcome()).isEqualTo(ConnectionCheck.Outcome.ERROR);
        assertThat(app.message())
                .startsWith("The API key is valid, but the application key is wrong")
                .doesNotContain("bad-app-key");
    }

    @Test
    void shouldWarnThatTheApplicationKeyIsUncheckedWhereTheEndpointCannotCheckIt() throws IOException {
        ConnectionCheck.Result result = check(proxyWithoutKeyValidation()).check(Credentials.of("api-key", "app-key"));

        assertThat(result.outcome()).isEqualTo(ConnectionCheck.Outcome.WARNING);
        assertThat(result.message()).startsWith("The API key is valid. The application key was not checked");
        assertThat(requests).containsExactly("/api/v1/validate", "/api/v2/validate_keys");
    }

    @Test
    void shouldNotFollowRedirectsWithTheKeys() throws IOException {
        String base = proxyWithoutKeyValidation();

        ConnectionCheck.Result result = check(base + "/moved").check(Credentials.of("api-key", "app-key"));

        assertThat(result.outcome()).isEqualTo(ConnectionCheck.Outcome.ERROR);
        assertThat(result.message()).contains("answered HTTP 302");
        assertThat(requests).containsExactly("/moved/api/v1/validate");
    }

    @Test
    void shouldSayWhenTheEndpointCannotBeReached() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        ConnectionCheck.Result result =
                check("http://127.0.0.1:" + closedPort).check(Credentials.of("api-key", "app-key"));

        assertThat(result.outcome()).isEqualTo(ConnectionCheck.Outcome.ERROR);
        assertThat(result.message()).startsWith("Could not reach http://127.0.0.1:" + closedPort);
    }
}

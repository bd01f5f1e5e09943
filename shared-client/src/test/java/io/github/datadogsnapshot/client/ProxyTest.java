package io.github.datadogsnapshot.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.datadogsnapshot.client.config.ApiEndpoint;
import io.github.datadogsnapshot.client.config.ClientSettings;
import io.github.datadogsnapshot.client.config.Credentials;
import io.github.datadogsnapshot.client.config.KeyCheck;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ProxyTest {

    @Test
    void shouldSendEveryRequestThroughTheProxy() throws Exception {
        List<String> requestLines = new CopyOnWriteArrayList<>();
        try (ServerSocket proxy = new ServerSocket(0)) {
            Thread answering = new Thread(() -> answer(proxy, requestLines, 2));
            answering.start();
            ClientSettings settings = ClientSettings.builder(ApiEndpoint.custom("http://api.datadog.invalid"),
                    Credentials.of("a", "b")).proxy("http://127.0.0.1:" + proxy.getLocalPort()).build();
            try (SnapshotClient client = new SnapshotClient(settings)) {
                assertThat(client.checkKeys().verdict()).isEqualTo(KeyCheck.Verdict.BOTH_VALID);
            }
            answering.join(5000);
        }
        assertThat(requestLines).containsExactly("GET http://api.datadog.invalid/api/v1/validate HTTP/1.1",
                "GET http://api.datadog.invalid/api/v2/validate_keys HTTP/1.1");
    }

    @Test
    void shouldAuthenticateAtTheProxyWhenItAsks() throws Exception {
        List<String> authorizations = new CopyOnWriteArrayList<>();
        try (ServerSocket proxy = new ServerSocket(0)) {
            Thread answering = new Thread(() -> answerWithChallenge(proxy, authorizations));
            answering.start();
            ClientSettings settings = ClientSettings.builder(ApiEndpoint.custom("http://api.datadog.invalid"),
                    Credentials.of("a", "b")).proxy("http://127.0.0.1:" + proxy.getLocalPort())
                    .proxyCredentials("ci", "proxy-secret".toCharArray()).build();
            try (SnapshotClient client = new SnapshotClient(settings)) {
                assertThat(client.checkKeys().verdict()).isEqualTo(KeyCheck.Verdict.BOTH_VALID);
            }
            answering.join(5000);
            assertThat(settings.toString()).doesNotContain("proxy-secret");
        }
        String expected = "Proxy-Authorization: Basic " + java.util.Base64.getEncoder()
                .encodeToString("ci:proxy-secret".getBytes(StandardCharsets.US_ASCII));
        assertThat(authorizations).first().isEqualTo("none");
        assertThat(authorizations).contains(expected);
    }

    @Test
    void shouldRefuseProxyCredentialsWithoutAProxy() {
        ClientSettings.Builder b = ClientSettings.builder(ApiEndpoint.site("datadoghq.com"), Credentials.of("a", "b"))
                .proxyCredentials("ci", "x".toCharArray());
        assertThatThrownBy(b::build).hasMessage("proxyCredentials: given without a proxy");
    }

    /** A proxy that answers 407 to requests without credentials and 200 to two with them; one connection each. */
    private static void answerWithChallenge(ServerSocket proxy, List<String> authorizations) {
        for (int answered = 0; answered < 2; ) {
            try (Socket s = proxy.accept()) {
                BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
                in.readLine();
                String authorization = "none";
                for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                    if (line.regionMatches(true, 0, "Proxy-Authorization:", 0, 20)) {
                        authorization = line;
                    }
                }
                authorizations.add(authorization);
                OutputStream out = s.getOutputStream();
                if (authorization.equals("none")) {
                    out.write(("HTTP/1.1 407 Proxy Authentication Required\r\nProxy-Authenticate: Basic realm=\"ci\"\r\n"
                            + "Connection: close\r\nContent-Length: 0\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
                } else {
                    answered++;
                    answerBothKeysValid(out);
                }
                out.flush();
            } catch (Exception e) {
                return;
            }
        }
    }

    /** A proxy that answers {@code count} requests itself, one connection each. */
    private static void answer(ServerSocket proxy, List<String> requestLines, int count) {
        for (int i = 0; i < count; i++) {
            try (Socket s = proxy.accept()) {
                BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.US_ASCII));
                requestLines.add(in.readLine());
                for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
                    // headers are not needed
                }
                OutputStream out = s.getOutputStream();
                answerBothKeysValid(out);
                out.flush();
            } catch (Exception e) {
                return;
            }
        }
    }

    /** 200 with a body that both key checks read as valid. */
    private static void answerBothKeysValid(OutputStream out) throws java.io.IOException {
        byte[] body = "{\"valid\":true,\"status\":\"ok\"}".getBytes(StandardCharsets.US_ASCII);
        out.write(("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nConnection: close\r\nContent-Length: "
                + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
    }

    @ParameterizedTest
    @ValueSource(strings = {"proxy.example.com:3128", "https://proxy:3128", "http://proxy", "http://user:pw@proxy:3128",
        "http://proxy:3128/path"})
    void shouldRefuseProxiesThatAreNotHttpHostPort(String proxy) {
        ClientSettings.Builder b = ClientSettings.builder(ApiEndpoint.site("datadoghq.com"), Credentials.of("a", "b"));
        assertThatThrownBy(() -> b.proxy(proxy)).hasMessageStartingWith("proxy: ");
    }
}

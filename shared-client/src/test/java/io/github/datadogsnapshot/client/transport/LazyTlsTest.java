package io.github.datadogsnapshot.client.transport;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.datadogsnapshot.client.config.ApiEndpoint;
import io.github.datadogsnapshot.client.config.ClientSettings;
import io.github.datadogsnapshot.client.config.Credentials;
import java.net.URI;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import javax.net.ssl.SSLException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The TLS set-up is made on the first HTTPS connection, and then checks certificates as the default one does. */
class LazyTlsTest {

    @RegisterExtension
    static WireMockExtension api = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().dynamicHttpsPort()).build();

    @Test
    void shouldSpeakPlainHttpAndStillRefuseAnUntrustedCertificateOverHttps() throws Exception {
        api.stubFor(get(urlPathEqualTo("/api/v1/validate")).willReturn(okJson("{\"valid\":true}")));
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        String plain = "http://localhost:" + api.getRuntimeInfo().getHttpPort();
        ClientSettings settings = ClientSettings.builder(ApiEndpoint.custom(plain), Credentials.of("k1", "k2")).build();
        try (HttpTransport transport = new HttpTransport(settings, "test", new TaskRunner(timer))) {
            Instant deadline = Instant.now().plusSeconds(60);
            URI http = URI.create(plain + "/api/v1/validate");
            URI https = URI.create("https://localhost:" + api.getRuntimeInfo().getHttpsPort() + "/api/v1/validate");

            assertThat(transport.getJson(http, settings.credentials(), deadline, new Exchange()).status())
                    .isEqualTo(200);
            assertThatThrownBy(() -> transport.getJson(https, settings.credentials(), deadline, new Exchange()))
                    .as("WireMock's self-signed certificate").isInstanceOf(SSLException.class);
        } finally {
            timer.shutdownNow();
        }
    }
}

package io.github.datadogsnapshot.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.datadogsnapshot.client.config.ApiEndpoint;
import io.github.datadogsnapshot.client.config.ClientSettings;
import io.github.datadogsnapshot.client.config.Credentials;
import io.github.datadogsnapshot.client.config.KeyCheck;
import io.github.datadogsnapshot.emulator.DatadogEmulator;
import io.github.datadogsnapshot.emulator.DatadogEmulatorExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class KeyCheckTest {

    @RegisterExtension
    static DatadogEmulatorExtension emulator = new DatadogEmulatorExtension();

    @RegisterExtension
    static WireMockExtension proxyLike = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    static KeyCheck check(String baseUrl, String apiKey, String appKey) {
        try (SnapshotClient client = new SnapshotClient(ClientSettings.builder(ApiEndpoint.custom(baseUrl),
                Credentials.of(apiKey, appKey)).build())) {
            return client.checkKeys();
        }
    }

    @Test
    void shouldSayWhichKeyIsWrongWithoutCreatingASnapshot() {
        DatadogEmulator e = emulator.get();
        String base = e.baseUrl().toString();

        assertThat(check(base, e.apiKey(), e.applicationKey()).verdict()).isEqualTo(KeyCheck.Verdict.BOTH_VALID);
        KeyCheck api = check(base, "wrong-api-key", e.applicationKey());
        assertThat(api.verdict()).isEqualTo(KeyCheck.Verdict.API_KEY_WRONG);
        assertThat(api.message()).startsWith("The API key is wrong: " + base + " refused it (HTTP 403 from /api/v1/validate)");
        KeyCheck app = check(base, e.apiKey(), "wrong-app-key");
        assertThat(app.verdict()).isEqualTo(KeyCheck.Verdict.APPLICATION_KEY_WRONG);
        assertThat(app.isWrong()).isTrue();
        assertThat(app.message()).doesNotContain("wrong-app-key", e.apiKey());
        assertThat(check(base, e.apiKey(), e.scopedApplicationKey()).message())
                .as("scopes are invisible to the check; say so").contains("scoped application keys, which this check cannot see");
        assertThat(e.requestCount("/api/v1/graph/snapshot")).isZero();
    }

    @Test
    void shouldReportAnUncheckedApplicationKeyWhereTheEndpointIsMissing() {
        proxyLike.stubFor(get(urlPathEqualTo("/api/v1/validate")).willReturn(okJson("{\"valid\":true}")));
        proxyLike.stubFor(get(urlPathEqualTo("/api/v2/validate_keys")).willReturn(aResponse().withStatus(404)));

        KeyCheck result = check(proxyLike.baseUrl(), "a", "b");

        assertThat(result.verdict()).isEqualTo(KeyCheck.Verdict.APPLICATION_KEY_UNCHECKED);
        assertThat(result.isValid()).isFalse();
        assertThat(result.isWrong()).isFalse();
    }

    @Test
    void shouldSayWhenTheEndpointCannotBeReached() {
        KeyCheck result = check("http://127.0.0.1:1", "a", "b");
        assertThat(result.verdict()).isEqualTo(KeyCheck.Verdict.NOT_CHECKED);
        assertThat(result.message()).startsWith("Could not reach http://127.0.0.1:1: ");
    }
}

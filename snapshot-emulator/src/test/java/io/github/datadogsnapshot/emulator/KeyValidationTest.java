package io.github.datadogsnapshot.emulator;

import static io.github.datadogsnapshot.emulator.EmulatorClient.keys;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class KeyValidationTest {

    @RegisterExtension
    static final DatadogEmulatorExtension EMULATOR = new DatadogEmulatorExtension();

    @Test
    void shouldCheckOnlyTheApiKeyOnV1Validate() {
        EmulatorClient client = new EmulatorClient(EMULATOR.get());
        DatadogEmulator e = EMULATOR.get();

        assertThat(client.getText("/api/v1/validate", keys(e.apiKey(), null)).body()).isEqualTo("{\"valid\":true}");
        assertThat(client.getText("/api/v1/validate", keys(e.apiKey(), "wrong")).statusCode()).isEqualTo(200);
        assertThat(client.getText("/api/v1/validate", keys("wrong", e.applicationKey())).statusCode()).isEqualTo(403);
    }

    @Test
    void shouldCheckBothKeysOnV2ValidateKeysWithoutSeeingScopes() {
        EmulatorClient client = new EmulatorClient(EMULATOR.get());
        DatadogEmulator e = EMULATOR.get();

        HttpResponse<String> ok = client.getText("/api/v2/validate_keys", keys(e.apiKey(), e.applicationKey()));
        assertThat(ok.statusCode()).isEqualTo(200);
        assertThat(ok.body()).isEqualTo("{\"status\":\"ok\"}");
        assertThat(client.getText("/api/v2/validate_keys", keys(e.apiKey(), e.scopedApplicationKey())).statusCode()).isEqualTo(200);
        assertThat(client.getText("/api/v2/validate_keys", keys(e.apiKey(), "wrong")).statusCode()).isEqualTo(403);
        assertThat(client.getText("/api/v2/validate_keys", keys("wrong", e.applicationKey())).statusCode()).isEqualTo(403);
        assertThat(e.requestCount("/api/v1/graph/snapshot")).isZero();
    }
}

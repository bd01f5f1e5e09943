package io.github.datadogsnapshot.client.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CredentialsTest {

    @Test
    void shouldReadBothKeysFromTheEnvironment() {
        Credentials c = Credentials.fromEnvironment(Map.of("DD_API_KEY", " abc123 ", "DD_APP_KEY", "def456"));
        assertThat(c.apiKey()).isEqualTo("abc123");
        assertThat(c.applicationKey()).isEqualTo("def456");
    }

    @Test
    void shouldNameEveryMissingVariable() {
        assertThatThrownBy(() -> Credentials.fromEnvironment(Map.of()))
                .hasMessage("credentials: DD_API_KEY and DD_APP_KEY not set in the environment");
        assertThatThrownBy(() -> Credentials.fromEnvironment(Map.of("DD_API_KEY", "abc")))
                .hasMessage("credentials: DD_APP_KEY not set in the environment");
        assertThatThrownBy(() -> Credentials.fromEnvironment(Map.of("DD_APP_KEY", "abc", "DD_API_KEY", " ")))
                .hasMessage("credentials: DD_API_KEY not set in the environment");
    }

    @Test
    void shouldRefuseKeysThatCouldBreakAHeaderWithoutRepeatingThem() {
        assertThatThrownBy(() -> Credentials.of("secret-part1\r\nX-Evil: 1", "app"))
                .hasMessageContaining("API key contains a space, a control or a non-ASCII character")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("secret-part1"));
    }

    @Test
    void shouldMaskBothKeysInToString() {
        assertThat(Credentials.of("abcdef0123", "fedcba3210")).hasToString("Credentials[apiKey=****, applicationKey=****]");
    }

    @Test
    void shouldNameWhereTheKeysComeFromAndNeverTheKeys() {
        Credentials keys = Credentials.of("abcdef0123456789abcdef0123456789", "app0123456789");

        assertThat(keys.source()).isEqualTo("DD_API_KEY and DD_APP_KEY, or the configured credentials");
        Credentials named = keys.from("the Secret text credentials 'dd-api' and 'dd-app'");
        assertThat(named.source()).isEqualTo("the Secret text credentials 'dd-api' and 'dd-app'");
        assertThat(named.apiKey()).isEqualTo(keys.apiKey());
        assertThat(named.toString()).doesNotContain(keys.apiKey()).doesNotContain(keys.applicationKey());
        assertThatThrownBy(() -> keys.from(" ")).hasMessage("credentials: the source of the keys is empty");
    }
}

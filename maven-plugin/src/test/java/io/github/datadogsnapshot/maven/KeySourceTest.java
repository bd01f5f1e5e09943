package io.github.datadogsnapshot.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.datadogsnapshot.client.config.Credentials;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.DefaultSettingsProblem;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;
import org.junit.jupiter.api.Test;

class KeySourceTest {

    private static final Map<String, String> ENV = Map.of("DD_API_KEY", "env-api-key", "DD_APP_KEY", "env-app-key");

    /** Decrypts "{enc:x}" to "x", as Maven's decrypter does for values encrypted under the master password. */
    private static final SettingsDecrypter DECRYPTER = request -> {
        Server server = request.getServers().get(0).clone();
        server.setPassword(decrypt(server.getPassword()));
        server.setPassphrase(decrypt(server.getPassphrase()));
        return result(server, List.of());
    };

    private static String decrypt(String value) {
        return value != null && value.startsWith("{enc:") ? value.substring(5, value.length() - 1) : value;
    }

    private static SettingsDecryptionResult result(Server server, List<SettingsProblem> problems) {
        return new SettingsDecryptionResult() {
            @Override
            public Server getServer() {
                return server;
            }

            @Override
            public List<Server> getServers() {
                return List.of(server);
            }

            @Override
            public org.apache.maven.settings.Proxy getProxy() {
                return null;
            }

            @Override
            public List<org.apache.maven.settings.Proxy> getProxies() {
                return List.of();
            }

            @Override
            public List<SettingsProblem> getProblems() {
                return problems;
            }
        };
    }

    private static Settings settingsWith(String id, String password, String passphrase) {
        Server server = new Server();
        server.setId(id);
        server.setPassword(password);
        server.setPassphrase(passphrase);
        Settings settings = new Settings();
        settings.addServer(server);
        return settings;
    }

    @Test
    void shouldTakeTheEnvironmentWithoutServerId() throws Exception {
        Credentials keys = KeySource.resolve(null, null, DECRYPTER, ENV);

        assertThat(keys.apiKey()).isEqualTo("env-api-key");
        assertThat(keys.applicationKey()).isEqualTo("env-app-key");
    }

    @Test
    void shouldPreferTheServerAndDecryptBothKeys() throws Exception {
        Settings settings = settingsWith("datadog", "{enc:server-api-key}", "{enc:server-app-key}");

        Credentials keys = KeySource.resolve("datadog", settings, DECRYPTER, ENV);

        assertThat(keys.apiKey()).isEqualTo("server-api-key");
        assertThat(keys.applicationKey()).isEqualTo("server-app-key");
    }

    @Test
    void shouldSayWhichServerIsMissing() {
        assertThatThrownBy(() -> KeySource.resolve("datadog", new Settings(), DECRYPTER, ENV))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("datadog.serverId: settings.xml has no <server> with the id 'datadog'");
    }

    @Test
    void shouldNameTheMissingPassphraseButNoKey() {
        Settings settings = settingsWith("datadog", "{enc:server-api-key}", null);

        assertThatThrownBy(() -> KeySource.resolve("datadog", settings, DECRYPTER, ENV))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("The settings.xml server 'datadog' has no <passphrase> (the application key)")
                .message().doesNotContain("server-api-key");
    }

    @Test
    void shouldReportDecryptionProblems() {
        Settings settings = settingsWith("datadog", "{broken}", "{broken}");
        SettingsDecrypter failing = request -> result(request.getServers().get(0), List.of(new DefaultSettingsProblem(
                "Failed to decrypt password for server datadog: no master password", SettingsProblem.Severity.ERROR,
                "server: datadog", -1, -1, null)));

        assertThatThrownBy(() -> KeySource.resolve("datadog", settings, failing, ENV))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("Could not decrypt the keys of the settings.xml server 'datadog'")
                .hasMessageContaining("no master password");
    }

    @Test
    void shouldNameBothWaysWhenTheEnvironmentLacksAKey() {
        assertThatThrownBy(() -> KeySource.resolve(" ", null, DECRYPTER, Map.of("DD_API_KEY", "env-api-key")))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageStartingWith("No Datadog keys: credentials: DD_APP_KEY not set in the environment;")
                .hasMessageContaining("datadog.serverId")
                .message().doesNotContain("env-api-key");
    }
}

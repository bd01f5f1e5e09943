package io.jenkins.plugins.datadogsnapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.datadogsnapshot.client.SnapshotCapture;
import io.github.datadogsnapshot.client.SnapshotClient;
import io.github.datadogsnapshot.client.config.ApiEndpoint;
import io.github.datadogsnapshot.client.config.CaptureListener;
import io.github.datadogsnapshot.client.config.ClientSettings;
import io.github.datadogsnapshot.client.config.Credentials;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.graph.TimeWindow;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.emulator.DatadogEmulator;
import io.github.datadogsnapshot.emulator.DatadogEmulatorExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class KeyNamesTest {

    @RegisterExtension
    static final DatadogEmulatorExtension EMULATOR =
            new DatadogEmulatorExtension(DatadogEmulator.builder().renderDelay(Duration.ZERO));

    @TempDir
    Path folder;

    /** The client's own message for a 403, as a capture records it: what Jenkins users would otherwise read. */
    private ManifestEntry forbiddenCapture(Credentials keys) throws Exception {
        DatadogEmulator emulator = EMULATOR.get();
        ClientSettings settings = ClientSettings.builder(
                        ApiEndpoint.custom(emulator.baseUrl().toString()), keys)
                .timeout(Duration.ofSeconds(20))
                .build();
        TimeWindow window = new TimeWindow(Instant.now().minusSeconds(600), Instant.now());
        try (SnapshotClient client = new SnapshotClient(settings)) {
            return new SnapshotCapture(client)
                    .capture(
                            List.of(GraphSpec.builder()
                                    .metricQuery("avg:system.load.1{*}")
                                    .build()),
                            window,
                            folder,
                            CaptureListener.NONE)
                    .entries()
                    .get(0);
        }
    }

    private Credentials scopedKeys() {
        return Credentials.of(EMULATOR.get().apiKey(), EMULATOR.get().scopedApplicationKey());
    }

    @Test
    void shouldNameTheCredentialsInTheClientsAnswerTo403() throws Exception {
        ManifestEntry forbidden = forbiddenCapture(scopedKeys().from(KeyNames.of("dd-api", "dd-app")));

        assertThat(forbidden.error())
                .contains("403")
                .contains("(the Secret text credentials 'dd-api' and 'dd-app')")
                .doesNotContain(Credentials.API_KEY_VARIABLE)
                .doesNotContain(Credentials.APPLICATION_KEY_VARIABLE)
                .doesNotContain("or the configured credentials");
    }

    @Test
    void shouldNameTheVariablesWhenTheKeysComeFromNoCredentials() throws Exception {
        assertThat(forbiddenCapture(scopedKeys()).error())
                .contains("403")
                .contains("(" + Credentials.DEFAULT_SOURCE + ")");
    }

    @Test
    void shouldSayWhichIdIsNotConfigured() {
        assertThat(KeyNames.of(null, "dd-app")).isEqualTo("the Secret text credentials (none configured) and 'dd-app'");
    }
}

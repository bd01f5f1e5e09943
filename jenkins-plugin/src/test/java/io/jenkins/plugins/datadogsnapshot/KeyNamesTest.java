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

    private static final KeyNames NAMES = new KeyNames("dd-api", "dd-app");

    @TempDir
    Path folder;

    /** The client's own message for a 403, as a capture records it: what Jenkins users would otherwise read. */
    private ManifestEntry forbiddenCapture() throws Exception {
        DatadogEmulator emulator = EMULATOR.get();
        ClientSettings settings = ClientSettings.builder(
                        ApiEndpoint.custom(emulator.baseUrl().toString()),
                        Credentials.of(emulator.apiKey(), emulator.scopedApplicationKey()))
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

    @Test
    void shouldNameTheCredentialsInsteadOfTheVariablesInTheClientsAnswerTo403() throws Exception {
        ManifestEntry forbidden = forbiddenCapture();
        assertThat(forbidden.error()).contains("403").contains(Credentials.API_KEY_VARIABLE);

        ManifestEntry inJenkins = NAMES.inJenkinsTerms(List.of(forbidden)).get(0);

        assertThat(inJenkins.error())
                .contains("403")
                .contains("the Secret text credentials 'dd-api' and 'dd-app'")
                .doesNotContain(Credentials.API_KEY_VARIABLE)
                .doesNotContain(Credentials.APPLICATION_KEY_VARIABLE)
                .doesNotContain("or the configured credentials");
        assertThat(inJenkins)
                .usingRecursiveComparison()
                .ignoringFields("picture.error")
                .isEqualTo(forbidden);
    }

    @Test
    void shouldNameEachKeyWhereTheClientNamesOneVariable() {
        assertThat(NAMES.inJenkinsTerms("DD_API_KEY is wrong; DD_APP_KEY is fine"))
                .isEqualTo("the API key's Secret text credentials 'dd-api' is wrong; "
                        + "the application key's Secret text credentials 'dd-app' is fine");
        assertThat(new KeyNames(null, "dd-app").inJenkinsTerms("check DD_API_KEY"))
                .isEqualTo("check the API key's Secret text credentials (none configured)");
    }

    @Test
    void shouldLeaveOtherMessagesAndCapturedEntriesAlone() {
        ManifestEntry captured = Entries.captured("cpu", "CPU");

        assertThat(NAMES.inJenkinsTerms("Datadog answered 400 Bad Request"))
                .isEqualTo("Datadog answered 400 Bad Request");
        assertThat(NAMES.inJenkinsTerms((String) null)).isNull();
        assertThat(NAMES.inJenkinsTerms(List.of(captured))).containsExactly(captured);
    }
}

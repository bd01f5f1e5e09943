package io.jenkins.plugins.datadogsnapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.jenkins.plugins.casc.ConfigurationAsCode;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The global configuration in configuration-as-code: its own symbol, not the {@code datadogSnapshot} step's name, and
 * the old one still read, since configuration-as-code accepts every symbol of a descriptor and exports the first.
 */
@WithJenkins
class ConfigurationAsCodeITest {

    private static void apply(Path dir, String symbol, String site, int paddingSeconds) throws Exception {
        Path yaml = dir.resolve(symbol + ".yaml");
        Files.writeString(yaml, """
                unclassified:
                  %s:
                    site: "%s"
                    paddingSeconds: %d
                """.formatted(symbol, site, paddingSeconds));
        ConfigurationAsCode.get().configure(yaml.toString());
    }

    @Test
    void shouldReadTheNewAndTheOldSymbolAndExportTheNewOne(JenkinsRule j, @TempDir Path dir) throws Exception {
        DatadogSnapshotConfiguration config = DatadogSnapshotConfiguration.get();

        apply(dir, DatadogSnapshotConfiguration.OLD_SYMBOL, "datadoghq.eu", 120);
        assertThat(config.getSite()).isEqualTo("datadoghq.eu");
        assertThat(config.getPaddingSeconds()).isEqualTo(120);

        apply(dir, DatadogSnapshotConfiguration.SYMBOL, "us5.datadoghq.com", 30);
        assertThat(config.getSite()).isEqualTo("us5.datadoghq.com");
        assertThat(config.getPaddingSeconds()).isEqualTo(30);

        ByteArrayOutputStream exported = new ByteArrayOutputStream();
        ConfigurationAsCode.get().export(exported);
        assertThat(exported.toString(StandardCharsets.UTF_8))
                .contains(DatadogSnapshotConfiguration.SYMBOL + ":")
                .contains("us5.datadoghq.com")
                .doesNotContain(DatadogSnapshotConfiguration.OLD_SYMBOL + ":");
    }
}

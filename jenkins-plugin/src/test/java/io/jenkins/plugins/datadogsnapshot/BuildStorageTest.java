package io.jenkins.plugins.datadogsnapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BuildStorageTest {

    @Test
    void shouldArchiveTheCapturedImagesAndTheManifestUnderOneFolder() {
        assertThat(BuildStorage.filesToArchive(List.of(Entries.captured("cpu", "CPU"), Entries.failed("errors", "timeout"))))
                .containsExactly(
                        java.util.Map.entry("datadog-snapshots/cpu.png", "cpu.png"),
                        java.util.Map.entry("datadog-snapshots/snapshots.json", "snapshots.json"));
    }
}

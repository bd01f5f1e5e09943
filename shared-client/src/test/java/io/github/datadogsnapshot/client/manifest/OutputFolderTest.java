package io.github.datadogsnapshot.client.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.datadogsnapshot.client.UnwritableFolders;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputFolderTest {

    @TempDir
    Path temp;

    @Test
    void shouldCreateAMissingFolderAndLeaveNothingInIt() throws Exception {
        Path folder = temp.resolve("a/b/datadog-snapshots");

        assertThat(OutputFolder.check(folder)).isEqualTo(folder.toAbsolutePath().normalize());

        assertThat(folder).isDirectory();
        try (Stream<Path> files = Files.list(folder)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void shouldRefuseAnEmptyPath() {
        assertThatThrownBy(() -> OutputFolder.check(Path.of("")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("outputDirectory: empty");
        assertThatThrownBy(() -> OutputFolder.check(null)).hasMessageStartingWith("outputDirectory: empty");
        assertThatThrownBy(() -> OutputFolder.check(temp.resolve(" "))).hasMessageStartingWith("outputDirectory: empty");
    }

    @Test
    void shouldRefuseAFileAndAPathThroughAFile() throws Exception {
        Path file = Files.writeString(temp.resolve("notes.txt"), "x");

        assertThatThrownBy(() -> OutputFolder.check(file))
                .hasMessage("outputDirectory: " + file + " is a file, not a folder");
        assertThatThrownBy(() -> OutputFolder.check(file.resolve("sub")))
                .hasMessageStartingWith("outputDirectory: cannot create the folder " + file.resolve("sub"));
    }

    @Test
    void shouldRefuseAFolderItCannotWriteTo() throws Exception {
        List<Path> unwritable = UnwritableFolders.find(temp);
        assertThat(unwritable).as("an unwritable folder to test with").isNotEmpty();

        for (Path folder : unwritable) {
            assertThatThrownBy(() -> OutputFolder.check(folder))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageMatching("outputDirectory: cannot (write into|create the folder) " + folder
                            + " \\(.+\\); give a folder this build may write to");
        }
    }

    @Test
    void shouldRefuseAndKeepAManifestOfANewerVersion() throws Exception {
        String newer = "{\"schemaVersion\": 3, \"graphs\": [{\"name\": \"cpu\"}]}";
        Path manifest = Files.writeString(temp.resolve(Manifests.FILE_NAME), newer);

        assertThatThrownBy(() -> OutputFolder.check(temp))
                .hasMessage("outputDirectory: " + manifest + " has schema version 3; this datadog-snapshot reads up to"
                        + " 2: update the plugin, or capture into another folder; it is left as it is");

        assertThat(manifest).hasContent(newer);
    }

    @Test
    void shouldAcceptAFolderWithAManifestOfThisVersionOrADamagedOne() throws Exception {
        Files.writeString(temp.resolve(Manifests.FILE_NAME), "{\"schemaVersion\": 1, \"graphs\": []}");
        assertThat(OutputFolder.check(temp)).isEqualTo(temp.toAbsolutePath().normalize());

        Files.writeString(temp.resolve(Manifests.FILE_NAME), "{ damaged");
        assertThat(OutputFolder.check(temp)).isEqualTo(temp.toAbsolutePath().normalize());
    }
}

package io.github.datadogsnapshot.client.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void shouldWriteFilesOthersCanReadSoSitesCanServeThem() throws IOException {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");

        Path file = AtomicFiles.write(dir.resolve("sub/a.json"), out -> out.write("{}".getBytes(StandardCharsets.UTF_8)));

        assertThat(file).hasContent("{}");
        assertThat(Files.getPosixFilePermissions(file)).contains(PosixFilePermission.OTHERS_READ,
                PosixFilePermission.GROUP_READ, PosixFilePermission.OWNER_WRITE);
    }

    @Test
    void shouldLeaveTheOldFileAndNoTemporaryFileWhenWritingFails() throws IOException {
        Path file = Files.writeString(dir.resolve("a.json"), "old");

        assertThatThrownBy(() -> AtomicFiles.write(file, out -> {
            out.write('x');
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(file).hasContent("old");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}

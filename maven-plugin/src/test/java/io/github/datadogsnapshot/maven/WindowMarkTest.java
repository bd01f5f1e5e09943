package io.github.datadogsnapshot.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WindowMarkTest {

    private static final Instant BUILD_START = Instant.parse("2024-05-01T10:00:00.123Z");

    @TempDir
    Path dir;

    @Test
    void shouldReturnTheMarkOfTheSameBuild() throws Exception {
        Instant marked = BUILD_START.plusMillis(42_500);
        WindowMark.write(dir.resolve("new"), marked, BUILD_START);

        assertThat(WindowMark.readForBuild(dir.resolve("new"), BUILD_START)).contains(marked);
    }

    @Test
    void shouldIgnoreTheMarkOfAnotherBuild() throws Exception {
        WindowMark.write(dir, BUILD_START.plusSeconds(5), BUILD_START);

        assertThat(WindowMark.readForBuild(dir, BUILD_START.plusSeconds(3600))).isEmpty();
    }

    @Test
    void shouldTreatAMissingOrDamagedMarkAsNone() throws Exception {
        assertThat(WindowMark.readForBuild(dir, BUILD_START)).isEmpty();

        Files.writeString(dir.resolve(WindowMark.FILE_NAME), "start=soon\nbuildStart=" + BUILD_START + "\n");
        assertThat(WindowMark.readForBuild(dir, BUILD_START)).isEmpty();
    }

    @Test
    void shouldLeaveNoTemporaryFileBehind() throws Exception {
        WindowMark.write(dir, BUILD_START.plusSeconds(1), BUILD_START);

        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(dir.resolve(WindowMark.FILE_NAME));
        }
    }
}

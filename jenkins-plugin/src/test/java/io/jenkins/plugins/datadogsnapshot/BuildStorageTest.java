package io.jenkins.plugins.datadogsnapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.datadogsnapshot.client.manifest.Manifest;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.client.manifest.Manifests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildStorageTest {

    private static final Instant NOW = Instant.parse("2026-11-28T10:16:00Z");

    @TempDir
    Path buildDir;

    private Path capture(String name, String... images) throws IOException {
        Path dir = Files.createDirectories(buildDir.resolve(name));
        for (String image : images) {
            Files.writeString(dir.resolve(image), "png of " + name);
        }
        return dir;
    }

    @Test
    void shouldMoveTheImagesIntoTheFolderAndWriteTheManifestThere() throws IOException {
        Path folder = buildDir.resolve("datadog-snapshots");
        Path work = capture("work-1", "cpu.png");

        Manifest stored = BuildStorage.storeInFolder(
                folder,
                work,
                null,
                List.of(Entries.captured("cpu", "CPU"), Entries.failed("errors", "timeout")),
                "datadoghq.com",
                NOW);

        assertThat(folder.resolve("cpu.png")).hasContent("png of work-1");
        assertThat(work.resolve("cpu.png")).doesNotExist();
        assertThat(Manifests.readIfPresent(folder)).contains(stored);
        assertThat(stored.graphs()).extracting(ManifestEntry::name).containsExactly("cpu", "errors");
    }

    @Test
    void shouldMergeLaterCapturesAndRemoveTheImageOfAGraphThatFailedThisTime() throws IOException {
        Path folder = buildDir.resolve("datadog-snapshots");
        Manifest first = BuildStorage.storeInFolder(
                folder,
                capture("work-1", "cpu.png", "load.png"),
                null,
                List.of(Entries.captured("cpu", "CPU"), Entries.captured("load", "Load")),
                "datadoghq.com",
                NOW);
        Files.writeString(folder.resolve("README.txt"), "not ours to delete");

        Manifest second = BuildStorage.storeInFolder(
                folder,
                capture("work-2", "mem.png"),
                first,
                List.of(Entries.failed("cpu", "403 Forbidden"), Entries.captured("mem", "Memory")),
                "datadoghq.com",
                NOW);

        assertThat(second.graphs())
                .extracting(ManifestEntry::name, ManifestEntry::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("cpu", ManifestEntry.Status.FAILED),
                        org.assertj.core.groups.Tuple.tuple("load", ManifestEntry.Status.CAPTURED),
                        org.assertj.core.groups.Tuple.tuple("mem", ManifestEntry.Status.CAPTURED));
        assertThat(folder.resolve("cpu.png")).doesNotExist();
        assertThat(folder.resolve("load.png")).hasContent("png of work-1");
        assertThat(folder.resolve("mem.png")).hasContent("png of work-2");
        assertThat(folder.resolve("README.txt")).exists();
        assertThat(Manifests.readIfPresent(folder)).contains(second);
    }

    @Test
    void shouldReplaceTheImageOfAGraphCapturedAgain() throws IOException {
        Path folder = buildDir.resolve("datadog-snapshots");
        Manifest first = BuildStorage.storeInFolder(
                folder,
                capture("work-1", "cpu.png"),
                null,
                List.of(Entries.captured("cpu", "CPU")),
                "datadoghq.com",
                NOW);

        BuildStorage.storeInFolder(
                folder,
                capture("work-2", "cpu.png"),
                first,
                List.of(Entries.captured("cpu", "CPU")),
                "datadoghq.com",
                NOW);

        assertThat(folder.resolve("cpu.png")).hasContent("png of work-2");
        try (var files = Files.list(folder)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("cpu.png", Manifests.FILE_NAME);
        }
    }
}

package io.github.datadogsnapshot.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.graph.TimeWindow;
import io.github.datadogsnapshot.client.manifest.Manifest;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.client.manifest.Manifests;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EarlierCapturesTest {

    static final Instant BUILD_START = Instant.parse("2026-11-28T10:00:00Z");
    static final TimeWindow WINDOW = new TimeWindow(BUILD_START.minusSeconds(600), BUILD_START.minusSeconds(60));

    @TempDir
    Path folder;

    RecordingLog log = new RecordingLog();

    void captured(Instant at, String... names) throws Exception {
        List<ManifestEntry> entries = new java.util.ArrayList<>();
        for (String name : names) {
            Files.writeString(folder.resolve(name + ".png"), "png");
            entries.add(new ManifestEntry(name, null, ManifestEntry.Status.CAPTURED, null, "avg:" + name + "{*}", null, null,
                    ManifestEntry.Window.of(WINDOW), new ManifestEntry.Image(name + ".png", 3, 10, 10), null,
                    new ManifestEntry.Timings(at, 1L, 1L, 2L, 1, 1)));
        }
        Manifests.write(Manifest.of(at, "test", entries), folder);
    }

    static List<GraphSpec> graphs(String... names) {
        return java.util.Arrays.stream(names).map(n -> GraphSpec.builder().name(n).metricQuery("q").build()).toList();
    }

    @Test
    void shouldRemoveTheCaptureOfAnEarlierBuildWithItsImages() throws Exception {
        captured(BUILD_START.minusSeconds(3600), "old", "cpu");
        Files.writeString(folder.resolve("window-mark.properties"), "kept");

        EarlierCaptures.prepare(folder, BUILD_START, graphs("cpu"), log);

        assertThat(folder.resolve(Manifests.FILE_NAME)).doesNotExist();
        assertThat(folder.resolve("old.png")).doesNotExist();
        assertThat(folder.resolve("cpu.png")).doesNotExist();
        assertThat(folder.resolve("window-mark.properties")).exists();
        assertThat(log.lines()).anyMatch(l -> l.contains("Removed the snapshots of an earlier build") && l.contains("2 graphs"));
    }

    @Test
    void shouldKeepThisBuildsCapturesAndWarnBeforeReplacingOne() throws Exception {
        captured(BUILD_START.plusSeconds(30), "latency", "cpu");

        EarlierCaptures.prepare(folder, BUILD_START, graphs("cpu", "errors"), log);

        assertThat(Manifests.readIfPresent(folder).orElseThrow().graphs()).hasSize(2);
        assertThat(folder.resolve("latency.png")).exists();
        assertThat(log.lines()).filteredOn(l -> l.startsWith("WARN")).singleElement().asString()
                .contains("Graph 'cpu' was already captured", "earlier in this build");
    }

    @Test
    void shouldDoNothingInAnEmptyFolder() throws Exception {
        EarlierCaptures.prepare(folder.resolve("missing"), BUILD_START, graphs("cpu"), log);
        assertThat(log.lines()).isEmpty();
    }

    @Test
    void shouldNeitherReadNorRemoveAManifestOfANewerVersion() throws Exception {
        String newer = "{\"schemaVersion\": 99, \"updatedAt\": \"2020-01-01T00:00:00Z\", \"graphs\": []}";
        Files.writeString(folder.resolve(Manifests.FILE_NAME), newer);

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> EarlierCaptures.prepare(folder, BUILD_START, graphs("cpu"), log))
                .isInstanceOf(Manifests.NewerVersionException.class)
                .hasMessageEndingWith("update the plugin");

        assertThat(folder.resolve(Manifests.FILE_NAME)).hasContent(newer);
    }
}

package io.github.datadogsnapshot.client.manifest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.datadogsnapshot.client.graph.GraphQuery;
import io.github.datadogsnapshot.client.graph.TimeWindow;
import io.github.datadogsnapshot.client.regression.Comparison;
import io.github.datadogsnapshot.client.regression.SeriesStats;
import io.github.datadogsnapshot.client.regression.Threshold;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestsTest {

    @TempDir
    Path dir;

    static final TimeWindow WINDOW = new TimeWindow(Instant.parse("2026-11-28T10:00:00Z"), Instant.parse("2026-11-28T10:05:00Z"));

    static ManifestEntry captured(String name) {
        return new ManifestEntry(name, "Title " + name, ManifestEntry.Status.CAPTURED, null, "avg:a{*}", null, "tags:deploy",
                ManifestEntry.Window.of(WINDOW), new ManifestEntry.Image(name + ".png", 1234, 800, 400),
                "https://p.datadoghq.com/snapshot/view/x.png",
                new ManifestEntry.Timings(WINDOW.end(), 120L, 2100L, 2220L, 1, 2));
    }

    static ManifestEntry failed(String name) {
        return new ManifestEntry(name, null, ManifestEntry.Status.FAILED, "Datadog answered 400", null, "{\"viz\":\"timeseries\"}",
                null, ManifestEntry.Window.of(WINDOW), null, null, new ManifestEntry.Timings(WINDOW.end(), null, null, 15, 1, null));
    }

    @Test
    void shouldReadAManifestOfSchemaOneWithoutNumbers() throws IOException {
        Path file = dir.resolve("snapshots.json");
        Files.writeString(file, "{\"schemaVersion\": 1, \"generator\": \"datadog-snapshot 0.1.0\", \"graphs\": [{\"name\":"
                + "\"a\", \"status\": \"CAPTURED\", \"image\": {\"file\": \"a.png\", \"bytes\": 10, \"width\": 8,"
                + " \"height\": 4}}]}");

        ManifestEntry entry = Manifests.read(file).graphs().get(0);

        assertThat(entry.series()).isNull();
        assertThat(entry.comparison()).isNull();
        assertThat(entry.thresholdList()).isEmpty();
        assertThat(entry.isDrawnLocally()).isFalse();
    }

    @Test
    void shouldRoundTripTheNumbersOfSchemaTwo() throws IOException {
        SeriesStats stats = SeriesStats.of("avg:a{*}", "host:a", "ms", List.of(1.0, 2.0, 3.0));
        List<Threshold> thresholds = Threshold.parseAll("p95 +10%; max < 800", "thresholds");
        ManifestEntry entry = captured("a").withThresholds(thresholds)
                .withNumbers(List.of(GraphQuery.plain("metricQuery", "avg:a{*}")), List.of(stats), null)
                .drawnLocally("asked for")
                .withComparison("build #3", Comparison.of("a", thresholds, List.of(stats), List.of(stats)));
        Manifest manifest = Manifest.of(WINDOW.end(), "datadoghq.com", List.of(entry));

        assertThat(Manifests.read(Manifests.write(manifest, dir))).isEqualTo(manifest);
    }

    @Test
    void shouldRoundTripEveryField() throws IOException {
        Manifest manifest = Manifest.of(WINDOW.end(), "datadoghq.com", List.of(captured("a"), failed("b")));

        Path file = Manifests.write(manifest, dir);

        assertThat(file).hasFileName("snapshots.json");
        assertThat(Manifests.read(file)).isEqualTo(manifest);
        String json = Files.readString(file);
        assertThat(json).contains("\"schemaVersion\" : 2", "\"status\" : \"FAILED\"", "\"start\" : \"2026-11-28T10:00:00Z\"",
                "\"startSeconds\" : 1795860000");
        assertThat(json).as("absent values are left out").doesNotContain("null");
        try (var files = Files.list(dir)) {
            assertThat(files).hasSize(1);
        }
    }

    @Test
    void shouldReplaceEntriesOfTheSameNameAndKeepTheOthersInOrder() {
        Manifest first = Manifest.of(WINDOW.end(), "x", List.of(captured("a"), captured("b")));
        Manifest merged = first.withEntries(WINDOW.end(), "x", List.of(failed("b"), captured("c")));
        assertThat(merged.graphs()).extracting(ManifestEntry::name).containsExactly("a", "b", "c");
        assertThat(merged.entry("b").orElseThrow().isCaptured()).isFalse();
        assertThat(merged.failedCount()).isEqualTo(1);
    }

    @Test
    void shouldRefuseAManifestOfANewerSchema() throws IOException {
        Path file = dir.resolve("snapshots.json");
        Files.writeString(file, "{\"schemaVersion\": 3, \"graphs\": []}");
        assertThatThrownBy(() -> Manifests.read(file)).hasMessageEndingWith("has schema version 3; this datadog-snapshot reads up to 2: update the plugin");
    }

    @Test
    void shouldIgnoreUnknownFieldsOfTheSameSchema() throws IOException {
        Path file = dir.resolve("snapshots.json");
        Files.writeString(file, "{\"schemaVersion\": 1, \"futureField\": true, \"graphs\": [{\"name\":\"a\",\"status\":\"CAPTURED\",\"extra\":1}]}");
        assertThat(Manifests.read(file).graphs()).extracting(ManifestEntry::name).containsExactly("a");
    }

    @Test
    void shouldRefuseFilesThatAreNotManifests() throws IOException {
        Path file = dir.resolve("snapshots.json");
        Files.writeString(file, "{\"graphs\": []}");
        assertThatThrownBy(() -> Manifests.read(file)).hasMessageEndingWith("is not a datadog-snapshot manifest (no schemaVersion)");
        Files.writeString(file, "{not json");
        assertThatThrownBy(() -> Manifests.read(file)).hasMessageContaining("is not valid JSON");
        assertThat(Manifests.readIfPresent(dir.resolve("nowhere"))).isEmpty();
    }
}

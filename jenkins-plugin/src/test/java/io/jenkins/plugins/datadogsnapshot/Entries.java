package io.jenkins.plugins.datadogsnapshot;

import io.github.datadogsnapshot.client.graph.GraphQuery;
import io.github.datadogsnapshot.client.graph.TimeWindow;
import io.github.datadogsnapshot.client.manifest.Manifest;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.client.manifest.Regressions;
import io.github.datadogsnapshot.client.regression.SeriesStats;
import io.github.datadogsnapshot.client.regression.Threshold;
import java.time.Instant;
import java.util.List;

/** Manifest entries as a capture writes them, numbers and comparison included, for the tests of the views and outcomes. */
final class Entries {

    static final TimeWindow WINDOW =
            new TimeWindow(Instant.parse("2026-11-28T10:00:00Z"), Instant.parse("2026-11-28T10:15:30Z"));

    private Entries() {}

    static ManifestEntry captured(String name, String title) {
        return new ManifestEntry(
                name,
                title,
                ManifestEntry.Status.CAPTURED,
                null,
                "avg:" + name + "{*}",
                null,
                null,
                ManifestEntry.Window.of(WINDOW),
                new ManifestEntry.Image(name + ".png", 2048, 600, 300),
                "https://p.datadoghq.com/snapshot/view/x/" + name + ".png",
                new ManifestEntry.Timings(WINDOW.end(), 300L, 3900L, 4200, 1, 3));
    }

    static ManifestEntry failed(String name, String error) {
        return new ManifestEntry(
                name,
                null,
                ManifestEntry.Status.FAILED,
                error,
                "avg:" + name + "{*}",
                null,
                null,
                ManifestEntry.Window.of(WINDOW),
                null,
                null,
                new ManifestEntry.Timings(WINDOW.end(), null, null, 180_000, 3, null));
    }

    /** A series of one query with the given values (null: a point without data). */
    static SeriesStats series(String query, String scope, String unit, Double... values) {
        return SeriesStats.of(query, scope, unit, java.util.Arrays.asList(values));
    }

    /**
     * {@code entry} with its thresholds and numbers, compared with {@code baseline} (may be null) as a capture does
     * ({@link Regressions#compare}).
     */
    static ManifestEntry withNumbers(
            ManifestEntry entry, String thresholds, List<SeriesStats> series, Manifest baseline, String baselineLabel) {
        List<GraphQuery> queries = List.of(new GraphQuery("metricQuery", entry.metricQuery(), null));
        ManifestEntry numbered = entry.withThresholds(Threshold.parseAll(thresholds, "thresholds"))
                .withNumbers(queries, series, null);
        return Regressions.compare(numbered, baseline, baselineLabel);
    }

    static Manifest manifest(ManifestEntry... entries) {
        return Manifest.of(Instant.parse("2026-11-28T10:16:00Z"), "datadoghq.com", List.of(entries));
    }
}

package io.github.datadogsnapshot.client.manifest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.datadogsnapshot.client.graph.GraphQuery;
import io.github.datadogsnapshot.client.regression.Comparison;
import io.github.datadogsnapshot.client.regression.SeriesStats;
import io.github.datadogsnapshot.client.regression.Threshold;
import java.util.List;

/**
 * A {@link ManifestEntry} as the manifest stores it: every field flat, in this order, nulls left out (the form of
 * schemas 1 and 2; see {@link ManifestEntry}'s parts for what each field means).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record ManifestEntryJson(String name, String title, ManifestEntry.Status status, String error, String metricQuery,
                         String graphDef, String eventQuery, ManifestEntry.Window window, ManifestEntry.Image image,
                         String snapshotUrl, ManifestEntry.Timings timings, List<Threshold> thresholds,
                         String renderer, String rendererReason, List<GraphQuery> queries, String numbersError,
                         List<SeriesStats> series, String baseline, Comparison comparison) {

    static ManifestEntryJson of(ManifestEntry e) {
        return new ManifestEntryJson(e.name(), e.title(), e.status(), e.error(), e.metricQuery(), e.graphDef(),
                e.eventQuery(), e.window(), e.image(), e.snapshotUrl(), e.timings(), e.thresholds(), e.renderer(),
                e.rendererReason(), e.queries(), e.numbersError(), e.series(), e.baseline(), e.comparison());
    }

    ManifestEntry entry() {
        return new ManifestEntry(name,
                new ManifestEntry.Asked(title, metricQuery, graphDef, eventQuery, window, thresholds),
                new ManifestEntry.Picture(status, error, image, snapshotUrl, timings, renderer, rendererReason),
                new ManifestEntry.Numbers(queries, numbersError, series),
                new ManifestEntry.Compared(baseline, comparison));
    }
}

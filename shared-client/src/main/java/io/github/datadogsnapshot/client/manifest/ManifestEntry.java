package io.github.datadogsnapshot.client.manifest;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import io.github.datadogsnapshot.client.graph.GraphQuery;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.graph.TimeWindow;
import io.github.datadogsnapshot.client.regression.Comparison;
import io.github.datadogsnapshot.client.regression.SeriesStats;
import io.github.datadogsnapshot.client.regression.Threshold;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One requested graph in the manifest, captured or failed.
 *
 * @param name        the file name stem, unique in the manifest
 * @param title       the title, or null
 * @param status      whether the image was stored
 * @param error       why not, for a failed graph
 * @param metricQuery the metric query, or null
 * @param graphDef    the graph definition (one line), or null
 * @param eventQuery  the event query, or null
 * @param window      the time range shown
 * @param image       the stored image, null for a failed graph
 * @param snapshotUrl the image URL Datadog named, null when the request failed or was not sent
 * @param timings     how long each part took
 * @param thresholds  the graph's thresholds, null or empty for none (schema 2)
 * @param renderer    {@code local} when the picture was drawn here from the numbers; null for Datadog's (schema 2)
 * @param rendererReason why the picture was drawn here (schema 2)
 * @param queries     the graph's queries whose numbers were asked, each plain or with the reason it has no plain
 *                    query; null when no numbers were asked (schema 1, or numbers switched off)
 * @param numbersError what went wrong fetching the numbers, null when nothing did
 * @param series      the statistics of every series of the window; empty when asked and none came back, null when
 *                    not asked
 * @param baseline    what the numbers were compared with, e.g. {@code build #41}; null without a comparison
 * @param comparison  the comparison with the baseline and the thresholds; null without one
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ManifestEntry(String name, String title, Status status, String error, String metricQuery,
                            String graphDef, String eventQuery, Window window, Image image, String snapshotUrl,
                            Timings timings, List<Threshold> thresholds, String renderer, String rendererReason,
                            List<GraphQuery> queries, String numbersError, List<SeriesStats> series, String baseline,
                            Comparison comparison) {

    /** The value of {@link #renderer()} for a picture drawn here. */
    public static final String LOCAL = "local";

    /** An entry of schema 1: a picture, no numbers. */
    public ManifestEntry(String name, String title, Status status, String error, String metricQuery, String graphDef,
                         String eventQuery, Window window, Image image, String snapshotUrl, Timings timings) {
        this(name, title, status, error, metricQuery, graphDef, eventQuery, window, image, snapshotUrl, timings, null,
                null, null, null, null, null, null, null);
    }

    /** How a graph ended. */
    public enum Status { CAPTURED, FAILED }

    /** The time range, as instants and as the POSIX seconds sent to Datadog. */
    public record Window(Instant start, Instant end, long startSeconds, long endSeconds) {
        public static Window of(TimeWindow w) {
            return new Window(w.start(), w.end(), w.startSeconds(), w.endSeconds());
        }
    }

    /** The stored image: file name relative to the manifest, size in bytes and pixels. */
    public record Image(String file, long bytes, int width, int height) {
    }

    /**
     * @param requestedAt when the capture of this graph began
     * @param createMillis from then until Datadog named the URL (including retries and rate-limit waits)
     * @param renderMillis from the URL until the image was on disk
     * @param totalMillis  from the beginning to the end, whichever way it ended
     * @param attempts     create requests sent
     * @param checks       looks at the image before it was ready
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Timings(Instant requestedAt, Long createMillis, Long renderMillis, long totalMillis,
                          Integer attempts, Integer checks) {
    }

    public ManifestEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        thresholds = thresholds == null || thresholds.isEmpty() ? null : List.copyOf(thresholds);
        queries = queries == null ? null : List.copyOf(queries);
        series = series == null ? null : List.copyOf(series);
    }

    /** This entry with the graph's numbers: its queries, the statistics of its series, what went wrong. */
    public ManifestEntry withNumbers(List<GraphQuery> newQueries, List<SeriesStats> newSeries, String newNumbersError) {
        return new ManifestEntry(name, title, status, error, metricQuery, graphDef, eventQuery, window, image,
                snapshotUrl, timings, thresholds, renderer, rendererReason, newQueries, newNumbersError, newSeries,
                baseline, comparison);
    }

    /** This entry with another error message (e.g. one that names the keys in a build tool's terms). */
    public ManifestEntry withError(String newError) {
        return new ManifestEntry(name, title, status, newError, metricQuery, graphDef, eventQuery, window, image,
                snapshotUrl, timings, thresholds, renderer, rendererReason, queries, numbersError, series, baseline,
                comparison);
    }

    /** This entry drawn here from its numbers, for {@code reason}. */
    public ManifestEntry drawnLocally(String reason) {
        return new ManifestEntry(name, title, status, error, metricQuery, graphDef, eventQuery, window, image,
                snapshotUrl, timings, thresholds, LOCAL, reason, queries, numbersError, series, baseline, comparison);
    }

    /** This entry with its thresholds. */
    public ManifestEntry withThresholds(List<Threshold> newThresholds) {
        return new ManifestEntry(name, title, status, error, metricQuery, graphDef, eventQuery, window, image,
                snapshotUrl, timings, newThresholds, renderer, rendererReason, queries, numbersError, series, baseline,
                comparison);
    }

    /** This entry compared with {@code baselineLabel}. */
    public ManifestEntry withComparison(String baselineLabel, Comparison newComparison) {
        return new ManifestEntry(name, title, status, error, metricQuery, graphDef, eventQuery, window, image,
                snapshotUrl, timings, thresholds, renderer, rendererReason, queries, numbersError, series,
                baselineLabel, newComparison);
    }

    /** Whether the picture was drawn here from the numbers rather than by Datadog. */
    @JsonIgnore
    public boolean isDrawnLocally() {
        return LOCAL.equals(renderer);
    }

    /** The graph's thresholds; empty when none. */
    @JsonIgnore
    public List<Threshold> thresholdList() {
        return thresholds == null ? List.of() : thresholds;
    }

    /**
     * The entry of a graph that ended without an image.
     *
     * @param snapshotUrl the URL Datadog named, or null when it named none
     * @param timings     how long it took, or null when it was never attempted
     */
    public static ManifestEntry failed(GraphSpec graph, TimeWindow window, String error, String snapshotUrl,
                                       Timings timings) {
        return new ManifestEntry(graph.name(), graph.title().orElse(null), Status.FAILED, error,
                graph.metricQuery().orElse(null), graph.graphDef().orElse(null), graph.eventQuery().orElse(null),
                Window.of(window), null, snapshotUrl, timings).withThresholds(graph.thresholds());
    }

    /** Whether the image was stored. */
    public boolean isCaptured() {
        return status == Status.CAPTURED;
    }

    /** The title, or the name when there is none. */
    public String displayTitle() {
        return title != null ? title : name;
    }

    /** The query shown to readers: the metric query or the graph definition. */
    public String query() {
        return metricQuery != null ? metricQuery : graphDef;
    }
}

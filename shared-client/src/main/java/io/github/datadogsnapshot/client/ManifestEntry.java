package io.github.datadogsnapshot.client;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
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
 * @param snapshotUrl the image URL Datadog named, null when the request failed
 * @param timings     how long each part took
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ManifestEntry(String name, String title, Status status, String error, String metricQuery,
                            String graphDef, String eventQuery, Window window, Image image, String snapshotUrl,
                            Timings timings) {

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
                Window.of(window), null, snapshotUrl, timings);
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

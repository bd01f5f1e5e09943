package io.github.datadogsnapshot.client.manifest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonValue;
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
 * One requested graph in the manifest, captured or failed: the graph as asked, what became of its picture, what
 * became of its numbers and what they were compared with. Each {@code with…} replaces one of these parts. In the
 * manifest its fields are written flat ({@link ManifestEntryJson} lists them), as they always were.
 *
 * @param name     the file name stem, unique in the manifest
 * @param asked    the graph as it was asked for
 * @param picture  what became of its picture
 * @param numbers  what became of its numbers
 * @param compared what the numbers were compared with
 */
public record ManifestEntry(String name, Asked asked, Picture picture, Numbers numbers, Compared compared) {

    /** The value of {@link #renderer()} for a picture drawn here. */
    public static final String LOCAL = "local";

    /** An entry of schema 1: a picture, no numbers. */
    public ManifestEntry(String name, String title, Status status, String error, String metricQuery, String graphDef,
                         String eventQuery, Window window, Image image, String snapshotUrl, Timings timings) {
        this(name, new Asked(title, metricQuery, graphDef, eventQuery, window, null),
                new Picture(status, error, image, snapshotUrl, timings, null, null), Numbers.NONE, Compared.NONE);
    }

    public ManifestEntry {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(asked, "asked");
        Objects.requireNonNull(picture, "picture");
        numbers = numbers == null ? Numbers.NONE : numbers;
        compared = compared == null ? Compared.NONE : compared;
    }

    /**
     * The graph as it was asked for.
     *
     * @param title       the title, or null
     * @param metricQuery the metric query, or null
     * @param graphDef    the graph definition (one line), or null
     * @param eventQuery  the event query, or null
     * @param window      the time range shown
     * @param thresholds  the graph's thresholds, null for none (schema 2; empty is stored as null)
     */
    public record Asked(String title, String metricQuery, String graphDef, String eventQuery, Window window,
                        List<Threshold> thresholds) {
        public Asked {
            thresholds = thresholds == null || thresholds.isEmpty() ? null : List.copyOf(thresholds);
        }
    }

    /**
     * What became of the picture.
     *
     * @param status         whether the image was stored
     * @param error          why not, for a failed graph
     * @param image          the stored image, null for a failed graph
     * @param snapshotUrl    the image URL Datadog named, null when the request failed or was not sent
     * @param timings        how long each part took
     * @param renderer       {@code local} when the picture was drawn here from the numbers; null for Datadog's
     * @param rendererReason why the picture was drawn here (schema 2)
     */
    public record Picture(Status status, String error, Image image, String snapshotUrl, Timings timings,
                          String renderer, String rendererReason) {
        public Picture {
            Objects.requireNonNull(status, "status");
        }
    }

    /**
     * What became of the numbers (schema 2).
     *
     * @param queries      the graph's queries whose numbers were asked, each plain or with the reason it has no
     *                     plain query; null when no numbers were asked (schema 1, or numbers switched off)
     * @param numbersError what went wrong fetching the numbers, null when nothing did
     * @param series       the statistics of every series of the window; empty when asked and none came back, null
     *                     when not asked
     */
    public record Numbers(List<GraphQuery> queries, String numbersError, List<SeriesStats> series) {
        static final Numbers NONE = new Numbers(null, null, null);

        public Numbers {
            queries = queries == null ? null : List.copyOf(queries);
            series = series == null ? null : List.copyOf(series);
        }
    }

    /**
     * What the numbers were compared with.
     *
     * @param baseline   e.g. {@code build #41}; null without a comparison
     * @param comparison the comparison with the baseline and the thresholds; null without one
     */
    public record Compared(String baseline, Comparison comparison) {
        static final Compared NONE = new Compared(null, null);
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

    /** This entry with the graph's numbers: its queries, the statistics of its series, what went wrong. */
    public ManifestEntry withNumbers(List<GraphQuery> newQueries, List<SeriesStats> newSeries, String newNumbersError) {
        return new ManifestEntry(name, asked, picture, new Numbers(newQueries, newNumbersError, newSeries), compared);
    }

    /** This entry with another error message (e.g. one that names the keys in a build tool's terms). */
    public ManifestEntry withError(String newError) {
        Picture p = picture;
        return withPicture(new Picture(p.status(), newError, p.image(), p.snapshotUrl(), p.timings(), p.renderer(),
                p.rendererReason()));
    }

    /** This entry drawn here from its numbers, for {@code reason}. */
    public ManifestEntry drawnLocally(String reason) {
        Picture p = picture;
        return withPicture(new Picture(p.status(), p.error(), p.image(), p.snapshotUrl(), p.timings(), LOCAL, reason));
    }

    private ManifestEntry withPicture(Picture newPicture) {
        return new ManifestEntry(name, asked, newPicture, numbers, compared);
    }

    /** This entry with its thresholds. */
    public ManifestEntry withThresholds(List<Threshold> newThresholds) {
        Asked a = asked;
        return new ManifestEntry(name, new Asked(a.title(), a.metricQuery(), a.graphDef(), a.eventQuery(), a.window(),
                newThresholds), picture, numbers, compared);
    }

    /** This entry compared with {@code baselineLabel}. */
    public ManifestEntry withComparison(String baselineLabel, Comparison newComparison) {
        return new ManifestEntry(name, asked, picture, numbers, new Compared(baselineLabel, newComparison));
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

    // The fields by their old names, kept because the plugins (dozens of files) read them.
    public String title() { return asked.title(); }
    public String metricQuery() { return asked.metricQuery(); }
    public String graphDef() { return asked.graphDef(); }
    public String eventQuery() { return asked.eventQuery(); }
    public Window window() { return asked.window(); }
    /** The graph's thresholds, null for none (as in the manifest); see {@link #thresholdList()}. */
    public List<Threshold> thresholds() { return asked.thresholds(); }
    public Status status() { return picture.status(); }
    public String error() { return picture.error(); }
    public Image image() { return picture.image(); }
    public String snapshotUrl() { return picture.snapshotUrl(); }
    public Timings timings() { return picture.timings(); }
    public String renderer() { return picture.renderer(); }
    public String rendererReason() { return picture.rendererReason(); }
    public List<GraphQuery> queries() { return numbers.queries(); }
    public String numbersError() { return numbers.numbersError(); }
    public List<SeriesStats> series() { return numbers.series(); }
    public String baseline() { return compared.baseline(); }
    public Comparison comparison() { return compared.comparison(); }

    /** Whether the picture was drawn here from the numbers rather than by Datadog. */
    public boolean isDrawnLocally() {
        return LOCAL.equals(renderer());
    }

    /** The graph's thresholds; empty when none. */
    public List<Threshold> thresholdList() {
        return thresholds() == null ? List.of() : thresholds();
    }

    /** Whether the image was stored. */
    public boolean isCaptured() {
        return status() == Status.CAPTURED;
    }

    /** The title, or the name when there is none. */
    public String displayTitle() {
        return title() != null ? title() : name;
    }

    /** The query shown to readers: the metric query or the graph definition. */
    public String query() {
        return metricQuery() != null ? metricQuery() : graphDef();
    }

    /** The manifest's form of this entry: its fields flat. */
    @JsonValue
    ManifestEntryJson toJson() {
        return ManifestEntryJson.of(this);
    }

    /** Reads the manifest's form of an entry. */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static ManifestEntry fromJson(ManifestEntryJson json) {
        return json.entry();
    }
}

package io.github.datadogsnapshot.client.graph;

import io.github.datadogsnapshot.client.regression.Threshold;
import io.github.datadogsnapshot.client.wire.FileNames;
import io.github.datadogsnapshot.client.wire.Json;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One graph to capture: a metric query or a graph definition (JSON), an optional event query, title and
 * size, and the file name stem of its image. Immutable; built with {@link #builder()}, which validates
 * every field and names it in its error.
 */
public final class GraphSpec {

    /** Largest width or height accepted, in pixels. */
    public static final int MAX_SIZE = 4000;

    /**
     * The longest request line the snapshot request may have, in characters. The request carries the graph in its
     * URL; Datadog's API answers a longer one with 414 Request-URI Too Large. Datadog does not document its limit;
     * 8 KiB is the common front-end default (nginx's request-line buffer, Apache's {@code LimitRequestLine}).
     */
    public static final int MAX_REQUEST_LINE = 8192;

    /**
     * How many characters, once URL-encoded, {@code metricQuery}/{@code graphDef}, {@code eventQuery} and
     * {@code title} may take together: {@link #MAX_REQUEST_LINE} less 1 KiB for the method, the protocol, the base
     * URL (sent whole through a proxy, path prefix included), the API path, the window and the size.
     */
    public static final int MAX_ENCODED_FIELDS = MAX_REQUEST_LINE - 1024;

    private final String name;
    private final boolean nameGiven;
    private final String title;
    private final String metricQuery;
    private final String graphDef;
    private final String eventQuery;
    private final Integer width;
    private final Integer height;
    private final List<Threshold> thresholds;

    GraphSpec(GraphSpecBuilder b) {
        this.metricQuery = blankToNull(b.metricQuery);
        String def = blankToNull(b.graphDef);
        if (metricQuery == null && def == null) {
            throw new IllegalArgumentException(b.label() + "metricQuery: give a metric query (or a graphDef)");
        }
        if (metricQuery != null && def != null) {
            throw new IllegalArgumentException(b.label() + "metricQuery and graphDef are both given; give one of them");
        }
        this.graphDef = def == null ? null : Json.minifyObject(def, b.label() + "graphDef");
        this.eventQuery = blankToNull(b.eventQuery);
        this.title = blankToNull(b.title);
        this.width = checkSize(b, "width", b.width);
        this.height = checkSize(b, "height", b.height);
        String givenName = blankToNull(b.name);
        this.nameGiven = givenName != null;
        this.name = nameGiven ? FileNames.checkStem(givenName, b.label() + "name")
                : FileNames.stemFrom(title != null ? title : metricQuery != null ? metricQuery : "graph");
        checkUrlLength(b);
        this.thresholds = b.thresholds == null || b.thresholds.isBlank() ? List.of()
                : Threshold.parseAll(b.thresholds, b.label() + "thresholds");
    }

    /** The fields travel in the snapshot request's URL: refuse what would come back as 414 after a request. */
    private void checkUrlLength(GraphSpecBuilder b) {
        Map<String, Integer> encoded = new LinkedHashMap<>();
        encoded.put("metricQuery", encodedLength(metricQuery));
        encoded.put("graphDef", encodedLength(graphDef));
        encoded.put("eventQuery", encodedLength(eventQuery));
        encoded.put("title", encodedLength(title));
        int total = encoded.values().stream().mapToInt(Integer::intValue).sum();
        if (total <= MAX_ENCODED_FIELDS) {
            return;
        }
        Map.Entry<String, Integer> longest = encoded.entrySet().stream().max(Map.Entry.comparingByValue())
                .orElseThrow();
        throw new IllegalArgumentException(b.label() + longest.getKey() + ": too long for the snapshot request: "
                + longest.getValue() + " characters once URL-encoded"
                + (longest.getValue() == total ? "" : " (" + total + " with the graph's other fields)")
                + ", and the query, graphDef, eventQuery and title may take " + MAX_ENCODED_FIELDS
                + " together, because Datadog receives them in the request's URL and refuses URLs longer than about "
                + MAX_REQUEST_LINE / 1024 + " KiB (414 Request-URI Too Large); shorten it or split the graph into"
                + " several graphs");
    }

    /** The length of {@code value} as the snapshot request encodes it (UTF-8, spaces as {@code %20}). */
    private static int encodedLength(String value) {
        return value == null ? 0 : URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").length();
    }

    private static Integer checkSize(GraphSpecBuilder b, String field, Integer value) {
        if (value != null && (value < 1 || value > MAX_SIZE)) {
            throw new IllegalArgumentException(
                    b.label() + field + ": " + value + " pixels is out of range; use 1 to " + MAX_SIZE);
        }
        return value;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public static GraphSpecBuilder builder() {
        return new GraphSpecBuilder();
    }

    /** A builder holding this spec's values. */
    public GraphSpecBuilder toBuilder() {
        GraphSpecBuilder b = new GraphSpecBuilder().title(title).metricQuery(metricQuery).graphDef(graphDef)
                .eventQuery(eventQuery).width(width).height(height).thresholds(thresholdsText());
        return nameGiven ? b.name(name) : b;
    }

    /** The file name stem of the image ({@code <name>.png}): given, or derived from the title or query. */
    public String name() {
        return name;
    }

    /** Whether the name was given by the user rather than derived. */
    public boolean isNameGiven() {
        return nameGiven;
    }

    public Optional<String> title() {
        return Optional.ofNullable(title);
    }

    public Optional<String> metricQuery() {
        return Optional.ofNullable(metricQuery);
    }

    /** The graph definition, minified to one line. */
    public Optional<String> graphDef() {
        return Optional.ofNullable(graphDef);
    }

    public Optional<String> eventQuery() {
        return Optional.ofNullable(eventQuery);
    }

    public Optional<Integer> width() {
        return Optional.ofNullable(width);
    }

    public Optional<Integer> height() {
        return Optional.ofNullable(height);
    }

    /**
     * The limits this graph's numbers must keep against the baseline (or absolutely), e.g. {@code p95 +10%};
     * empty when none. See {@link Threshold} for the grammar.
     */
    public List<Threshold> thresholds() {
        return thresholds;
    }

    private String thresholdsText() {
        return thresholds.isEmpty() ? null
                : thresholds.stream().map(Threshold::toString).collect(java.util.stream.Collectors.joining("; "));
    }

    /** The query shown to readers: the metric query or the graph definition. */
    public String query() {
        return metricQuery != null ? metricQuery : graphDef;
    }

    /** A copy with another file name stem. */
    public GraphSpec withName(String newName) {
        return toBuilder().name(newName).build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GraphSpec g && g.name.equals(name) && Objects.equals(g.title, title)
                && Objects.equals(g.metricQuery, metricQuery) && Objects.equals(g.graphDef, graphDef)
                && Objects.equals(g.eventQuery, eventQuery) && Objects.equals(g.width, width)
                && Objects.equals(g.height, height) && g.thresholds.equals(thresholds);
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, metricQuery, graphDef);
    }

    @Override
    public String toString() {
        return "GraphSpec[" + name + ": " + query() + "]";
    }
}

package io.github.datadogsnapshot.client.graph;

import io.github.datadogsnapshot.client.regression.Threshold;
import io.github.datadogsnapshot.client.wire.FileNames;
import io.github.datadogsnapshot.client.wire.Json;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

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

    private GraphSpec(Builder b) {
        GraphFieldLabels f = b.labels;
        this.metricQuery = blankToNull(b.metricQuery);
        String def = blankToNull(b.graphDef);
        if (metricQuery == null && def == null) {
            throw f.invalid("metricQuery", "give a metric query (or a graphDef)");
        }
        if (metricQuery != null && def != null) {
            throw new InvalidGraphField("metricQuery", f.label("metricQuery") + " and " + f.label("graphDef")
                    + " are both given; give one of them");
        }
        this.graphDef = def == null ? null : f.checked("graphDef", () -> Json.minifyObject(def, f.label("graphDef")));
        this.eventQuery = blankToNull(b.eventQuery);
        this.title = blankToNull(b.title);
        this.width = f.checked("width", () -> checkSize(f.label("width"), b.width));
        this.height = f.checked("height", () -> checkSize(f.label("height"), b.height));
        String givenName = blankToNull(b.name);
        this.nameGiven = givenName != null;
        this.name = nameGiven ? f.checked("name", () -> FileNames.checkStem(givenName, f.label("name")))
                : FileNames.stemFrom(title != null ? title : metricQuery != null ? metricQuery : "graph");
        GraphRequestLength.check(f::label, metricQuery, graphDef, eventQuery, title);
        this.thresholds = b.thresholds == null || b.thresholds.isBlank() ? List.of()
                : f.checked("thresholds", () -> Threshold.parseAll(b.thresholds, f.label("thresholds")));
    }

    /** A width or height, null (the default) or 1 to {@link #MAX_SIZE} pixels; else an error naming {@code label}. */
    public static Integer checkSize(String label, Integer value) {
        if (value != null && (value < 1 || value > MAX_SIZE)) {
            throw new IllegalArgumentException(label + ": " + value + " pixels is out of range; use 1 to " + MAX_SIZE);
        }
        return value;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this spec's values. */
    public Builder toBuilder() {
        Builder b = new Builder().title(title).metricQuery(metricQuery).graphDef(graphDef).eventQuery(eventQuery)
                .width(width).height(height).thresholds(thresholdsText());
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

    /** Collects the fields of a {@link GraphSpec}; {@link #build()} validates them. */
    public static final class Builder {
        private String name;
        private String title;
        private String metricQuery;
        private String graphDef;
        private String eventQuery;
        private Integer width;
        private Integer height;
        private String thresholds;
        private GraphFieldLabels labels = new GraphFieldLabels(UnaryOperator.identity());

        private Builder() {
        }

        /** The file name stem; letters, digits, '.', '_' and '-' only. Derived from the title when absent. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        public Builder title(String title) {
            this.title = title;
            return this;
        }

        public Builder metricQuery(String metricQuery) {
            this.metricQuery = metricQuery;
            return this;
        }

        /** A graph definition in Datadog's graph JSON; validated and minified by {@link #build()}. */
        public Builder graphDef(String graphDef) {
            this.graphDef = graphDef;
            return this;
        }

        public Builder eventQuery(String eventQuery) {
            this.eventQuery = eventQuery;
            return this;
        }

        public Builder width(Integer width) {
            this.width = width;
            return this;
        }

        public Builder height(Integer height) {
            this.height = height;
            return this;
        }

        /**
         * The graph's thresholds, separated by {@code ;}, e.g. {@code p95 +10% and +2ms; max < 800}; parsed by
         * {@link #build()} (see {@link Threshold}). Null or blank for none.
         */
        public Builder thresholds(String thresholds) {
            this.thresholds = thresholds;
            return this;
        }

        /** Where this graph was configured, e.g. {@code graphs[2]}; prefixed to every field's name in errors. */
        public Builder describedAs(String where) {
            return labels(where == null || where.isBlank() ? field -> field : field -> where + "." + field);
        }

        /**
         * How errors name each field: {@code labels} maps a field's name as this builder spells it
         * ({@code metricQuery}, {@code width}...) to the name the user knows it by.
         */
        public Builder labels(UnaryOperator<String> labels) {
            this.labels = new GraphFieldLabels(Objects.requireNonNull(labels, "labels"));
            return this;
        }

        /** @throws InvalidGraphField naming the field that is wrong */
        public GraphSpec build() {
            return new GraphSpec(this);
        }
    }
}

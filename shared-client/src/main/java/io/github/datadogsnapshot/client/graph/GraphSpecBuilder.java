package io.github.datadogsnapshot.client.graph;

/** Collects the fields of a {@link GraphSpec}; {@link #build()} validates them. */
public final class GraphSpecBuilder {
    String name;
    String title;
    String metricQuery;
    String graphDef;
    String eventQuery;
    Integer width;
    Integer height;
    String thresholds;
    private String label = "";

    GraphSpecBuilder() {
    }

    /** The file name stem; letters, digits, '.', '_' and '-' only. Derived from the title when absent. */
    public GraphSpecBuilder name(String name) {
        this.name = name;
        return this;
    }

    public GraphSpecBuilder title(String title) {
        this.title = title;
        return this;
    }

    public GraphSpecBuilder metricQuery(String metricQuery) {
        this.metricQuery = metricQuery;
        return this;
    }

    /** A graph definition in Datadog's graph JSON; validated and minified by {@link #build()}. */
    public GraphSpecBuilder graphDef(String graphDef) {
        this.graphDef = graphDef;
        return this;
    }

    public GraphSpecBuilder eventQuery(String eventQuery) {
        this.eventQuery = eventQuery;
        return this;
    }

    public GraphSpecBuilder width(Integer width) {
        this.width = width;
        return this;
    }

    public GraphSpecBuilder height(Integer height) {
        this.height = height;
        return this;
    }

    /**
     * The graph's thresholds, separated by {@code ;}, e.g. {@code p95 +10% and +2ms; max < 800}; parsed by
     * {@link #build()} (see {@link io.github.datadogsnapshot.client.regression.Threshold}). Null or blank for none.
     */
    public GraphSpecBuilder thresholds(String thresholds) {
        this.thresholds = thresholds;
        return this;
    }

    /** Where this graph was configured, e.g. {@code graphs[2]}; prefixed to every error message. */
    public GraphSpecBuilder describedAs(String where) {
        this.label = where;
        return this;
    }

    String label() {
        return label == null || label.isBlank() ? "" : label + ".";
    }

    /** @throws IllegalArgumentException naming the field that is wrong */
    public GraphSpec build() {
        return new GraphSpec(this);
    }
}

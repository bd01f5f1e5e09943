package io.github.datadogsnapshot.maven;

/**
 * One {@code <graph>} of the {@code capture} goal's {@code <graphs>}: a metric query or a graph definition,
 * with optional title, event query, size and file name.
 *
 * <pre>{@code
 * <graph>
 *   <name>cpu</name>
 *   <title>CPU user time</title>
 *   <metricQuery>avg:system.cpu.user{service:checkout}</metricQuery>
 *   <eventQuery>sources:deploy</eventQuery>
 *   <width>800</width>
 *   <height>300</height>
 *   <thresholds>avg +10% and +2; max &lt; 90</thresholds>
 * </graph>
 * }</pre>
 *
 * Maven fills the fields by reflection; the values are checked when the goal runs.
 */
public class Graph {

    /** File name stem of the image ({@code <name>.png}); letters, digits, '.', '_', '-'. Default: from the title. */
    private String name;

    /** Title drawn on the graph and shown on the report page. */
    private String title;

    /** A metric query, e.g. {@code avg:system.load.1{*}}. Give this or {@code graphDef}. */
    private String metricQuery;

    /**
     * A graph definition in Datadog's graph JSON, e.g.
     * {@code {"viz":"timeseries","requests":[{"q":"avg:system.load.1{*}"}]}}. Give this or {@code metricQuery}.
     */
    private String graphDef;

    /** An event query whose events are drawn as bands, e.g. {@code sources:deploy}. */
    private String eventQuery;

    /** Width in pixels (1 to 4000); default: the capture goal's {@code width}, else Datadog's default. */
    private Integer width;

    /** Height in pixels (1 to 4000); default: the capture goal's {@code height}, else Datadog's default. */
    private Integer height;

    /**
     * Limits on the graph's numbers, separated by {@code ;}, e.g. {@code p95 +10% and +2ms; max < 800} (grammar:
     * docs/regressions.md#thresholds in the project's repository); default: the capture goal's {@code thresholds}.
     */
    private String thresholds;

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getMetricQuery() {
        return metricQuery;
    }

    public void setMetricQuery(String metricQuery) {
        this.metricQuery = metricQuery;
    }

    public String getGraphDef() {
        return graphDef;
    }

    public void setGraphDef(String graphDef) {
        this.graphDef = graphDef;
    }

    public String getEventQuery() {
        return eventQuery;
    }

    public void setEventQuery(String eventQuery) {
        this.eventQuery = eventQuery;
    }

    public Integer getWidth() {
        return width;
    }

    public void setWidth(Integer width) {
        this.width = width;
    }

    public Integer getHeight() {
        return height;
    }

    public void setHeight(Integer height) {
        this.height = height;
    }

    public String getThresholds() {
        return thresholds;
    }

    public void setThresholds(String thresholds) {
        this.thresholds = thresholds;
    }
}

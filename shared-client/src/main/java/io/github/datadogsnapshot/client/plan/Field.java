package io.github.datadogsnapshot.client.plan;

/**
 * A setting the plan check looks at. Each plugin names it its own way ({@link Labels}); {@link #key()} is the
 * client's name of it (for a graph's fields, as {@code GraphSpec.Builder} spells them).
 */
public enum Field {
    /** The list of graphs as a whole. */
    GRAPHS("graphs", Group.GRAPH),
    NAME("name", Group.GRAPH),
    TITLE("title", Group.GRAPH),
    METRIC_QUERY("metricQuery", Group.GRAPH),
    GRAPH_DEF("graphDef", Group.GRAPH),
    EVENT_QUERY("eventQuery", Group.GRAPH),
    WIDTH("width", Group.GRAPH),
    HEIGHT("height", Group.GRAPH),
    THRESHOLDS("thresholds", Group.GRAPH),
    /** The width of graphs that give none. */
    DEFAULT_WIDTH("width", Group.OPTIONS),
    /** The height of graphs that give none. */
    DEFAULT_HEIGHT("height", Group.OPTIONS),
    /** The thresholds of graphs that give none. */
    DEFAULT_THRESHOLDS("thresholds", Group.OPTIONS),
    START("start", Group.WINDOW),
    END("end", Group.WINDOW),
    PADDING("padding", Group.WINDOW),
    /** Where the window's start comes from when {@link #START} is not given, e.g. {@code the start of this build}. */
    START_ORIGIN("the window's start", Group.WINDOW),
    /** Where the window's end comes from when {@link #END} is not given, e.g. {@code now}. */
    END_ORIGIN("now", Group.WINDOW),
    /** The window as a whole (its length). */
    WINDOW("the window", Group.WINDOW),
    RENDERER("renderer", Group.OPTIONS),
    NUMBERS("numbers", Group.OPTIONS),
    /** Whether (or how) a crossed threshold marks the build. */
    FAIL_ON_REGRESSION("failOnRegression", Group.OPTIONS),
    SITE("site", Group.ENDPOINT),
    API_URL("apiUrl", Group.ENDPOINT),
    /** The environment variable that names the site when neither {@link #SITE} nor {@link #API_URL} is given. */
    SITE_VARIABLE("DD_SITE", Group.ENDPOINT);

    /** What a setting is about; a plugin may word its errors per group. */
    public enum Group { GRAPH, WINDOW, OPTIONS, ENDPOINT }

    private final String key;
    private final Group group;

    Field(String key, Group group) {
        this.key = key;
        this.group = group;
    }

    /** The client's name of the setting, also its label when a plugin gives none. */
    public String key() {
        return key;
    }

    public Group group() {
        return group;
    }

    /** The field of a graph that {@code GraphSpec} names by {@code key}. */
    static Field ofGraph(String key) {
        for (Field f : values()) {
            if (f.group == Group.GRAPH && f.key.equals(key)) {
                return f;
            }
        }
        throw new IllegalArgumentException("not a graph field: " + key);
    }
}

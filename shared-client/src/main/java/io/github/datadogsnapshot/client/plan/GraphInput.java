package io.github.datadogsnapshot.client.plan;

/**
 * One graph as configured, not yet checked; any value may be null.
 *
 * @param width  pixels, or null for the default
 * @param height pixels, or null for the default
 */
public record GraphInput(String name, String title, String metricQuery, String graphDef, String eventQuery,
                         Integer width, Integer height, String thresholds) {

    /** An empty entry of a list (e.g. an empty {@code <graph/>}). */
    public static final GraphInput EMPTY = new GraphInput(null, null, null, null, null, null, null, null);

    /** Whether a query or a graph definition is given: without either it is not a graph. */
    public boolean hasQuery() {
        return has(metricQuery) || has(graphDef);
    }

    static boolean has(String text) {
        return text != null && !text.isBlank();
    }
}

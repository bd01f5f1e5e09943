package io.github.datadogsnapshot.client.graph;

/**
 * A field of a graph that is wrong: {@link #field()} says which ({@code metricQuery}, {@code graphDef},
 * {@code name}, {@code width}, {@code height}, {@code thresholds}, {@code eventQuery}, {@code title}); the
 * message names it by the label the builder was given.
 */
public final class InvalidGraphField extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;
    private final String field;
    private final int graph;

    InvalidGraphField(String field, String message) {
        this(field, -1, message);
    }

    public InvalidGraphField(String field, int graph, String message) {
        super(message);
        this.field = field;
        this.graph = graph;
    }

    /** The field's name as the builder's methods spell it. */
    public String field() {
        return field;
    }

    /** The index of the graph in a list (from 0), or -1 when the error is about one graph alone. */
    public int graph() {
        return graph;
    }
}

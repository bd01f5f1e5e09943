package io.github.datadogsnapshot.client.plan;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntFunction;

/**
 * How one plugin names the settings: every message of the plan check names a field by its label here, so a Maven
 * user reads {@code datadog.end} and a Jenkins user {@code end}, and nobody rewrites messages afterwards.
 * A setting without a label is named by its {@link Field#key()}.
 */
public final class Labels {

    private final Map<Field, String> labels;
    private final IntFunction<String> graphPrefix;

    /**
     * @param labels      the labels of the settings that are not a graph's (a graph's own fields are named through
     *                    {@code graphPrefix})
     * @param graphPrefix what comes before the field's key for the graph at an index (from 0), e.g.
     *                    {@code graphs[2].}; may be empty
     */
    public Labels(Map<Field, String> labels, IntFunction<String> graphPrefix) {
        this.labels = labels.isEmpty() ? new EnumMap<>(Field.class) : new EnumMap<>(labels);
        this.graphPrefix = Objects.requireNonNull(graphPrefix, "graphPrefix");
    }

    /** Every setting named by its key, graphs as {@code graphs[i].} (tests, and the client's own checks). */
    public static Labels keys() {
        return new Labels(Map.of(), i -> "graphs[" + i + "].");
    }

    /** The label of a setting that is not one graph's. */
    public String of(Field field) {
        return labels.getOrDefault(field, field.key());
    }

    /** The label of a field of the graph at {@code index} (from 0). */
    public String of(int index, Field field) {
        return graphPrefix.apply(index) + field.key();
    }
}

package io.github.datadogsnapshot.client.dashboard;

import java.util.List;
import java.util.Objects;

/**
 * A template variable with the values one build uses: its name, the tag key it filters on ({@code null} for a
 * free-text variable) and its values ({@code *} for all).
 */
public record VariableValue(String name, String prefix, List<String> values) {

    public VariableValue {
        Objects.requireNonNull(name, "name");
        values = List.copyOf(values);
    }
}

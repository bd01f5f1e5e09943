package io.github.datadogsnapshot.client.dashboard;

import java.util.List;
import java.util.Objects;

/**
 * A dashboard's template variable: its name ({@code env} for {@code $env}), the tag key it filters on
 * ({@code prefix}; {@code null} for a free-text variable) and its default values.
 */
public record TemplateVariable(String name, String prefix, List<String> defaults) {

    public TemplateVariable {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("template_variables.name: missing");
        }
        prefix = prefix == null || prefix.isBlank() ? null : prefix;
        defaults = List.copyOf(Objects.requireNonNullElse(defaults, List.of()));
    }

    /** Whether the variable names a tag key, which the snapshot APIs need to apply it. */
    public boolean hasPrefix() {
        return prefix != null;
    }
}

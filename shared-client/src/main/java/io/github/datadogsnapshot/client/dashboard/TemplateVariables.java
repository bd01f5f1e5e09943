package io.github.datadogsnapshot.client.dashboard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A dashboard's template variables with a build's values: the dashboard's defaults, overridden per build
 * ({@code env=perf,service=checkout}). A variable the dashboard does not define is an error.
 */
public final class TemplateVariables {

    private TemplateVariables() {
    }

    /**
     * Reads {@code name=value} pairs separated by commas; a leading {@code $} on a name is allowed.
     *
     * @param field how error messages name the input, e.g. {@code templateVariables}
     * @throws IllegalArgumentException naming {@code field} for a pair without a name or {@code =}, or a name given
     *     twice
     */
    public static Map<String, String> parseOverrides(String text, String field) {
        Map<String, String> overrides = new LinkedHashMap<>();
        if (text == null || text.isBlank()) {
            return overrides;
        }
        for (String pair : text.split(",")) {
            if (pair.isBlank()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = eq < 0 ? "" : pair.substring(0, eq).trim().replaceFirst("^\\$", "");
            if (eq < 0 || name.isEmpty() || pair.substring(eq + 1).isBlank()) {
                throw new IllegalArgumentException(field + ": '" + pair.trim() + "' is not name=value; write e.g."
                        + " env=perf,service=checkout");
            }
            if (overrides.put(name, pair.substring(eq + 1).trim()) != null) {
                throw new IllegalArgumentException(field + ": '" + name + "' is given twice");
            }
        }
        return overrides;
    }

    /**
     * The dashboard's variables with {@code overrides} applied; a variable without a value means all ({@code *}).
     *
     * @throws IllegalArgumentException naming {@code field} and the variable if the dashboard does not define it
     */
    public static ResolvedVariables resolve(Dashboard dashboard, Map<String, String> overrides, String field) {
        Map<String, TemplateVariable> defined = new LinkedHashMap<>();
        dashboard.templateVariables().forEach(v -> defined.put(v.name(), v));
        for (String name : overrides.keySet()) {
            if (!defined.containsKey(name)) {
                throw new IllegalArgumentException(field + ": '" + name + "' is not a template variable of "
                        + dashboard.describe() + "; " + (defined.isEmpty() ? "it has none"
                                : "it has " + String.join(", ", defined.keySet())));
            }
        }
        List<VariableValue> values = new ArrayList<>();
        for (TemplateVariable v : defined.values()) {
            String override = overrides.get(v.name());
            List<String> chosen = override != null ? List.of(override)
                    : v.defaults().isEmpty() ? List.of("*") : v.defaults();
            values.add(new VariableValue(v.name(), v.prefix(), chosen));
        }
        return new ResolvedVariables(dashboard.describe(), values);
    }
}

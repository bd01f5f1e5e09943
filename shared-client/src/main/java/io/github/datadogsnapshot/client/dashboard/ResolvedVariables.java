package io.github.datadogsnapshot.client.dashboard;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.datadogsnapshot.client.wire.Json;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The template variables of one capture with their values: sent as the v2 snapshot's {@code template_variables}, and
 * written into classic queries for the v1 API. A variable without a prefix (tag key) cannot be sent to either API: it
 * is reported, never guessed.
 */
public final class ResolvedVariables {

    private static final Pattern REFERENCE = Pattern.compile("\\$([A-Za-z_][\\w-]*)(\\.value)?");

    private final String source;
    private final Map<String, VariableValue> byName = new LinkedHashMap<>();

    /** @param source how messages name where the variables come from, e.g. a dashboard */
    public ResolvedVariables(String source, List<VariableValue> values) {
        this.source = source;
        values.forEach(v -> byName.put(v.name(), v));
    }

    /** No variables: for a widget given on its own. */
    public static ResolvedVariables none() {
        return new ResolvedVariables("the widget", List.of());
    }

    /** The variables, in the dashboard's order. */
    public List<VariableValue> values() {
        return List.copyOf(byName.values());
    }

    /**
     * One sentence per variable that cannot be applied because it has no prefix, for the log and the page.
     */
    public List<String> notes() {
        List<String> notes = new ArrayList<>();
        for (VariableValue v : byName.values()) {
            if (v.prefix() == null) {
                notes.add("Template variable $" + v.name() + " of " + source + " has no prefix (tag key), so the"
                        + " snapshot cannot apply it: it is not sent, and a classic query using $" + v.name()
                        + " is refused; set a prefix on the dashboard's variable to use it");
            }
        }
        return notes;
    }

    /** The v2 snapshot's {@code template_variables}: every variable with a prefix, as name, prefix and values. */
    public ArrayNode v2TemplateVariables() {
        ArrayNode array = Json.MAPPER.createArrayNode();
        for (VariableValue v : byName.values()) {
            if (v.prefix() != null) {
                ObjectNode node = array.addObject().put("name", v.name()).put("prefix", v.prefix());
                v.values().forEach(node.putArray("values")::add);
            }
        }
        return array;
    }

    /**
     * {@code query} with every {@code $name} written as {@code prefix:value} and every {@code $name.value} as the
     * value, for the classic (v1) API; a {@code *} value (all) is left out of a tag list.
     *
     * @param field how errors name the query, e.g. {@code widget 'Load' (id 2) requests[0].q}
     * @throws IllegalArgumentException naming {@code field} for a variable that is not defined, has no prefix, or has
     *     more than one value
     */
    public String substitute(String query, String field) {
        Matcher m = REFERENCE.matcher(query);
        StringBuilder out = new StringBuilder();
        boolean anyAll = false;
        while (m.find()) {
            VariableValue v = byName.get(m.group(1));
            if (v == null) {
                throw new IllegalArgumentException(field + ": uses $" + m.group(1) + ", which " + source
                        + " does not define" + (byName.isEmpty() ? "" : " (it has $"
                                + String.join(", $", byName.keySet()) + ")"));
            }
            String value = single(v, field);
            boolean whole = m.group(2) == null;
            if (whole && v.prefix() == null) {
                throw new IllegalArgumentException(field + ": uses $" + v.name() + ", which has no prefix (tag key)"
                        + " in " + source + ", so it cannot be written as a tag filter for the classic API");
            }
            anyAll |= value.equals("*");
            String text = !whole || value.equals("*") ? value : v.prefix() + ":" + value;
            m.appendReplacement(out, Matcher.quoteReplacement(text));
        }
        m.appendTail(out);
        return anyAll ? dropAllFromTagLists(out.toString()) : out.toString();
    }

    private String single(VariableValue v, String field) {
        if (v.values().size() != 1) {
            throw new IllegalArgumentException(field + ": uses $" + v.name() + ", which has " + v.values().size()
                    + " values " + v.values() + "; the classic API takes one: set one value for " + v.name()
                    + " in templateVariables, or let the capture use v2 snapshots");
        }
        return v.values().get(0);
    }

    /** {@code {*,env:a}} is {@code {env:a}}: "all" adds no filter to a list of tags; {@code {*}} stays. */
    private static String dropAllFromTagLists(String query) {
        return query.replaceAll("\\{\\*,", "{").replaceAll(",\\*(?=[,}])", "");
    }
}

package io.github.datadogsnapshot.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a v2 snapshot body's attributes: what is wrong with them, and the same graph as classic snapshot parameters
 * (seconds, a graph_def with the template variables written in) so that the emulator draws it as it draws v1 graphs.
 */
final class V2SnapshotBodyCheck {

    private V2SnapshotBodyCheck() {
    }

    /** The first problem of the attributes, in words for a 400 answer. */
    static Optional<String> problem(JsonNode attributes, Set<String> ttls, long minMillis) {
        for (String field : new String[] {"start", "end"}) {
            JsonNode value = attributes.path(field);
            if (!value.isIntegralNumber()) {
                return Optional.of("'" + field + "' is required: milliseconds since the epoch");
            }
            if (value.asLong() < minMillis) {
                return Optional.of("'" + field + "' (" + value.asLong() + ") is not in milliseconds since the epoch");
            }
        }
        if (attributes.path("end").asLong() <= attributes.path("start").asLong()) {
            return Optional.of("'end' must be greater than 'start'");
        }
        JsonNode widget = attributes.path("widget_definition");
        if (!widget.path("type").isTextual()) {
            return Optional.of("'widget_definition' is required and must have a 'type'");
        }
        if (!widget.path("requests").isArray() || widget.path("requests").isEmpty()) {
            return Optional.of("'widget_definition' must have a non-empty 'requests' array");
        }
        if (attributes.has("ttl") && !ttls.contains(attributes.path("ttl").asText())) {
            return Optional.of("'ttl' must be one of " + ttls);
        }
        return Optional.empty();
    }

    /** The classic snapshot parameters that draw the same widget. */
    static Map<String, String> classicParams(JsonNode attributes) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("start", String.valueOf(attributes.path("start").asLong() / 1000));
        params.put("end", String.valueOf(Math.max(attributes.path("end").asLong() / 1000,
                attributes.path("start").asLong() / 1000 + 1)));
        ObjectNode widget = attributes.path("widget_definition").deepCopy();
        String graphDef = widget.toString();
        for (JsonNode variable : attributes.path("additional_config").path("template_variables")) {
            String name = variable.path("name").asText();
            String value = variable.path("values").path(0).asText("*");
            String prefix = variable.path("prefix").asText();
            graphDef = graphDef.replace("$" + name + ".value", value)
                    .replaceAll("\\$" + java.util.regex.Pattern.quote(name) + "(?![\\w-])",
                            java.util.regex.Matcher.quoteReplacement(value.equals("*") ? "*" : prefix + ":" + value));
        }
        params.put("graph_def", graphDef);
        if (widget.path("title").isTextual()) {
            params.put("title", widget.path("title").asText());
        }
        for (String size : new String[] {"width", "height"}) {
            if (attributes.path(size).isIntegralNumber()) {
                params.put(size, attributes.path(size).asText());
            }
        }
        return params;
    }
}

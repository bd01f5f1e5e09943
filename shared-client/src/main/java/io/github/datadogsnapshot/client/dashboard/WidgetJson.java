package io.github.datadogsnapshot.client.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.datadogsnapshot.client.wire.Json;

/**
 * Reads one widget as a user gives it: the definition that Datadog's "Copy JSON" of a widget yields, or a
 * dashboard export's {@code {id, definition, layout}} wrapper, which is unwrapped.
 */
public final class WidgetJson {

    private WidgetJson() {
    }

    /**
     * Parses a widget definition, or a wrapper holding one.
     *
     * @param field how error messages name the input, e.g. {@code graphs[2].widget}
     * @throws IllegalArgumentException naming {@code field} if the text is not one JSON object or has no {@code type}
     */
    public static Widget parse(String json, String field) {
        if (json == null || json.isBlank()) {
            throw new IllegalArgumentException(field + ": empty; give a widget definition as JSON, e.g. "
                    + "{\"type\":\"timeseries\",\"requests\":[{\"q\":\"avg:system.load.1{*}\"}]}");
        }
        JsonNode root = read(Json.minifyObject(json, field));
        return fromNode(root, field);
    }

    /** A widget from a parsed wrapper or definition; {@code field} names it in errors. */
    static Widget fromNode(JsonNode node, String field) {
        if (!node.isObject()) {
            throw new IllegalArgumentException(field + ": must be a JSON object, found " + node.getNodeType());
        }
        JsonNode definition = node.get("definition");
        if (definition != null && !node.has("type")) {
            if (!definition.isObject()) {
                throw new IllegalArgumentException(field + ".definition: must be a JSON object holding the widget's"
                        + " type and requests");
            }
            return widget(idOf(node.get("id"), field), (ObjectNode) definition, field + ".definition");
        }
        return widget(null, (ObjectNode) node, field);
    }

    private static Widget widget(Long id, ObjectNode definition, String field) {
        JsonNode type = definition.get("type");
        if (type == null || !type.isTextual() || type.asText().isBlank()) {
            throw new IllegalArgumentException(field + ".type: missing; a widget definition names its type, e.g."
                    + " \"type\":\"timeseries\" (is this a whole dashboard? give its id as dashboard instead)");
        }
        return new Widget(id, definition);
    }

    private static Long idOf(JsonNode id, String field) {
        if (id == null || id.isNull()) {
            return null;
        }
        if (id.canConvertToLong() && id.isIntegralNumber()) {
            return id.asLong();
        }
        if (id.isTextual() && id.asText().matches("\\d{1,18}")) {
            return Long.parseLong(id.asText());
        }
        throw new IllegalArgumentException(field + ".id: '" + id.asText() + "' is not a widget id (a whole number)");
    }

    private static JsonNode read(String minified) {
        try {
            return Json.MAPPER.readTree(minified);
        } catch (JsonProcessingException e) {
            // minifyObject has parsed this very text already.
            throw new IllegalStateException(e);
        }
    }
}

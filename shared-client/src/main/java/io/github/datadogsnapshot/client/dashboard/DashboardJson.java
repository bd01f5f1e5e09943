package io.github.datadogsnapshot.client.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.datadogsnapshot.client.wire.Json;
import java.util.ArrayList;
import java.util.List;

/** Reads the answer of {@code GET /api/v1/dashboard/{id}}. */
public final class DashboardJson {

    private DashboardJson() {
    }

    /**
     * Parses a dashboard answer.
     *
     * @param requestedId the id asked for, used when the answer lacks one and in error messages
     * @throws IllegalArgumentException if the answer is not a dashboard, naming the field that is wrong
     */
    public static Dashboard parse(String body, String requestedId) {
        String what = "dashboard " + requestedId;
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(body == null ? "" : body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(what + ": Datadog's answer is not JSON: " + e.getOriginalMessage());
        }
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException(what + ": Datadog's answer is not a JSON object");
        }
        JsonNode widgets = root.get("widgets");
        if (widgets == null || !widgets.isArray()) {
            throw new IllegalArgumentException(what + ": the answer has no widgets array; is it a dashboard?");
        }
        List<Widget> parsed = new ArrayList<>();
        for (int i = 0; i < widgets.size(); i++) {
            parsed.add(WidgetJson.fromNode(widgets.get(i), "widgets[" + i + "]"));
        }
        String id = text(root.get("id"));
        return new Dashboard(id == null ? requestedId : id, text(root.get("title")), parsed,
                variables(root.get("template_variables")));
    }

    private static List<TemplateVariable> variables(JsonNode array) {
        List<TemplateVariable> result = new ArrayList<>();
        if (array == null || !array.isArray()) {
            return result;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonNode v = array.get(i);
            String name = text(v.get("name"));
            if (name == null) {
                throw new IllegalArgumentException("template_variables[" + i + "].name: missing in the dashboard");
            }
            result.add(new TemplateVariable(name, text(v.get("prefix")), defaults(v)));
        }
        return result;
    }

    /** {@code defaults[]}, or the older single {@code default}. */
    private static List<String> defaults(JsonNode variable) {
        List<String> values = new ArrayList<>();
        JsonNode many = variable.get("defaults");
        if (many != null && many.isArray()) {
            many.forEach(value -> addText(values, value));
        }
        if (values.isEmpty()) {
            addText(values, variable.get("default"));
        }
        return values;
    }

    private static void addText(List<String> values, JsonNode value) {
        String text = text(value);
        if (text != null) {
            values.add(text);
        }
    }

    private static String text(JsonNode node) {
        return node == null || node.isNull() || node.asText().isBlank() ? null : node.asText();
    }
}

package io.github.datadogsnapshot.client.dashboard;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.graph.TimeWindow;
import io.github.datadogsnapshot.client.wire.Json;
import java.util.Objects;

/**
 * The body of {@code POST /api/v2/snapshot} for one widget: the window in milliseconds (v1 takes seconds), the widget
 * definition, size, template variables, {@code ttl} (default the shortest, {@code 30d}) and
 * {@code is_authenticated} (default true: only the organization may view the image). Built without I/O.
 *
 * @param width pixels, or {@code null} for Datadog's default
 * @param height pixels, or {@code null} for Datadog's default
 */
public record V2SnapshotBody(Widget widget, TimeWindow window, Integer width, Integer height,
        ResolvedVariables variables, SnapshotTtl ttl, boolean authenticated) {

    public V2SnapshotBody {
        Objects.requireNonNull(widget, "widget");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(variables, "variables");
        Objects.requireNonNull(ttl, "ttl");
        if (!widget.hasRequests()) {
            throw new IllegalArgumentException("widget: " + widget.describe() + " has no requests;"
                    + " Datadog's snapshot API draws only widgets that have requests (queries)");
        }
        checkSize("width", width);
        checkSize("height", height);
    }

    /** A body with the defaults: Datadog's size, the shortest ttl, an authenticated image. */
    public static V2SnapshotBody of(Widget widget, TimeWindow window, ResolvedVariables variables) {
        return new V2SnapshotBody(widget, window, null, null, variables, SnapshotTtl.DEFAULT, true);
    }

    public V2SnapshotBody withSize(Integer width, Integer height) {
        return new V2SnapshotBody(widget, window, width, height, variables, ttl, authenticated);
    }

    public V2SnapshotBody withTtl(SnapshotTtl ttl) {
        return new V2SnapshotBody(widget, window, width, height, variables, ttl, authenticated);
    }

    /** {@code false} asks for a public image URL, viewable by anyone who has it. */
    public V2SnapshotBody withAuthenticated(boolean authenticated) {
        return new V2SnapshotBody(widget, window, width, height, variables, ttl, authenticated);
    }

    /** The JSON:API body, on one line. */
    public String toJson() {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ObjectNode attributes = root.putObject("data").put("type", "create_snapshot").putObject("attributes");
        attributes.put("start", window.start().toEpochMilli()).put("end", window.end().toEpochMilli());
        ObjectNode definition = widget.definition();
        // Whether a widget's own time frame overrides start and end is not documented: the build's window rules.
        definition.remove("time");
        attributes.set("widget_definition", definition);
        if (width != null) {
            attributes.put("width", width);
        }
        if (height != null) {
            attributes.put("height", height);
        }
        attributes.put("is_authenticated", authenticated).put("ttl", ttl.text());
        ArrayNode templateVariables = variables.v2TemplateVariables();
        if (!templateVariables.isEmpty()) {
            attributes.putObject("additional_config").set("template_variables", templateVariables);
        }
        return root.toString();
    }

    private static void checkSize(String field, Integer value) {
        if (value != null && (value < 1 || value > GraphSpec.MAX_SIZE)) {
            throw new IllegalArgumentException(field + ": " + value + " pixels is out of range; use 1 to "
                    + GraphSpec.MAX_SIZE);
        }
    }
}

package io.github.datadogsnapshot.client.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Objects;

/**
 * One Datadog dashboard widget: its id (absent in a widget copied on its own), its type, its title and its
 * definition exactly as the dashboard stores it. Immutable: the definition is copied in and out.
 */
public final class Widget {

    private final Long id;
    private final String type;
    private final String title;
    private final ObjectNode definition;

    /**
     * @param id the widget's id in its dashboard, or {@code null}
     * @param definition the widget definition; its {@code type} must be text
     */
    public Widget(Long id, ObjectNode definition) {
        Objects.requireNonNull(definition, "definition");
        JsonNode type = definition.get("type");
        if (type == null || !type.isTextual() || type.asText().isBlank()) {
            throw new IllegalArgumentException("definition.type: missing; a widget definition names its type");
        }
        this.id = id;
        this.type = type.asText().trim();
        JsonNode title = definition.get("title");
        this.title = title != null && title.isTextual() && !title.asText().isBlank() ? title.asText().trim() : null;
        this.definition = definition.deepCopy();
    }

    /** The widget's id in its dashboard, or {@code null} for a widget given on its own without one. */
    public Long id() {
        return id;
    }

    /** The widget type, e.g. {@code timeseries}, {@code note}, {@code group}. */
    public String type() {
        return type;
    }

    /** The widget's title, or {@code null} if it has none. */
    public String title() {
        return title;
    }

    /** A copy of the definition. */
    public ObjectNode definition() {
        return definition.deepCopy();
    }

    /**
     * Whether the definition has a non-empty {@code requests}: the queries Datadog's snapshot API draws (an array in
     * most widget types, an object in a host map).
     */
    public boolean hasRequests() {
        JsonNode requests = definition.get("requests");
        return requests != null && (requests.isArray() || requests.isObject()) && !requests.isEmpty();
    }

    /** How messages name the widget: its title and id where known, else its type. */
    public String describe() {
        String what = title != null ? "widget '" + title + "'" : "untitled " + type + " widget";
        return id != null ? what + " (id " + id + ")" : what;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Widget w && Objects.equals(id, w.id) && definition.equals(w.definition);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, definition);
    }

    @Override
    public String toString() {
        return describe() + " of type " + type;
    }
}

package io.github.datadogsnapshot.client.dashboard;

import java.util.List;

/**
 * A Datadog dashboard as {@code GET /api/v1/dashboard/{id}} answers it: id, title, top-level widgets (groups still
 * holding theirs) and template variables.
 */
public record Dashboard(String id, String title, List<Widget> widgets, List<TemplateVariable> templateVariables) {

    public Dashboard {
        widgets = List.copyOf(widgets);
        templateVariables = List.copyOf(templateVariables);
    }

    /** How messages name the dashboard. */
    public String describe() {
        return title == null ? "dashboard " + id : "dashboard '" + title + "' (" + id + ")";
    }
}

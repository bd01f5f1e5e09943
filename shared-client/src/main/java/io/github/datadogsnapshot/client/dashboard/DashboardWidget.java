package io.github.datadogsnapshot.client.dashboard;

import java.util.Objects;

/**
 * A dashboard widget chosen for a snapshot: the widget, the file name stem of its image (unique in the dashboard),
 * the title to show and the title of the group holding it ({@code null} at the top level).
 */
public record DashboardWidget(Widget widget, String name, String title, String group) {

    public DashboardWidget {
        Objects.requireNonNull(widget, "widget");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(title, "title");
    }
}

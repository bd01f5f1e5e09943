package io.github.datadogsnapshot.client.dashboard;

import java.util.List;

/** The outcome of walking a dashboard: the widgets to snapshot, in dashboard order, and those skipped, with why. */
public record WidgetSelection(List<DashboardWidget> selected, List<SkippedWidget> skipped) {

    public WidgetSelection {
        selected = List.copyOf(selected);
        skipped = List.copyOf(skipped);
    }
}

package io.github.datadogsnapshot.client.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.datadogsnapshot.client.wire.FileNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Walks a dashboard's widgets, into groups, in dashboard order: every widget with requests gets a file name stem
 * unique in the dashboard (from its title, by the client's file name rules) and is chosen if the filter matches it;
 * every other widget is recorded as skipped with its type and the reason.
 */
public final class WidgetWalk {

    private WidgetWalk() {
    }

    /**
     * The widgets of {@code dashboard} to capture and those skipped.
     *
     * @throws IllegalArgumentException naming {@code widgets} if a filter pattern chooses no widget
     */
    public static WidgetSelection walk(Dashboard dashboard, WidgetFilter filter) {
        Walk walk = new Walk(filter);
        walk.collect(dashboard.widgets(), null, "widgets");
        checkEveryPatternChooses(dashboard, filter, walk.graphs);
        return new WidgetSelection(walk.selected, walk.skipped);
    }

    /** One walk's state: every graph widget (named whatever the filter), those chosen, and those skipped. */
    private static final class Walk {
        private final WidgetFilter filter;
        private final List<DashboardWidget> graphs = new ArrayList<>();
        private final List<DashboardWidget> selected = new ArrayList<>();
        private final List<SkippedWidget> skipped = new ArrayList<>();
        private final Set<String> taken = new HashSet<>();

        Walk(WidgetFilter filter) {
            this.filter = filter;
        }

        void collect(List<Widget> widgets, String group, String field) {
            for (int i = 0; i < widgets.size(); i++) {
                Widget widget = widgets.get(i);
                if (widget.type().equals("group")) {
                    String title = widget.title() != null ? widget.title() : "group " + (i + 1);
                    String children = field + "[" + i + "].definition.widgets";
                    collect(children(widget, children), title, children);
                } else if (widget.hasRequests()) {
                    String title = widget.title() != null ? widget.title() : untitled(widget);
                    // Named before filtering, so that a filter never renames a widget's image.
                    String name = FileNames.uniqueStem(FileNames.stemFrom(title), taken);
                    DashboardWidget graph = new DashboardWidget(widget, name, title, group);
                    graphs.add(graph);
                    if (filter.matches(widget)) {
                        selected.add(graph);
                    } else {
                        skipped.add(SkippedWidget.of(widget, group,
                                "not chosen by the widget filter (" + String.join(", ", filter.patterns()) + ")"));
                    }
                } else {
                    skipped.add(SkippedWidget.of(widget, group, SkipReasons.forType(widget.type())));
                }
            }
        }
    }

    private static List<Widget> children(Widget group, String field) {
        JsonNode array = group.definition().get("widgets");
        List<Widget> children = new ArrayList<>();
        if (array != null && array.isArray()) {
            for (int i = 0; i < array.size(); i++) {
                children.add(WidgetJson.fromNode(array.get(i), field + "[" + i + "]"));
            }
        }
        return children;
    }

    private static String untitled(Widget widget) {
        return widget.id() != null ? widget.type() + " " + widget.id() : widget.type();
    }

    private static void checkEveryPatternChooses(Dashboard dashboard, WidgetFilter filter,
            List<DashboardWidget> graphs) {
        for (String pattern : filter.patterns()) {
            if (graphs.stream().noneMatch(g -> WidgetFilter.matches(pattern, g.widget()))) {
                List<String> titles = graphs.stream().map(DashboardWidget::title).toList();
                throw new IllegalArgumentException("widgets: '" + pattern + "' matches no widget title or id of "
                        + dashboard.describe() + "; its " + graphs.size() + " graph widgets are " + titles);
            }
        }
    }
}

package io.github.datadogsnapshot.client.dashboard;

import java.util.Map;

/** Why a widget without requests gets no snapshot, in words for the page and the manifest. */
final class SkipReasons {

    private static final String NO_GRAPH = "Datadog's snapshot APIs draw only widgets that have requests (queries)";
    private static final Map<String, String> BY_TYPE = Map.ofEntries(
            Map.entry("note", "a text note, not a graph"),
            Map.entry("free_text", "free text, not a graph"),
            Map.entry("image", "an image, not a graph"),
            Map.entry("iframe", "an embedded web page, not a graph"),
            Map.entry("manage_status", "a monitor summary; " + NO_GRAPH),
            Map.entry("check_status", "a check status; " + NO_GRAPH),
            Map.entry("alert_graph", "a monitor's graph, drawn from the monitor rather than from requests; "
                    + NO_GRAPH),
            Map.entry("alert_value", "a monitor's value, read from the monitor rather than from requests; "
                    + NO_GRAPH),
            Map.entry("slo", "an SLO summary; " + NO_GRAPH),
            Map.entry("slo_list", "a list of SLOs; " + NO_GRAPH),
            Map.entry("event_stream", "an event stream; " + NO_GRAPH),
            Map.entry("event_timeline", "an event timeline; " + NO_GRAPH),
            Map.entry("log_stream", "a log stream; " + NO_GRAPH),
            Map.entry("servicemap", "a service map; " + NO_GRAPH),
            Map.entry("trace_service", "an APM service summary; " + NO_GRAPH),
            Map.entry("powerpack", "a powerpack: its widgets are stored in the powerpack, which is not read;"
                    + " put them on the dashboard or capture them as widgets"),
            Map.entry("split_group", "a split graph (one graph per tag value); capture its source widget as a"
                    + " widget with the tag in its query instead"));

    private SkipReasons() {
    }

    /** The reason a widget of {@code type} without requests is skipped. */
    static String forType(String type) {
        String reason = BY_TYPE.get(type);
        return reason != null ? reason : "a " + type + " widget without requests; " + NO_GRAPH;
    }
}

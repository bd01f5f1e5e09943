package io.github.datadogsnapshot.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The validated query parameters of one snapshot call.
 *
 * @param start window start, POSIX seconds
 * @param end window end, POSIX seconds, after {@code start}
 * @param metricQuery the {@code metric_query} as sent, or {@code null}
 * @param graphDef the {@code graph_def} as sent, or {@code null}
 * @param eventQuery the {@code event_query}, or {@code null}
 * @param title the {@code title}, or {@code null}
 * @param width image width in pixels
 * @param height image height in pixels
 * @param queries the metric queries of the chart, one per list element; each gives one line, or one per group
 * @param events the event filters whose events the chart shows as bands, empty for none
 */
record SnapshotRequest(
        long start, long end, String metricQuery, String graphDef, String eventQuery, String title,
        int width, int height, List<String> queries, List<EventFilter> events) {

    static final int DEFAULT_WIDTH = 800;
    static final int DEFAULT_HEIGHT = 400;
    static final int MAX_SIZE = 4000;
    /** Timestamps above this (year 5138) are almost certainly milliseconds sent by mistake. */
    private static final long MAX_SECONDS = 100_000_000_000L;

    /** The query parameters broke a rule; each message names the parameter and the problem. */
    static final class InvalidRequest extends Exception {
        private static final long serialVersionUID = 1L;
        private final List<String> errors;

        InvalidRequest(List<String> errors) {
            super(String.join("; ", errors));
            this.errors = List.copyOf(errors);
        }

        List<String> errors() {
            return errors;
        }
    }

    /** Checks the parameters like Datadog does (and a little stricter about sizes and units). */
    static SnapshotRequest parse(Map<String, String> params, ObjectMapper json) throws InvalidRequest {
        List<String> errors = new ArrayList<>();
        Long start = timestamp(params, "start", errors);
        Long end = timestamp(params, "end", errors);
        if (start != null && end != null && end <= start) {
            errors.add("Parameter 'end' (" + end + ") must be greater than 'start' (" + start + ")");
        }
        String metricQuery = text(params, "metric_query");
        String graphDef = text(params, "graph_def");
        JsonNode graph = null;
        if (metricQuery == null && graphDef == null) {
            errors.add("One of 'metric_query' or 'graph_def' is required");
        }
        if (graphDef != null) {
            graph = parseGraphDef(graphDef, json, errors);
        }
        int width = size(params, "width", DEFAULT_WIDTH, errors);
        int height = size(params, "height", DEFAULT_HEIGHT, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequest(errors);
        }
        String eventQuery = text(params, "event_query");
        List<String> queries = graph != null ? graphQueries(graph) : MetricQuery.splitTopLevel(metricQuery);
        List<EventFilter> events = eventFilters(eventQuery, graph);
        return new SnapshotRequest(start, end, params.get("metric_query"), params.get("graph_def"), eventQuery,
                text(params, "title"), width, height, queries, events);
    }

    /** The title drawn: the {@code title}, else the {@code metric_query}, else the queries joined by ", ". */
    String chartTitle() {
        return title != null ? title : metricQuery != null && !metricQuery.isBlank() ? metricQuery.trim()
                : String.join(", ", queries);
    }

    /** The {@code event_query}, else the {@code q} of each of the graph's {@code events} (any text for none). */
    private static List<EventFilter> eventFilters(String eventQuery, JsonNode graph) {
        if (eventQuery != null) {
            return List.of(EventFilter.fromQuery(eventQuery));
        }
        List<EventFilter> filters = new ArrayList<>();
        if (graph != null) {
            for (JsonNode event : graph.path("events")) {
                filters.add(EventFilter.fromQuery(event.path("q").asText("")));
            }
        }
        return List.copyOf(filters);
    }

    /** Reads a POSIX timestamp in seconds; problems are added to {@code errors} and give {@code null}. */
    static Long timestamp(Map<String, String> params, String name, List<String> errors) {
        String value = text(params, name);
        if (value == null) {
            errors.add("Missing required parameter '" + name + "' (an integer POSIX timestamp in seconds)");
            return null;
        }
        long seconds;
        try {
            seconds = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            errors.add("Parameter '" + name + "' must be an integer POSIX timestamp in seconds, got '" + value + "'");
            return null;
        }
        if (seconds < 0) {
            errors.add("Parameter '" + name + "' must not be negative, got " + seconds);
            return null;
        }
        if (seconds > MAX_SECONDS) {
            errors.add("Parameter '" + name + "' must be in seconds, " + seconds + " looks like milliseconds");
            return null;
        }
        return seconds;
    }

    private static int size(Map<String, String> params, String name, int fallback, List<String> errors) {
        String value = text(params, name);
        if (value == null) {
            return fallback;
        }
        try {
            int pixels = Integer.parseInt(value.trim());
            if (pixels >= 1 && pixels <= MAX_SIZE) {
                return pixels;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add("Parameter '" + name + "' must be a whole number of pixels from 1 to " + MAX_SIZE + ", got '"
                + value + "'");
        return fallback;
    }

    private static JsonNode parseGraphDef(String graphDef, ObjectMapper json, List<String> errors) {
        try {
            JsonNode graph = json.readTree(graphDef);
            if (graph != null && graph.isObject()) {
                return graph;
            }
            String found = graph == null ? "nothing" : "a JSON " + graph.getNodeType().name().toLowerCase(Locale.ROOT);
            errors.add("Parameter 'graph_def' must be a JSON object, got " + found);
        } catch (JsonProcessingException e) {
            errors.add("Parameter 'graph_def' is not valid JSON: " + e.getOriginalMessage());
        }
        return null;
    }

    /** The {@code q} of every request; formula-style {@code queries[].query} count too. */
    private static List<String> graphQueries(JsonNode graph) {
        List<String> queries = new ArrayList<>();
        for (JsonNode request : graph.path("requests")) {
            if (request.path("q").isTextual()) {
                queries.addAll(MetricQuery.splitTopLevel(request.get("q").asText()));
            }
            for (JsonNode query : request.path("queries")) {
                if (query.path("query").isTextual()) {
                    queries.add(query.get("query").asText());
                }
            }
        }
        if (queries.isEmpty()) {
            queries.add("(no query)");
        }
        return List.copyOf(queries);
    }

    private static String text(Map<String, String> params, String name) {
        String value = params.get(name);
        return value == null || value.isBlank() ? null : value;
    }
}

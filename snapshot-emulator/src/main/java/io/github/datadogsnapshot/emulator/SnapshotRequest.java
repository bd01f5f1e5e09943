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
 * @param queries one metric query per line of the chart
 * @param events whether the chart shows event bands
 */
record SnapshotRequest(
        long start, long end, String metricQuery, String graphDef, String eventQuery, String title,
        int width, int height, List<String> queries, boolean events) {

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
        List<String> queries = graph != null ? graphQueries(graph) : splitTopLevel(metricQuery);
        boolean events = eventQuery != null || (graph != null && graph.path("events").size() > 0);
        return new SnapshotRequest(start, end, params.get("metric_query"), params.get("graph_def"), eventQuery,
                text(params, "title"), width, height, queries, events);
    }

    private static Long timestamp(Map<String, String> params, String name, List<String> errors) {
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
                queries.addAll(splitTopLevel(request.get("q").asText()));
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

    /** Splits {@code "avg:a{x,y},avg:b{*}"} at the commas outside braces and parentheses. */
    static List<String> splitTopLevel(String query) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i < query.length(); i++) {
            char c = query.charAt(i);
            if (c == '{' || c == '(' || c == '[') {
                depth++;
            } else if ((c == '}' || c == ')' || c == ']') && depth > 0) {
                depth--;
            } else if (c == ',' && depth == 0) {
                addTrimmed(parts, query.substring(from, i));
                from = i + 1;
            }
        }
        addTrimmed(parts, query.substring(from));
        if (parts.isEmpty()) {
            parts.add(query.trim());
        }
        return List.copyOf(parts);
    }

    private static void addTrimmed(List<String> parts, String part) {
        if (!part.isBlank()) {
            parts.add(part.trim());
        }
    }

    private static String text(Map<String, String> params, String name) {
        String value = params.get(name);
        return value == null || value.isBlank() ? null : value;
    }
}

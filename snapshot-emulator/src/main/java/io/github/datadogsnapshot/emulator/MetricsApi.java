package io.github.datadogsnapshot.emulator;

import com.sun.net.httpserver.Headers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the emulated metrics query API ({@code GET /api/v1/query}) and events API ({@code GET /api/v1/events})
 * answer, in Datadog's v1 formats, from {@link SyntheticMetrics} and {@link SyntheticEvents}: the same numbers and
 * events the snapshot charts draw. Both need the API key and an application key; unlike the snapshot endpoint
 * they accept the scoped application key (a key scoped to {@code timeseries_query} and {@code events_read} may
 * call them). The query API has its own rate-limit window; the events API has none.
 */
final class MetricsApi {

    static final String QUERY_PATH = "/api/v1/query";
    static final String EVENTS_PATH = "/api/v1/events";
    static final String QUERY_EXAMPLE = "avg:system.cpu.user{env:prod} by {host}";

    private final EmulatorSettings settings;
    private final RateLimitWindow rateLimit;

    MetricsApi(EmulatorSettings settings, RateLimitWindow rateLimit) {
        this.settings = settings;
        this.rateLimit = rateLimit;
    }

    /** {@code GET /api/v1/query?from=&to=&query=}: keys, then the query budget, then the parameters. */
    Answer query(Map<String, String> params, Headers headers) {
        if (!keysAccepted(headers)) {
            return Answer.error(403, "Forbidden");
        }
        RateLimitWindow.Decision decision = rateLimit.acquire();
        return queryWithinBudget(params, decision).withHeaders(decision.headers("query"));
    }

    /** {@code GET /api/v1/events?start=&end=[&sources=][&tags=][&priority=]}: keys, then the parameters. */
    Answer events(Map<String, String> params, Headers headers) {
        if (!keysAccepted(headers)) {
            return Answer.error(403, "Forbidden");
        }
        List<String> errors = new ArrayList<>();
        Long start = SnapshotRequest.timestamp(params, "start", errors);
        Long end = SnapshotRequest.timestamp(params, "end", errors);
        if (start != null && end != null && end <= start) {
            errors.add("Parameter 'end' (" + end + ") must be greater than 'start' (" + start + ")");
        }
        String priority = params.get("priority");
        if (priority != null && !priority.isBlank() && !List.of("normal", "low").contains(priority.trim())) {
            errors.add("Parameter 'priority' must be 'normal' or 'low', got '" + priority + "'");
        }
        if (!errors.isEmpty()) {
            return Answer.errors(400, errors);
        }
        List<Map<String, Object>> events = new ArrayList<>();
        for (SyntheticEvents.Event event : SyntheticEvents.of(EventFilter.fromParameters(params), start, end)) {
            events.add(eventJson(event));
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("events", events);
        body.put("status", "ok");
        return Answer.json(200, body);
    }

    private Answer queryWithinBudget(Map<String, String> params, RateLimitWindow.Decision decision) {
        if (!decision.allowed()) {
            return Answer.error(429, "Rate limit of " + decision.limit() + " requests in " + decision.periodSeconds()
                    + " seconds reached. Please try again later.");
        }
        List<String> errors = new ArrayList<>();
        Long from = SnapshotRequest.timestamp(params, "from", errors);
        Long to = SnapshotRequest.timestamp(params, "to", errors);
        if (from != null && to != null && to <= from) {
            errors.add("Parameter 'to' (" + to + ") must be greater than 'from' (" + from + ")");
        }
        String query = params.get("query");
        List<String> queries = List.of();
        if (query == null || query.isBlank()) {
            errors.add("Missing required parameter 'query' (a metric query such as " + QUERY_EXAMPLE + ")");
        } else {
            queries = MetricQuery.splitTopLevel(query);
            for (String q : queries) {
                if (MetricQuery.parse(q).isEmpty()) {
                    errors.add("Error parsing query: '" + q + "' is not a metric query such as " + QUERY_EXAMPLE);
                }
            }
        }
        if (!errors.isEmpty()) {
            return Answer.errors(400, errors);
        }
        List<Map<String, Object>> series = new ArrayList<>();
        Set<String> groupBy = new LinkedHashSet<>();
        for (int index = 0; index < queries.size(); index++) {
            MetricQuery.parse(queries.get(index)).ifPresent(q -> groupBy.addAll(q.groupBy()));
            for (SyntheticMetrics.Series one : SyntheticMetrics.of(queries.get(index), from, to)) {
                series.add(seriesJson(one, index));
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", "ok");
        body.put("res_type", "time_series");
        body.put("resp_version", 1);
        body.put("query", query);
        body.put("from_date", from * 1000);
        body.put("to_date", to * 1000);
        body.put("series", series);
        body.put("values", List.of());
        body.put("times", List.of());
        body.put("message", "");
        body.put("group_by", List.copyOf(groupBy));
        return Answer.json(200, body);
    }

    private static Map<String, Object> seriesJson(SyntheticMetrics.Series series, int queryIndex) {
        long[] times = series.epochMillis();
        double[] values = series.values();
        List<List<Object>> points = new ArrayList<>(times.length);
        for (int i = 0; i < times.length; i++) {
            List<Object> point = new ArrayList<>(2);
            point.add((double) times[i]);
            point.add(Double.isNaN(values[i]) ? null : values[i]);
            points.add(point);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("metric", series.metric());
        json.put("display_name", series.metric());
        json.put("unit", series.unit() == null ? null : unitJson(series.unit()));
        json.put("pointlist", points);
        json.put("start", times.length == 0 ? null : times[0]);
        json.put("end", times.length == 0 ? null : times[times.length - 1] + series.intervalSeconds() * 1000 - 1000);
        json.put("interval", series.intervalSeconds());
        json.put("length", times.length);
        json.put("aggr", series.aggregator());
        json.put("scope", series.scope());
        json.put("tag_set", series.tagSet());
        json.put("expression", series.expression());
        json.put("query_index", queryIndex);
        json.put("attributes", Map.of());
        return json;
    }

    /** Datadog's {@code [primary unit, per unit]}; the emulator's units have no "per" part. */
    static List<Object> unitJson(SyntheticMetrics.Unit unit) {
        Map<String, Object> primary = new LinkedHashMap<>();
        primary.put("family", unit.family());
        primary.put("scale_factor", unit.scaleFactor());
        primary.put("name", unit.name());
        primary.put("short_name", unit.shortName());
        primary.put("plural", unit.plural());
        List<Object> pair = new ArrayList<>(2);
        pair.add(primary);
        pair.add(null);
        return pair;
    }

    private static Map<String, Object> eventJson(SyntheticEvents.Event event) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("alert_type", "info");
        json.put("date_happened", event.epochSeconds());
        json.put("device_name", null);
        json.put("host", null);
        json.put("id", event.id());
        json.put("id_str", Long.toString(event.id()));
        json.put("payload", "{}");
        json.put("priority", event.priority());
        json.put("source_type_name", event.source());
        json.put("tags", event.tags());
        json.put("text", "Made up by the emulator.");
        json.put("title", event.title());
        json.put("url", "/event/event/" + event.id());
        return json;
    }

    private boolean keysAccepted(Headers headers) {
        String applicationKey = headers.getFirst("DD-APPLICATION-KEY");
        return settings.apiKey().equals(headers.getFirst("DD-API-KEY"))
                && (settings.applicationKey().equals(applicationKey)
                        || settings.scopedApplicationKey().equals(applicationKey));
    }
}

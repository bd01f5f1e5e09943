package io.github.datadogsnapshot.client.graph;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.datadogsnapshot.client.wire.EventQueryParameters;
import io.github.datadogsnapshot.client.wire.Json;
import io.github.datadogsnapshot.client.wire.QueryText;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The plain queries of a graph: what Datadog's metrics query API ({@code /api/v1/query}) and events API
 * ({@code /api/v1/events}) can be asked for to get the numbers and events behind the picture.
 *
 * <p>Metrics: a graph's {@code metricQuery} is one plain query. A {@code graphDef} gives one entry per element of
 * its {@code requests}: the request's {@code q} is plain, arithmetic and functions included
 * ({@code sum:a{*} / sum:b{*}}, {@code top(...)}, {@code .rollup(...)}), because the query API evaluates the same
 * query language as the graph, so the numbers are the graph's own. A request has no plain query when it uses
 * formulas and functions ({@code queries}/{@code formulas}: the v2 query API's shape), queries another data source
 * ({@code log_query}, {@code apm_query} ...), has no {@code q}, or uses a dashboard template variable
 * ({@code $env}) that only a dashboard fills in.
 *
 * <p>Events: the graph's {@code eventQuery}, else each {@code graphDef.events[].q}. One is plain when its words
 * are only {@code sources:}, {@code tags:} and {@code priority:} filters, which the events API has; other words
 * (free text, {@code host:} ...) would list more events than the graph shows, so they are reported instead.
 */
public final class GraphQueries {

    private static final Set<String> FORMULA_FIELDS = Set.of("queries", "formulas");
    private static final List<String> OTHER_SOURCES = List.of("log_query", "apm_query", "apm_stats_query",
            "rum_query", "process_query", "network_query", "security_query", "event_query", "audit_query",
            "profile_metrics_query", "response_format");

    private GraphQueries() {
    }

    /** The metric queries of the graph, in the order of its requests; never empty. */
    public static List<GraphQuery> metrics(GraphSpec graph) {
        if (graph.metricQuery().isPresent()) {
            String query = graph.metricQuery().get();
            String variable = QueryText.templateVariable(query);
            return List.of(variable == null ? GraphQuery.plain("metricQuery", query)
                    : GraphQuery.none("metricQuery", templateProblem(variable)));
        }
        JsonNode definition = definition(graph);
        JsonNode requests = definition.get("requests");
        if (requests == null || !requests.isArray() || requests.isEmpty()) {
            return List.of(GraphQuery.none("graphDef.requests", "the graph definition has no requests"));
        }
        List<GraphQuery> queries = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            queries.add(request("graphDef.requests[" + i + "]", requests.get(i)));
        }
        return List.copyOf(queries);
    }

    private static GraphQuery request(String source, JsonNode request) {
        if (!request.isObject()) {
            return GraphQuery.none(source, "the request is not a JSON object");
        }
        for (String field : FORMULA_FIELDS) {
            if (request.has(field)) {
                return GraphQuery.none(source, "it uses formulas and functions (queries, formulas), which the v1"
                        + " metrics query API cannot run");
            }
        }
        JsonNode q = request.get("q");
        if (q == null || !q.isTextual() || q.asText().isBlank()) {
            for (String field : OTHER_SOURCES) {
                if (request.has(field)) {
                    return GraphQuery.none(source, "it queries " + field + ", not metrics");
                }
            }
            return GraphQuery.none(source, "it has no q");
        }
        String variable = QueryText.templateVariable(q.asText());
        return variable == null ? GraphQuery.plain(source, q.asText()) : GraphQuery.none(source, templateProblem(variable));
    }

    private static String templateProblem(String variable) {
        return "it uses the template variable " + variable + ", which only a dashboard fills in";
    }

    /** The event queries of the graph: its {@code eventQuery}, else its {@code graphDef.events}; may be empty. */
    public static List<GraphQuery> events(GraphSpec graph) {
        if (graph.eventQuery().isPresent()) {
            return List.of(event("eventQuery", graph.eventQuery().get()));
        }
        if (graph.graphDef().isEmpty()) {
            return List.of();
        }
        JsonNode events = definition(graph).get("events");
        if (events == null || !events.isArray()) {
            return List.of();
        }
        List<GraphQuery> queries = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            String source = "graphDef.events[" + i + "]";
            JsonNode q = events.get(i).path("q");
            queries.add(q.isTextual() && !q.asText().isBlank() ? event(source, q.asText())
                    : GraphQuery.none(source, "it has no q"));
        }
        return List.copyOf(queries);
    }

    private static GraphQuery event(String source, String query) {
        EventQueryParameters.Translation translation = EventQueryParameters.translate(query);
        return translation.isTranslated() ? GraphQuery.plain(source, query) : GraphQuery.none(source, translation.problem());
    }

    private static JsonNode definition(GraphSpec graph) {
        try {
            return Json.MAPPER.readTree(graph.graphDef().orElseThrow());
        } catch (IOException e) {
            throw new IllegalStateException("GraphSpec checked its graphDef", e);
        }
    }
}

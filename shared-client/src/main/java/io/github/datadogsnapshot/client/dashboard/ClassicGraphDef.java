package io.github.datadogsnapshot.client.dashboard;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.datadogsnapshot.client.wire.Json;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a widget into the classic API's {@code graph_def}, for organizations without v2 snapshots: requests with a
 * classic query ({@code q}), or whose formulas each draw one metrics query unchanged, convert; template variables
 * are written into the queries. Anything else is refused with the exact reason.
 */
public final class ClassicGraphDef {

    /** Widget types whose classic {@code viz} has the same name. */
    private static final Set<String> VIZ = Set.of("timeseries", "query_value", "toplist", "change", "heatmap",
            "distribution");
    /** Request fields naming a data source other than metrics, in the older widget form. */
    private static final Map<String, String> OTHER_SOURCES = Map.of("log_query", "logs", "apm_query", "APM traces",
            "apm_stats_query", "APM statistics", "rum_query", "RUM", "network_query", "network data",
            "process_query", "processes", "security_query", "security signals", "event_query", "events",
            "audit_query", "audit logs", "profile_metrics_query", "profiles");
    /** Request fields that mean the same in a graph_def. */
    private static final List<String> KEPT = List.of("style", "aggregator", "conditional_formats");

    private ClassicGraphDef() {
    }

    /**
     * The {@code graph_def} JSON, on one line, that draws {@code widget} through the classic API.
     *
     * @throws ClassicConversionException if the classic API cannot draw the widget, saying why
     * @throws IllegalArgumentException if a query uses a template variable that cannot be written into it
     */
    public static String convert(Widget widget, ResolvedVariables variables) {
        if (!VIZ.contains(widget.type())) {
            throw new ClassicConversionException(widget, "a " + widget.type() + " widget has no classic graph_def"
                    + " form (the classic API draws " + String.join(", ", VIZ.stream().sorted().toList()) + ")");
        }
        JsonNode requests = widget.definition().get("requests");
        if (requests == null || !requests.isArray() || requests.isEmpty()) {
            throw new ClassicConversionException(widget, "it has no requests");
        }
        ObjectNode graphDef = Json.MAPPER.createObjectNode().put("viz", widget.type());
        ArrayNode out = graphDef.putArray("requests");
        for (int i = 0; i < requests.size(); i++) {
            convertRequest(widget, requests.get(i), "requests[" + i + "]", variables, out);
        }
        JsonNode events = widget.definition().get("events");
        if (events != null && events.isArray() && !events.isEmpty()) {
            ArrayNode outEvents = graphDef.putArray("events");
            for (int i = 0; i < events.size(); i++) {
                ObjectNode event = events.get(i).deepCopy();
                if (event.hasNonNull("q")) {
                    event.put("q", variables.substitute(event.get("q").asText(),
                            widget.describe() + " events[" + i + "].q"));
                }
                outEvents.add(event);
            }
        }
        return graphDef.toString();
    }

    private static void convertRequest(Widget widget, JsonNode request, String field, ResolvedVariables variables,
            ArrayNode out) {
        for (var names = request.fieldNames(); names.hasNext();) {
            String name = names.next();
            if (OTHER_SOURCES.containsKey(name)) {
                throw new ClassicConversionException(widget, field + " reads " + OTHER_SOURCES.get(name) + " ("
                        + name + "); the classic API draws metrics only");
            }
        }
        if (request.hasNonNull("q")) {
            ObjectNode classic = classic(request, request.get("q").asText(), field + ".q", widget, variables);
            KEPT.forEach(key -> copy(request, classic, key));
            out.add(classic);
        } else if (request.has("queries")) {
            convertFormulas(widget, request, field, variables, out);
        } else {
            throw new ClassicConversionException(widget, field + " has neither a classic query (q) nor queries");
        }
    }

    /** Each formula must be exactly the name of one metrics query: then it draws that query. */
    private static void convertFormulas(Widget widget, JsonNode request, String field, ResolvedVariables variables,
            ArrayNode out) {
        JsonNode formulas = request.get("formulas");
        if (formulas == null || !formulas.isArray() || formulas.isEmpty()) {
            throw new ClassicConversionException(widget, field + " has queries but no formulas, so which of them"
                    + " it draws is not known");
        }
        JsonNode queries = request.get("queries");
        if (!queries.isArray()) {
            throw new ClassicConversionException(widget, field + ".queries is not a list");
        }
        for (int q = 0; q < queries.size(); q++) {
            String source = queries.get(q).path("data_source").asText("");
            if (!source.equals("metrics")) {
                throw new ClassicConversionException(widget, field + ".queries[" + q + "] ('"
                        + queries.get(q).path("name").asText("") + "') reads data_source '" + source
                        + "'; the classic API draws metrics only");
            }
        }
        for (int f = 0; f < formulas.size(); f++) {
            String formula = formulas.get(f).path("formula").asText("").trim();
            JsonNode query = queryNamed(queries, formula);
            if (query == null) {
                throw new ClassicConversionException(widget, field + ".formulas[" + f + "]: formula '" + formula
                        + "' computes a new series from its queries, which a graph_def cannot express");
            }
            ObjectNode classic = classic(request, query.path("query").asText(""),
                    field + ".queries[" + formula + "].query", widget, variables);
            copy(query, classic, "aggregator");
            copy(request, classic, "style");
            out.add(classic);
        }
    }

    private static ObjectNode classic(JsonNode request, String query, String field, Widget widget,
            ResolvedVariables variables) {
        ObjectNode classic = Json.MAPPER.createObjectNode().put("q",
                variables.substitute(query, widget.describe() + " " + field));
        if (request.hasNonNull("display_type")) {
            classic.put("type", request.get("display_type").asText());
        }
        return classic;
    }

    private static JsonNode queryNamed(JsonNode queries, String name) {
        if (queries != null && queries.isArray()) {
            for (JsonNode query : queries) {
                if (query.path("name").asText("").equals(name)) {
                    return query;
                }
            }
        }
        return null;
    }

    private static void copy(JsonNode from, ObjectNode to, String key) {
        if (from.hasNonNull(key)) {
            to.set(key, from.get(key).deepCopy());
        }
    }
}

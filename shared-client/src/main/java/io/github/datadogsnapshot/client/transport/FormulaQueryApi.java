package io.github.datadogsnapshot.client.transport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.datadogsnapshot.client.config.ApiEndpoint;
import io.github.datadogsnapshot.client.exception.ClientSideException;
import io.github.datadogsnapshot.client.exception.ServiceException;
import io.github.datadogsnapshot.client.graph.TimeWindow;
import io.github.datadogsnapshot.client.regression.MetricSeries;
import io.github.datadogsnapshot.client.wire.Json;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The wire format of Datadog's metrics query with formulas, {@code POST /api/v2/query/timeseries}: the request body,
 * the answer read into one {@link MetricSeries} per formula (and group), and the error messages. Pure functions; the
 * call (keys as headers, retries, deadline, the query budget) is the caller's, as for {@link MetricsQueryApi}.
 *
 * <p>Documented by Datadog (v2 OpenAPI spec, operation "Query timeseries data across multiple products"): the body
 * {@code {"data":{"type":"timeseries_request","attributes":{"from":ms,"to":ms,"queries":[...],"formulas":[...]}}}},
 * the answer's {@code series[]} ({@code group_tags}, {@code query_index}, {@code unit}), the shared {@code times}
 * and {@code values[k]} belonging to {@code series[k]}; errors as {@code {"errors":["..."]}}. Inferred (the spec's
 * field descriptions, not stated outright): {@code query_index} points into {@code formulas}, or into
 * {@code queries} when no formula was sent; the answer carries no alias, so the label comes from the request.
 */
public final class FormulaQueryApi {

    public static final String PATH = "/api/v2/query/timeseries";

    private final ApiEndpoint endpoint;

    public FormulaQueryApi(ApiEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    /** Where the request goes: the configured API host. */
    public URI uri() {
        return URI.create(endpoint.baseUri() + PATH);
    }

    /** The body for {@code window} (in milliseconds); no {@code interval}, so Datadog picks it as for a graph. */
    public byte[] body(FormulaRequest request, TimeWindow window) {
        ObjectNode root = Json.MAPPER.createObjectNode();
        ObjectNode attributes = root.putObject("data").put("type", "timeseries_request").putObject("attributes");
        attributes.put("from", window.start().toEpochMilli()).put("to", window.end().toEpochMilli());
        ArrayNode queries = attributes.putArray("queries");
        request.queries().forEach(q -> queries.addObject().put("data_source", "metrics").put("name", q.name())
                .put("query", q.query().trim()));
        ArrayNode formulas = attributes.putArray("formulas");
        for (FormulaRequest.Formula formula : request.formulas()) {
            ObjectNode node = formulas.addObject().put("formula", formula.formula().trim());
            if (formula.alias() != null && !formula.alias().isBlank()) {
                node.put("alias", formula.alias().trim());
            }
        }
        return root.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * The series of a 200 answer: one per formula and group, in the answer's order. Each series' {@code query} is
     * the formula (the query when no formula was sent), its label ({@link MetricSeries#expression()}) the alias,
     * followed by the group's tags when grouped. {@code null} values stay {@code null}; numbers too large for a
     * double are kept as infinite, to be left out and counted by the statistics as for v1 answers.
     *
     * @throws ClientSideException when the body is not a timeseries answer (cut short, HTML from a proxy ...)
     */
    public List<MetricSeries> series(HttpTransport.JsonAnswer answer, FormulaRequest request) {
        JsonNode attributes = read(answer).path("data").path("attributes");
        JsonNode list = attributes.get("series");
        JsonNode times = attributes.get("times");
        JsonNode values = attributes.get("values");
        if (list == null || !list.isArray() || times == null || !times.isArray() || values == null
                || !values.isArray() || values.size() != list.size()) {
            throw notAnAnswer("it has no series, times and values lists of matching sizes");
        }
        long[] epochMillis = new long[times.size()];
        for (int t = 0; t < times.size(); t++) {
            if (!times.get(t).isNumber()) {
                throw notAnAnswer("time " + t + " is not a number");
            }
            epochMillis[t] = Math.round(times.get(t).asDouble());
        }
        long interval = epochMillis.length < 2 ? 0 : (epochMillis[1] - epochMillis[0]) / 1000;
        List<MetricSeries> series = new ArrayList<>(list.size());
        for (int k = 0; k < list.size(); k++) {
            series.add(series(k, list.get(k), values.get(k), epochMillis, interval, request));
        }
        return List.copyOf(series);
    }

    private MetricSeries series(int k, JsonNode node, JsonNode values, long[] times, long interval,
                                FormulaRequest request) {
        int index = node.path("query_index").asInt(-1);
        boolean formulas = !request.formulas().isEmpty();
        int size = formulas ? request.formulas().size() : request.queries().size();
        if (index < 0 || index >= size) {
            throw notAnAnswer("series " + k + " has query_index " + node.path("query_index") + ", not one of the "
                    + size + (formulas ? " formulas" : " queries") + " asked");
        }
        String query = formulas ? request.formulas().get(index).formula().trim()
                : request.queries().get(index).query().trim();
        String label = formulas ? request.formulas().get(index).label() : request.queries().get(index).name();
        List<String> tags = new ArrayList<>();
        node.path("group_tags").forEach(tag -> tags.add(tag.asText()));
        String scope = tags.isEmpty() ? "*" : String.join(",", tags);
        if (!values.isArray() || values.size() != times.length) {
            throw notAnAnswer("values " + k + " do not have one value per time");
        }
        List<MetricSeries.Point> points = new ArrayList<>(times.length);
        for (int t = 0; t < times.length; t++) {
            JsonNode value = values.get(t);
            if (!value.isNumber() && !value.isNull()) {
                throw notAnAnswer("value " + t + " of series " + k + " is not a number or null");
            }
            points.add(new MetricSeries.Point(times[t], value.isNull() ? null : value.asDouble()));
        }
        return new MetricSeries(query, index, null, tags.isEmpty() ? label : label + "{" + scope + "}", scope, tags,
                MetricsQueryApi.unit(node.path("unit")), interval, points);
    }

    /** The exception for an error answer, with the advice of the v1 metrics query (the same keys and scopes). */
    public ServiceException error(HttpTransport.JsonAnswer answer, String attempted) {
        return new MetricsQueryApi(endpoint).error(answer, attempted);
    }

    private JsonNode read(HttpTransport.JsonAnswer answer) {
        if (answer.cut()) {
            throw new ClientSideException("Datadog's answer to the formula query is larger than the client's limit"
                    + " of " + HttpTransport.MAX_JSON_BYTES / (1024 * 1024) + " MiB for one JSON answer, so its"
                    + " numbers were not read; ask for fewer series or a shorter window", false, null);
        }
        try {
            JsonNode body = Json.MAPPER.readTree(answer.body());
            if (body == null || !body.isObject()) {
                throw notAnAnswer("it is not a JSON object");
            }
            return body;
        } catch (IOException e) {
            throw notAnAnswer("it is not complete JSON");
        }
    }

    private ClientSideException notAnAnswer(String problem) {
        return new ClientSideException("Datadog's answer to the formula query (" + PATH + ") is not the expected"
                + " JSON (" + problem + "); is the API URL " + endpoint + " right?", false, null);
    }
}

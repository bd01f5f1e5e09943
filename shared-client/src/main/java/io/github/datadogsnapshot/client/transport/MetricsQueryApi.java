package io.github.datadogsnapshot.client.transport;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.datadogsnapshot.charts.Band;
import io.github.datadogsnapshot.client.config.ApiEndpoint;
import io.github.datadogsnapshot.client.config.Credentials;
import io.github.datadogsnapshot.client.exception.ClientSideException;
import io.github.datadogsnapshot.client.exception.ServiceException;
import io.github.datadogsnapshot.client.graph.TimeWindow;
import io.github.datadogsnapshot.client.regression.MetricSeries;
import io.github.datadogsnapshot.client.wire.EventQueryParameters;
import io.github.datadogsnapshot.client.wire.Json;
import io.github.datadogsnapshot.client.wire.QueryText;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The wire format of Datadog's v1 metrics query API ({@code GET /api/v1/query}) and v1 events API
 * ({@code GET /api/v1/events}): request URLs, answer bodies, error messages. Pure functions; the calls themselves
 * (keys as headers, retries, deadline, rate-limit gate) are the caller's, as for {@link SnapshotApi}. Keys are
 * never part of a URL. The query API has its own rate limit (Datadog documents 1600 per hour per organization);
 * {@link SnapshotApi#rateLimit} and {@link SnapshotApi#resetSeconds} read its {@code X-RateLimit-*} headers too.
 */
public final class MetricsQueryApi {

    static final String QUERY_PATH = "/api/v1/query";
    static final String EVENTS_PATH = "/api/v1/events";

    private final ApiEndpoint endpoint;
    private final String keysSource;

    /** With the keys named in a 401's or 403's advice as {@link Credentials#DEFAULT_SOURCE}, or as given. */
    public MetricsQueryApi(ApiEndpoint endpoint) {
        this(endpoint, Credentials.DEFAULT_SOURCE);
    }

    public MetricsQueryApi(ApiEndpoint endpoint, String keysSource) {
        this.endpoint = endpoint;
        this.keysSource = keysSource;
    }

    /** {@code /api/v1/query?from=<start s>&to=<end s>&query=<query>}, the query URL-encoded. */
    public URI queryUri(String query, TimeWindow window) {
        if (query == null || query.isBlank()) {
            throw new IllegalArgumentException("query: give a metric query such as avg:system.cpu.user{env:prod}");
        }
        return uri(QUERY_PATH, Map.of("from", Long.toString(window.startSeconds()), "to",
                Long.toString(window.endSeconds()), "query", query.trim()), List.of("from", "to", "query"));
    }

    /**
     * {@code /api/v1/events?start=&end=} with the filters of a graph's event query.
     *
     * @throws IllegalArgumentException when the event query has no equivalent in the events API (see
     *     {@link EventQueryParameters}); {@code GraphQueries.events} tells beforehand
     */
    public URI eventsUri(String eventQuery, TimeWindow window) {
        EventQueryParameters.Translation translation = EventQueryParameters.translate(eventQuery);
        if (!translation.isTranslated()) {
            throw new IllegalArgumentException("eventQuery '" + eventQuery + "': " + translation.problem());
        }
        Map<String, String> params = new LinkedHashMap<>();
        params.put("start", Long.toString(window.startSeconds()));
        params.put("end", Long.toString(window.endSeconds()));
        params.putAll(translation.parameters());
        return uri(EVENTS_PATH, params, List.copyOf(params.keySet()));
    }

    private URI uri(String path, Map<String, String> params, List<String> order) {
        String query = order.stream().map(name -> name + "=" + encode(params.get(name))).collect(Collectors.joining("&"));
        return URI.create(endpoint.baseUri() + path + "?" + query);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * The series of a 200 answer to {@link #queryUri(String, TimeWindow)} for {@code query}, in the answer's
     * order. Each series' {@link MetricSeries#query()} is the element of {@code query} (a comma-separated list)
     * at its {@code query_index}. Timestamps may be integers or floats; {@code null} values stay {@code null}.
     * No data at all is an empty list.
     *
     * @throws ServiceException when the body says {@code "status": "error"} (the query could not be run)
     * @throws ClientSideException when the body is not a query answer (cut short, HTML from a proxy ...)
     */
    public List<MetricSeries> series(HttpTransport.JsonAnswer answer, String query) {
        JsonNode body = read(answer, "the metrics query");
        if ("error".equalsIgnoreCase(body.path("status").asText())) {
            String said = body.path("error").asText("").isBlank() ? "no reason given" : body.path("error").asText();
            throw new ServiceException("Datadog could not run the metrics query '" + query + "': " + said
                    + " (check the query)", answer.status(), List.of(said));
        }
        JsonNode list = body.get("series");
        if (list == null || !list.isArray()) {
            throw notAnAnswer("the metrics query", "it has no series list");
        }
        List<String> elements = QueryText.splitTopLevel(query);
        List<MetricSeries> series = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            series.add(series(list.get(i), i, query, elements));
        }
        return List.copyOf(series);
    }

    private MetricSeries series(JsonNode node, int index, String query, List<String> elements) {
        if (!node.isObject()) {
            throw notAnAnswer("the metrics query", "series " + index + " is not an object");
        }
        int queryIndex = node.path("query_index").asInt(0);
        String element = queryIndex >= 0 && queryIndex < elements.size() ? elements.get(queryIndex) : query.trim();
        List<String> tags = new ArrayList<>();
        node.path("tag_set").forEach(tag -> tags.add(tag.asText()));
        String scope = text(node, "scope");
        if (scope == null) {
            scope = tags.isEmpty() ? "*" : String.join(",", tags);
        }
        JsonNode pointlist = node.path("pointlist");
        if (!pointlist.isArray()) {
            throw notAnAnswer("the metrics query", "series " + index + " (" + scope + ") has no pointlist");
        }
        List<MetricSeries.Point> points = new ArrayList<>(pointlist.size());
        for (int p = 0; p < pointlist.size(); p++) {
            JsonNode point = pointlist.get(p);
            JsonNode time = point.path(0);
            JsonNode value = point.path(1);
            if (!point.isArray() || !time.isNumber() || !(value.isNumber() || value.isNull())) {
                throw notAnAnswer("the metrics query", "point " + p + " of series " + index + " (" + scope
                        + ") is not [time, value or null]: " + abbreviate(point.toString()));
            }
            points.add(new MetricSeries.Point(Math.round(time.asDouble()), value.isNull() ? null : value.asDouble()));
        }
        return new MetricSeries(element, queryIndex, text(node, "metric"), text(node, "expression"), scope, tags,
                unit(node.path("unit")), node.path("interval").asLong(0), points);
    }

    /** {@code ms}, {@code %}, {@code B/s} from Datadog's {@code [primary, per]}; {@code null} when unknown. */
    public static String unit(JsonNode unit) {
        String primary = unitName(unit.isArray() ? unit.path(0) : unit);
        if (primary == null) {
            return null;
        }
        String per = unit.isArray() ? unitName(unit.path(1)) : null;
        return per == null ? primary : primary + "/" + per;
    }

    private static String unitName(JsonNode unit) {
        if (!unit.isObject()) {
            return null;
        }
        String shortName = text(unit, "short_name");
        return shortName != null ? shortName : text(unit, "name");
    }

    /**
     * The events of a 200 answer to {@link #eventsUri(String, TimeWindow)}: one instant band per event at its
     * {@code date_happened}, labelled with its title, in time order.
     *
     * @throws ClientSideException when the body is not an events answer
     */
    public List<Band> events(HttpTransport.JsonAnswer answer) {
        JsonNode body = read(answer, "the events request");
        JsonNode list = body.get("events");
        if (list == null || !list.isArray()) {
            throw notAnAnswer("the events request", "it has no events list");
        }
        List<Band> bands = new ArrayList<>(list.size());
        for (int i = 0; i < list.size(); i++) {
            JsonNode when = list.get(i).path("date_happened");
            if (!when.isNumber()) {
                throw notAnAnswer("the events request", "event " + i + " has no date_happened");
            }
            bands.add(Band.at(when.asLong() * 1000, text(list.get(i), "title")));
        }
        bands.sort((a, b) -> Long.compare(a.startMillis(), b.startMillis()));
        return List.copyOf(bands);
    }

    /**
     * The exception for an error answer of either call; {@code attempted} names the call, e.g.
     * {@code "the metrics query of graph checkout"}.
     */
    public ServiceException error(HttpTransport.JsonAnswer answer, String attempted) {
        int status = answer.status();
        ServiceException generic = new SnapshotApi(endpoint, keysSource).error(answer, attempted);
        String advice = switch (status) {
            case 400 -> "check the query and the window";
            case 401, 403 -> "check the API key and the application key (" + keysSource
                    + "): both from the same organization, for " + endpoint + "; a scoped application"
                    + " key needs the timeseries_query scope (events_read for events)";
            case 429 -> "the organization's metrics query budget is used up; wait for the reset or ask Datadog"
                    + " support to raise it";
            default -> null;
        };
        if (advice == null) {
            return generic; // 404, 5xx: as for snapshots
        }
        String reason = switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            default -> "Too Many Requests";
        };
        String said = generic.errors().isEmpty() ? "" : ": " + String.join("; ", generic.errors());
        return new ServiceException("Datadog answered " + status + " " + reason + " for " + attempted + said + " ("
                + advice + ")", status, generic.errors());
    }

    private JsonNode read(HttpTransport.JsonAnswer answer, String call) {
        if (answer.cut()) {
            throw new ClientSideException("Datadog's answer to " + call + " is larger than the client's limit of "
                    + HttpTransport.MAX_JSON_BYTES / (1024 * 1024) + " MiB for one JSON answer, so its numbers were"
                    + " not read; ask for fewer series (e.g. a narrower scope than by {host} over every host) or a"
                    + " shorter window", false, null);
        }
        try {
            JsonNode body = Json.MAPPER.readTree(answer.body());
            if (body == null || !body.isObject()) {
                throw notAnAnswer(call, "it is not a JSON object");
            }
            return body;
        } catch (JsonProcessingException e) {
            throw notAnAnswer(call, "it is not complete JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw notAnAnswer(call, e.getMessage());
        }
    }

    private ClientSideException notAnAnswer(String call, String problem) {
        return new ClientSideException("Datadog's answer to " + call + " is not the expected JSON (" + problem
                + "); is the API URL " + endpoint + " right?", false, null);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() || value.asText().isBlank() ? null : value.asText();
    }

    private static String abbreviate(String text) {
        return text.length() > 80 ? text.substring(0, 80) + "..." : text;
    }
}

package io.github.datadogsnapshot.client.transport;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import io.github.datadogsnapshot.client.config.ApiEndpoint;
import io.github.datadogsnapshot.client.config.Credentials;
import io.github.datadogsnapshot.client.config.RateLimitStatus;
import io.github.datadogsnapshot.client.exception.ClientSideException;
import io.github.datadogsnapshot.client.exception.ServiceException;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.graph.TimeWindow;
import io.github.datadogsnapshot.client.wire.Json;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** The wire format of the v1 snapshot API: request URLs, answer bodies, error messages. */
public final class SnapshotApi {

    static final String CREATE_PATH = "/api/v1/graph/snapshot";
    /**
     * The longest reset accepted from {@code X-RateLimit-Reset}: a day. Larger values (a broken proxy, a value in
     * milliseconds) are read as a day, which is past any graph's timeout.
     */
    static final long MAX_RESET_SECONDS = 24 * 3600;

    /** The body of a 200 answer to the create call. */
    record CreateBody(@JsonProperty("snapshot_url") String snapshotUrl) {
    }

    private final ApiEndpoint endpoint;
    private final String keysSource;

    /** With the keys named as {@link Credentials#DEFAULT_SOURCE} in a 401's or 403's advice. */
    public SnapshotApi(ApiEndpoint endpoint) {
        this(endpoint, Credentials.DEFAULT_SOURCE);
    }

    /** With the keys named as {@code keysSource} (see {@link Credentials#source()}) in a 401's or 403's advice. */
    public SnapshotApi(ApiEndpoint endpoint, String keysSource) {
        this.endpoint = endpoint;
        this.keysSource = keysSource;
    }

    public ApiEndpoint endpoint() {
        return endpoint;
    }

    /** The create URL: the graph's parameters as the query string. Keys are never part of it. */
    public URI createUri(GraphSpec graph, TimeWindow window) {
        Map<String, String> params = new LinkedHashMap<>();
        graph.metricQuery().ifPresent(q -> params.put("metric_query", q));
        graph.graphDef().ifPresent(d -> params.put("graph_def", d));
        params.put("start", Long.toString(window.startSeconds()));
        params.put("end", Long.toString(window.endSeconds()));
        graph.eventQuery().ifPresent(q -> params.put("event_query", q));
        graph.title().ifPresent(t -> params.put("title", t));
        graph.width().ifPresent(w -> params.put("width", Integer.toString(w)));
        graph.height().ifPresent(h -> params.put("height", Integer.toString(h)));
        String query = params.entrySet().stream()
                .map(e -> e.getKey() + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&"));
        return URI.create(endpoint.baseUri() + CREATE_PATH + "?" + query);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * The snapshot URL of a 200 answer.
     *
     * @throws ClientSideException when the body does not name a usable URL
     */
    public URI snapshotUrl(HttpTransport.JsonAnswer answer) {
        CreateBody body;
        try {
            body = Json.MAPPER.readValue(answer.body(), CreateBody.class);
        } catch (IOException e) {
            String problem = e instanceof com.fasterxml.jackson.core.JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
            throw new ClientSideException("Datadog's answer to the snapshot request is not the expected JSON ("
                    + problem + "); is the API URL " + endpoint + " right?", false, null);
        }
        if (body.snapshotUrl() == null || body.snapshotUrl().isBlank()) {
            throw new ClientSideException("Datadog's answer to the snapshot request has no snapshot_url", false, null);
        }
        try {
            URI url = new URI(body.snapshotUrl().trim());
            if (url.getHost() == null) {
                throw new IllegalArgumentException("no host");
            }
            return url;
        } catch (Exception e) {
            throw new ClientSideException("Datadog's snapshot_url '" + body.snapshotUrl() + "' is not a valid URL", false, null);
        }
    }

    /** The budget stated by the {@code X-RateLimit-*} headers, empty when they are absent. */
    public static Optional<RateLimitStatus> rateLimit(HttpTransport.JsonAnswer answer, Instant now) {
        String limit = answer.header("X-RateLimit-Limit");
        String remaining = answer.header("X-RateLimit-Remaining");
        if (limit == null || remaining == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new RateLimitStatus(Integer.parseInt(limit.trim()), Integer.parseInt(remaining.trim()),
                    parseLong(answer.header("X-RateLimit-Period"), 0),
                    Math.min(MAX_RESET_SECONDS, Math.max(0, parseLong(answer.header("X-RateLimit-Reset"), 0))),
                    answer.header("X-RateLimit-Name"), now));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /**
     * Seconds until the limit resets, from a 429 answer, at most {@link #MAX_RESET_SECONDS}; empty when the header
     * is missing or unreadable.
     */
    public static Optional<Long> resetSeconds(HttpTransport.JsonAnswer answer) {
        long reset = parseLong(answer.header("X-RateLimit-Reset"), -1);
        return reset >= 0 ? Optional.of(Math.min(MAX_RESET_SECONDS, reset)) : Optional.empty();
    }

    private static long parseLong(String value, long fallback) {
        if (value == null) {
            return fallback;
        }
        String digits = value.trim();
        if (!digits.matches("\\d{1,30}")) {
            return fallback;
        }
        // Beyond 18 digits a value is no reset time anyone means: read it as "too long".
        return digits.length() > 18 ? Long.MAX_VALUE : Long.parseLong(digits);
    }

    /** The exception for an error answer, with a message that says what to do. */
    public ServiceException error(HttpTransport.JsonAnswer answer, String attempted) {
        int status = answer.status();
        List<String> errors = errors(answer.body());
        String said = errors.isEmpty() ? "" : ": " + String.join("; ", errors);
        String advice = switch (status) {
            case 400 -> "check the graph's query, graphDef, window and size";
            case 401, 403 -> "check the API key and the application key (" + keysSource
                    + "): both from the same organization, for " + endpoint
                    + "; scoped application keys are refused by this endpoint";
            case 404 -> "check the site or API URL (" + endpoint + ")";
            case 429 -> "the organization's snapshot budget is used up; wait for the reset or ask Datadog support to raise it";
            default -> status >= 500 ? "a problem on Datadog's side; try again later" : "unexpected answer";
        };
        return new ServiceException("Datadog answered " + status + " " + reason(status) + " for " + attempted + said
                + " (" + advice + ")", status, errors);
    }

    private static List<String> errors(byte[] body) {
        List<String> errors = new ArrayList<>();
        try {
            JsonNode node = Json.MAPPER.readTree(body);
            JsonNode list = node == null ? null : node.get("errors");
            if (list != null && list.isArray()) {
                for (JsonNode e : list) {
                    String text = e.isTextual() ? e.asText() : e.toString();
                    errors.add(text.length() > 300 ? text.substring(0, 300) + "..." : text);
                    if (errors.size() == 5) {
                        break;
                    }
                }
            }
        } catch (IOException e) {
            // Not JSON (a proxy's HTML page, say): the status alone has to do.
        }
        return errors;
    }

    private static String reason(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "";
        };
    }
}

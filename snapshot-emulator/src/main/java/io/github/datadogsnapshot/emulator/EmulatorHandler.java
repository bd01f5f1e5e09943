package io.github.datadogsnapshot.emulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The transport side of the emulator: records every request, applies the fault switches and routes each request to
 * {@link SnapshotApi}, {@link MetricsApi} or the v2 and dashboard endpoints ({@link V2Routes}).
 */
final class EmulatorHandler implements HttpHandler {

    private static final System.Logger LOG = System.getLogger(EmulatorHandler.class.getName());
    private static final String STATUS_PREFIX = "/api/v1/graph/snapshot_status/";

    private final SnapshotApi api;
    private final MetricsApi metrics;
    private final V2Routes v2;
    private final FaultSwitches faults;
    private final Clock clock;
    /** The emulator's own request counter; see {@link #answerRequestCount}. */
    static final String REQUEST_COUNT_PATH = "/emulator/requests";

    private final RequestLog log;

    EmulatorHandler(SnapshotApi api, MetricsApi metrics, V2Routes v2, FaultSwitches faults, Clock clock,
            RequestLog log) {
        this.api = api;
        this.metrics = metrics;
        this.v2 = v2;
        this.faults = faults;
        this.clock = clock;
        this.log = log;
    }

    @Override
    public void handle(HttpExchange exchange) {
        String path = exchange.getRequestURI().getPath();
        if (path.equals(REQUEST_COUNT_PATH)) {
            answerRequestCount(exchange);
            return;
        }
        long arrival = log.arrival();
        Instant time = clock.instant();
        String method = exchange.getRequestMethod();
        Map<String, String> query = parseQuery(exchange.getRequestURI().getRawQuery());
        boolean recorded = false;
        try {
            Faults.RandomFault random = faults.drawRandom(path);
            if (faults.takeDroppedConnection() || random == Faults.RandomFault.DROPPED_CONNECTION) {
                return; // closing the exchange before any response header closes the connection
            }
            Duration delay = random == Faults.RandomFault.SLOW_ANSWER ? Faults.RANDOM_SLOW_ANSWER
                    : faults.slowAnswersFor(path);
            Answer answer;
            try {
                answer = random == Faults.RandomFault.SERVER_ERROR ? Answer.error(500, "Internal Server Error")
                        : route(method, path, query, exchange);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "emulator failed to answer " + method + " " + path, e);
                answer = Answer.error(500, "Internal Server Error");
            }
            if (random == Faults.RandomFault.BROKEN_PNG && "image/png".equals(answer.contentType())) {
                answer = Answer.png(Png.broken());
            }
            if (faults.withoutRateLimitHeaders()) {
                answer = answer.withoutRateLimitHeaders();
            }
            boolean dropMidBody = faults.dropsMidBody(path) || random == Faults.RandomFault.DROPPED_MID_BODY;
            // Decide first, wait afterwards: a late answer must not see faults set after it arrived.
            waitIfSlow(delay);
            // Recorded before sending, so a test that has its answer also finds the request recorded.
            log.add(arrival, new RecordedRequest(method, path, query, exchange.getRequestHeaders().keySet(), answer.status(), time));
            recorded = true;
            answer.send(exchange, faults.trickleFor(path), dropMidBody, faults.withoutContentLength());
        } catch (IOException e) {
            // The client went away (for example after its own timeout); nothing left to answer.
        } finally {
            if (!recorded) {
                log.add(arrival, new RecordedRequest(method, path, query, exchange.getRequestHeaders().keySet(), 0, time));
            }
            exchange.close();
        }
    }

    /**
     * {@code GET /emulator/requests[?path=/api/]}: how many requests (under the prefix) were recorded, for build
     * scripts that run the emulator in another process. Not recorded itself, and not part of Datadog's API.
     */
    private void answerRequestCount(HttpExchange exchange) {
        String prefix = parseQuery(exchange.getRequestURI().getRawQuery()).getOrDefault("path", "/");
        try {
            Answer.json(200, Map.of("count", log.count(prefix), "path", prefix)).send(exchange);
        } catch (IOException e) {
            // The caller went away.
        } finally {
            exchange.close();
        }
    }

    private Answer route(String method, String path, Map<String, String> query, HttpExchange exchange)
            throws IOException {
        boolean newer = V2Routes.handles(path);
        if (!newer && !"GET".equals(method)) {
            return V2Routes.notAllowed("GET");
        }
        if (path.startsWith("/api/") && faults.takeServerError()) {
            return Answer.error(500, "Internal Server Error");
        }
        if (newer) {
            return v2.route(method, path, exchange);
        }
        if (path.equals("/api/v1/validate")) {
            return api.validate(exchange.getRequestHeaders());
        }
        if (path.equals("/api/v2/validate_keys")) {
            return api.validateKeys(exchange.getRequestHeaders());
        }
        if (path.equals("/api/v1/graph/snapshot")) {
            return api.create(query, exchange.getRequestHeaders());
        }
        if (path.equals(MetricsApi.QUERY_PATH)) {
            Answer answer = metrics.query(query, exchange.getRequestHeaders());
            byte[] replaced = faults.queryAnswer();
            return replaced == null || answer.status() != 200 ? answer
                    : new Answer(200, "application/json", replaced, answer.headers());
        }
        if (path.equals(MetricsApi.EVENTS_PATH)) {
            return metrics.events(query, exchange.getRequestHeaders());
        }
        if (path.startsWith(STATUS_PREFIX)) {
            return api.status(path.substring(STATUS_PREFIX.length()), exchange.getRequestHeaders());
        }
        if (path.startsWith(SnapshotApi.VIEW_PREFIX) && path.endsWith(".png")) {
            return api.image(path.substring(SnapshotApi.VIEW_PREFIX.length(), path.length() - ".png".length()));
        }
        return Answer.error(404, "Not Found");
    }

    private static void waitIfSlow(Duration delay) {
        if (delay.isZero()) {
            return;
        }
        try {
            Thread.sleep(delay.toMillis()); // the slowAnswers fault is a real delay by design
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Decodes {@code a=1&b=x%20y}; the first value of a repeated name wins. */
    static Map<String, String> parseQuery(String rawQuery) {
        Map<String, String> params = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            params.putIfAbsent(name, value);
        }
        return params;
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text; // a malformed escape is kept as sent
        }
    }
}

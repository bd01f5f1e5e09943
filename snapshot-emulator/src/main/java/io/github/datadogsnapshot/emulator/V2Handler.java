package io.github.datadogsnapshot.emulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;

/**
 * The transport of the dashboard and v2 snapshot endpoints: records every request in the emulator's log and routes
 * it. The fault switches of the v1 endpoints do not apply here yet.
 */
final class V2Handler implements HttpHandler {

    private final DashboardApi dashboards;
    private final V2SnapshotApi snapshots;
    private final Clock clock;
    private final RequestLog log;

    V2Handler(DashboardApi dashboards, V2SnapshotApi snapshots, Clock clock, RequestLog log) {
        this.dashboards = dashboards;
        this.snapshots = snapshots;
        this.clock = clock;
        this.log = log;
    }

    @Override
    public void handle(HttpExchange exchange) {
        long arrival = log.arrival();
        Instant time = clock.instant();
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        int status = 0;
        try {
            Answer answer;
            try {
                answer = route(method, path, exchange);
            } catch (RuntimeException e) {
                answer = Answer.error(500, "Internal Server Error");
            }
            status = answer.status();
            log.add(arrival, new RecordedRequest(method, path, EmulatorHandler.parseQuery(
                    exchange.getRequestURI().getRawQuery()), exchange.getRequestHeaders().keySet(), status, time));
            answer.send(exchange);
        } catch (IOException e) {
            // The client went away.
        } finally {
            if (status == 0) {
                log.add(arrival, new RecordedRequest(method, path, Map.of(), exchange.getRequestHeaders().keySet(), 0,
                        time));
            }
            exchange.close();
        }
    }

    private Answer route(String method, String path, HttpExchange exchange) throws IOException {
        if (path.startsWith(DashboardApi.PATH)) {
            return "GET".equals(method) ? dashboards.dashboard(path.substring(DashboardApi.PATH.length()),
                    exchange.getRequestHeaders()) : notAllowed("GET");
        }
        if (path.equals(V2SnapshotApi.PATH)) {
            return "POST".equals(method) ? snapshots.create(exchange.getRequestBody().readAllBytes(),
                    exchange.getRequestHeaders()) : notAllowed("POST");
        }
        if (path.startsWith(V2SnapshotApi.VIEW_PREFIX)) {
            return "GET".equals(method) ? snapshots.view(path.substring(V2SnapshotApi.VIEW_PREFIX.length()),
                    exchange.getRequestHeaders()) : notAllowed("GET");
        }
        return Answer.error(404, "Not Found");
    }

    private static Answer notAllowed(String allowed) {
        return Answer.error(405, "Method Not Allowed").withHeaders(Map.of("Allow", allowed));
    }
}

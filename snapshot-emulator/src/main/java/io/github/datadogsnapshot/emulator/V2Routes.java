package io.github.datadogsnapshot.emulator;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.util.Map;

/**
 * The routes of the dashboard, v2 snapshot and v2 timeseries query endpoints. {@link EmulatorHandler} records their
 * requests and applies the fault switches to them as to the v1 endpoints.
 */
final class V2Routes {

    private final DashboardApi dashboards;
    private final V2SnapshotApi snapshots;
    private final TimeseriesApi timeseries;

    V2Routes(DashboardApi dashboards, V2SnapshotApi snapshots, TimeseriesApi timeseries) {
        this.dashboards = dashboards;
        this.snapshots = snapshots;
        this.timeseries = timeseries;
    }

    /** Whether {@code path} is one of these routes. */
    static boolean handles(String path) {
        return path.startsWith(DashboardApi.PATH) || path.equals(V2SnapshotApi.PATH)
                || path.startsWith(V2SnapshotApi.VIEW_PREFIX) || path.equals(TimeseriesApi.PATH);
    }

    Answer route(String method, String path, HttpExchange exchange) throws IOException {
        if (path.startsWith(DashboardApi.PATH)) {
            return "GET".equals(method) ? dashboards.dashboard(path.substring(DashboardApi.PATH.length()),
                    exchange.getRequestHeaders()) : notAllowed("GET");
        }
        if (path.equals(V2SnapshotApi.PATH)) {
            return "POST".equals(method) ? snapshots.create(exchange.getRequestBody().readAllBytes(),
                    exchange.getRequestHeaders()) : notAllowed("POST");
        }
        if (path.equals(TimeseriesApi.PATH)) {
            return "POST".equals(method) ? timeseries.query(exchange.getRequestBody().readAllBytes(),
                    exchange.getRequestHeaders()) : notAllowed("POST");
        }
        return "GET".equals(method) ? snapshots.view(path.substring(V2SnapshotApi.VIEW_PREFIX.length()),
                exchange.getRequestHeaders()) : notAllowed("GET");
    }

    static Answer notAllowed(String allowed) {
        return Answer.error(405, "Method Not Allowed").withHeaders(Map.of("Allow", allowed));
    }
}

package io.github.datadogsnapshot.emulator;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** What the emulated Datadog endpoints answer; the transport lives in {@link EmulatorHandler}. */
final class SnapshotApi {

    static final String VIEW_PREFIX = "/snapshot/view/";

    private static final String FORBIDDEN = "Forbidden";
    private static final String SCOPED_KEY_REFUSED = "Forbidden: the graph snapshot endpoint does not accept scoped "
            + "application keys, use an unscoped application key";
    private static final String PLACEHOLDER_HTML =
            "<!DOCTYPE html><html><head><title>Rendering</title></head><body>Snapshot is rendering</body></html>";

    private final EmulatorSettings settings;
    private final FaultSwitches faults;
    private final RateLimitWindow rateLimit;
    private final SnapshotStore store;
    private final Supplier<URI> baseUrl;
    private final ObjectMapper json = new ObjectMapper();

    SnapshotApi(EmulatorSettings settings, FaultSwitches faults, RateLimitWindow rateLimit, SnapshotStore store,
            Supplier<URI> baseUrl) {
        this.settings = settings;
        this.faults = faults;
        this.rateLimit = rateLimit;
        this.store = store;
        this.baseUrl = baseUrl;
    }

    /** {@code GET /api/v1/validate}: checks the API key only. */
    Answer validate(Headers headers) {
        return settings.apiKey().equals(headers.getFirst("DD-API-KEY"))
                ? Answer.json(200, Map.of("valid", true))
                : Answer.error(403, FORBIDDEN);
    }

    /**
     * {@code GET /api/v2/validate_keys}: both keys; like Datadog it cannot see scopes, so the scoped application
     * key passes here although the snapshot endpoint refuses it.
     */
    Answer validateKeys(Headers headers) {
        boolean api = settings.apiKey().equals(headers.getFirst("DD-API-KEY"));
        String app = headers.getFirst("DD-APPLICATION-KEY");
        boolean application = settings.applicationKey().equals(app) || settings.scopedApplicationKey().equals(app);
        return api && application ? Answer.json(200, Map.of("status", "ok")) : Answer.error(403, FORBIDDEN);
    }

    /** {@code GET /api/v1/graph/snapshot}: keys, then the rate limit, then the parameters. */
    Answer create(Map<String, String> params, Headers headers) {
        Optional<Answer> refused = checkKeys(headers);
        if (refused.isPresent()) {
            return refused.get();
        }
        RateLimitWindow.Decision decision = rateLimit.acquire();
        return createWithinBudget(params, decision).withHeaders(decision.headers("snapshot"));
    }

    /** {@code GET /api/v1/graph/snapshot_status/<key>}: 403 in the body while rendering, 200 when ready. */
    Answer status(String key, Headers headers) {
        Optional<Answer> refused = checkKeys(headers);
        if (refused.isPresent()) {
            return refused.get();
        }
        return store.find(key)
                .map(snapshot -> Answer.json(200, Map.of("status_code", isReady(snapshot) ? 200 : 403)))
                .orElseGet(() -> Answer.error(404, "Snapshot not found"));
    }

    /** {@code GET /snapshot/view/<key>.png}: public, the placeholder until the chart is ready. */
    Answer image(String key) {
        Optional<Snapshot> found = store.find(key);
        if (found.isEmpty()) {
            return Answer.error(404, "Snapshot not found");
        }
        Snapshot snapshot = found.get();
        String redirectHost = faults.redirectImagesTo();
        if (redirectHost != null) {
            return Answer.redirect(urlOn(redirectHost, VIEW_PREFIX + key + ".png"));
        }
        if (!isReady(snapshot)) {
            return faults.nonPngBeforeReady() ? Answer.html(PLACEHOLDER_HTML) : Answer.png(Png.placeholder());
        }
        if (faults.brokenPng()) {
            return Answer.png(Png.broken());
        }
        if (faults.hugeDimensions()) {
            return Answer.png(Png.claiming(100_000, 100_000));
        }
        byte[] png = snapshot.image();
        long minLength = faults.oversizedPng();
        return Answer.png(minLength > 0 ? Png.padded(png, minLength) : png);
    }

    private Answer createWithinBudget(Map<String, String> params, RateLimitWindow.Decision decision) {
        if (!decision.allowed()) {
            return Answer.error(429, "Rate limit of " + decision.limit() + " requests in " + decision.periodSeconds()
                    + " seconds reached. Please try again later.");
        }
        SnapshotRequest request;
        try {
            request = SnapshotRequest.parse(params, json);
        } catch (SnapshotRequest.InvalidRequest e) {
            return Answer.errors(400, e.errors());
        }
        Snapshot snapshot = store.create(request, params, settings.clock().instant());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("graph_def", request.graphDef());
        body.put("metric_query", request.metricQuery());
        body.put("snapshot_url", snapshotUrl(snapshot));
        return Answer.json(200, body);
    }

    private String snapshotUrl(Snapshot snapshot) {
        return urlOn(faults.foreignSnapshotHost(), VIEW_PREFIX + snapshot.key() + ".png");
    }

    /** {@code path} on the emulator, or on {@code host} (with the emulator's port unless it names one). */
    private String urlOn(String host, String path) {
        URI base = baseUrl.get();
        String authority = host == null ? base.getRawAuthority()
                : host.contains(":") ? host
                : host + (base.getPort() < 0 ? "" : ":" + base.getPort());
        return base.getScheme() + "://" + authority + path;
    }

    private Optional<Answer> checkKeys(Headers headers) {
        if (!settings.apiKey().equals(headers.getFirst("DD-API-KEY"))) {
            return Optional.of(Answer.error(403, FORBIDDEN));
        }
        String applicationKey = headers.getFirst("DD-APPLICATION-KEY");
        if (settings.scopedApplicationKey().equals(applicationKey)) {
            return Optional.of(Answer.errors(403, List.of(SCOPED_KEY_REFUSED)));
        }
        if (!settings.applicationKey().equals(applicationKey)) {
            return Optional.of(Answer.error(403, FORBIDDEN));
        }
        return Optional.empty();
    }

    private boolean isReady(Snapshot snapshot) {
        if (faults.neverReady()) {
            return false;
        }
        return !settings.clock().instant().isBefore(snapshot.readyAt());
    }
}

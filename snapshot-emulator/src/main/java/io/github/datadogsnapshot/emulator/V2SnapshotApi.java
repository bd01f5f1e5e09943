package io.github.datadogsnapshot.emulator;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.Headers;
import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The newer snapshot endpoint, {@code POST /api/v2/snapshot}, and its image URLs. The request and answer follow
 * Datadog's published spec; the polling (JSON {@code pending} until a PNG is served, authenticated images fetched
 * with the keys) follows Datadog's command-line client, as Datadog does not document it. An organization without the
 * preview answers 404.
 */
final class V2SnapshotApi {

    static final String PATH = "/api/v2/snapshot";
    static final String VIEW_PREFIX = PATH + "/view/";

    private static final Set<String> TTLS = Set.of("30d", "60d", "90d", "1y", "2y", "inf");
    /** Milliseconds since 1973: a smaller start is a window in seconds, v1's unit, sent to v2 by mistake. */
    private static final long MIN_MILLIS = 100_000_000_000L;

    private final EmulatorSettings settings;
    private final SnapshotApi keys;
    private final SnapshotStore store;
    private final Supplier<URI> baseUrl;
    private final BooleanSupplier preview;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<String, Boolean> authenticated = new ConcurrentHashMap<>();

    V2SnapshotApi(EmulatorSettings settings, SnapshotApi keys, SnapshotStore store, Supplier<URI> baseUrl,
            BooleanSupplier preview) {
        this.settings = settings;
        this.keys = keys;
        this.store = store;
        this.baseUrl = baseUrl;
        this.preview = preview;
    }

    /** {@code POST /api/v2/snapshot}: keys, the preview switch, then the body. */
    Answer create(byte[] body, Headers headers) {
        if (keys.validateKeys(headers).status() != 200) {
            return jsonApiError(403, "Forbidden");
        }
        if (!preview.getAsBoolean()) {
            return jsonApiError(404, "Not found");
        }
        JsonNode attributes;
        try {
            attributes = json.readTree(body).path("data").path("attributes");
        } catch (IOException e) {
            return jsonApiError(400, "Body is not valid JSON");
        }
        Optional<String> problem = V2SnapshotBodyCheck.problem(attributes, TTLS, MIN_MILLIS);
        if (problem.isPresent()) {
            return jsonApiError(400, problem.get());
        }
        SnapshotRequest request;
        Map<String, String> params = V2SnapshotBodyCheck.classicParams(attributes);
        try {
            request = SnapshotRequest.parse(params, json);
        } catch (SnapshotRequest.InvalidRequest e) {
            return jsonApiError(400, String.join("; ", e.errors()));
        }
        Snapshot snapshot = store.create(request, params, settings.clock().instant());
        boolean auth = attributes.path("is_authenticated").asBoolean(false);
        authenticated.put(snapshot.key(), auth);
        String ttl = attributes.path("ttl").asText("30d");
        String url = baseUrl.get() + VIEW_PREFIX + (auth ? "authenticated/" : "public/") + ttl + "/" + snapshot.key()
                + ".png";
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("id", UUID.nameUUIDFromBytes(snapshot.key().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .toString());
        data.put("type", "create_snapshot");
        data.put("attributes", Map.of("url", url));
        return Answer.json(200, Map.of("data", data));
    }

    /**
     * {@code GET /api/v2/snapshot/view/{authenticated|public}/{ttl}/{key}.png}: JSON {@code pending} while rendering,
     * then the PNG; an authenticated image needs the keys, and is not found on the public path.
     */
    Answer view(String rest, Headers headers) {
        String[] parts = rest.split("/", 3);
        if (parts.length < 3 || !parts[2].endsWith(".png") || !TTLS.contains(parts[1])) {
            return jsonApiError(404, "Not found");
        }
        String key = parts[2].substring(0, parts[2].length() - ".png".length());
        Boolean auth = authenticated.get(key);
        Optional<Snapshot> found = store.find(key);
        if (auth == null || found.isEmpty() || !parts[0].equals(auth ? "authenticated" : "public")) {
            return jsonApiError(404, "Not found");
        }
        if (auth && keys.validateKeys(headers).status() != 200) {
            return jsonApiError(403, "Forbidden");
        }
        if (settings.clock().instant().isBefore(found.get().readyAt())) {
            return Answer.json(200, Map.of("data", Map.of("attributes", Map.of("status", "pending"))));
        }
        return Answer.png(found.get().image());
    }

    /** A JSON:API error list, as the v2 endpoints answer. */
    private static Answer jsonApiError(int status, String detail) {
        return Answer.json(status, Map.of("errors", List.of(Map.of("status", String.valueOf(status), "detail",
                detail))));
    }
}

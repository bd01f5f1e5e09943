package io.github.datadogsnapshot.emulator;

import com.sun.net.httpserver.Headers;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;

/**
 * {@code GET /api/v1/dashboard/{id}}: the dashboards stored under {@code /emulator/dashboards/} (groups, template
 * variables, formula widgets and widgets without requests), for the keys the emulator knows.
 */
final class DashboardApi {

    static final String PATH = "/api/v1/dashboard/";

    private static final Pattern ID = Pattern.compile("[a-z0-9]{3}-[a-z0-9]{3}-[a-z0-9]{3}");

    private final SnapshotApi keys;

    /** @param keys whose key check ({@code validate_keys}: scoped application keys pass) the endpoint applies */
    DashboardApi(SnapshotApi keys) {
        this.keys = keys;
    }

    Answer dashboard(String id, Headers headers) {
        if (keys.validateKeys(headers).status() != 200) {
            return Answer.error(403, "Forbidden");
        }
        byte[] stored = ID.matcher(id).matches() ? read("/emulator/dashboards/" + id + ".json") : null;
        if (stored == null) {
            return Answer.error(404, "Dashboard with ID " + id + " not found");
        }
        return new Answer(200, "application/json", stored, java.util.Map.of());
    }

    private static byte[] read(String resource) {
        try (InputStream in = DashboardApi.class.getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

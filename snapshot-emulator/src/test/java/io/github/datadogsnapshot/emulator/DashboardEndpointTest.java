package io.github.datadogsnapshot.emulator;

import static io.github.datadogsnapshot.emulator.EmulatorClient.json;
import static io.github.datadogsnapshot.emulator.EmulatorClient.keys;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class DashboardEndpointTest {

    @RegisterExtension
    static final DatadogEmulatorExtension EMULATOR = new DatadogEmulatorExtension(DatadogEmulator.builder());

    EmulatorClient client;

    @BeforeEach
    void setUp() {
        client = new EmulatorClient(EMULATOR.get());
    }

    private HttpResponse<String> dashboard(String id) {
        return client.getText("/api/v1/dashboard/" + id, keys(EMULATOR.get().apiKey(), EMULATOR.get().applicationKey()));
    }

    @Test
    void shouldServeAStoredDashboardWithGroupsVariablesAndWidgetsWithoutRequests() {
        HttpResponse<String> response = dashboard("chk-out-svc");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        JsonNode dashboard = json(response);
        assertThat(dashboard.get("id").asText()).isEqualTo("chk-out-svc");
        assertThat(dashboard.get("template_variables")).extracting(v -> v.get("name").asText())
                .containsExactly("env", "service", "search");
        List<String> types = new ArrayList<>();
        dashboard.get("widgets").forEach(w -> types.add(w.get("definition").get("type").asText()));
        assertThat(types).containsExactly("note", "timeseries", "group", "manage_status", "toplist", "timeseries",
                "powerpack");
        assertThat(dashboard.get("widgets").get(2).get("definition").get("widgets")).hasSize(3);
        assertThat(json(dashboard("sys-tem-lod")).get("widgets")).hasSize(2);
    }

    @Test
    void shouldAnswer404ForAnUnknownOrMalformedId() {
        assertThat(dashboard("zzz-zzz-zzz").statusCode()).isEqualTo(404);
        assertThat(json(dashboard("zzz-zzz-zzz")).get("errors").get(0).asText())
                .isEqualTo("Dashboard with ID zzz-zzz-zzz not found");
        assertThat(dashboard("..%2F..%2Fchk-out-svc").statusCode()).isEqualTo(404);
    }

    @Test
    void shouldRefuseWrongKeysAndAcceptScopedApplicationKeys() {
        DatadogEmulator emulator = EMULATOR.get();

        assertThat(client.getText("/api/v1/dashboard/chk-out-svc", keys("wrong", emulator.applicationKey()))
                .statusCode()).isEqualTo(403);
        assertThat(client.getText("/api/v1/dashboard/chk-out-svc", keys(emulator.apiKey(), null)).statusCode())
                .isEqualTo(403);
        assertThat(client.getText("/api/v1/dashboard/chk-out-svc", keys(emulator.apiKey(),
                emulator.scopedApplicationKey())).statusCode()).isEqualTo(200);
    }

    @Test
    void shouldRecordTheRequests() {
        dashboard("chk-out-svc");

        assertThat(EMULATOR.get().requests()).singleElement().satisfies(r -> {
            assertThat(r.path()).isEqualTo("/api/v1/dashboard/chk-out-svc");
            assertThat(r.status()).isEqualTo(200);
        });
    }
}

package io.github.datadogsnapshot.emulator;

import static io.github.datadogsnapshot.emulator.EmulatorClient.END;
import static io.github.datadogsnapshot.emulator.EmulatorClient.json;
import static io.github.datadogsnapshot.emulator.EmulatorClient.keys;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class EventsEndpointTest {

    static final long START = END - 3600;

    @RegisterExtension
    static final DatadogEmulatorExtension EMULATOR =
            new DatadogEmulatorExtension(DatadogEmulator.builder().renderDelay(Duration.ZERO));

    EmulatorClient client;

    @BeforeEach
    void setUp() {
        client = new EmulatorClient(EMULATOR.get());
    }

    static Map<String, String> window(String... more) {
        Map<String, String> params = new java.util.LinkedHashMap<>(Map.of("start", String.valueOf(START), "end",
                String.valueOf(END)));
        for (int i = 0; i < more.length; i += 2) {
            params.put(more[i], more[i + 1]);
        }
        return params;
    }

    @Test
    void shouldListTheEventsTheSnapshotDrawsForTheSameFilter() {
        HttpResponse<String> response = client.events(window("sources", "deploy", "tags", "env:perf"));

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode body = json(response);
        assertThat(body.get("status").asText()).isEqualTo("ok");
        List<SyntheticEvents.Event> drawn =
                SyntheticEvents.of(EventFilter.fromQuery("sources:deploy tags:env:perf"), START, END);
        assertThat(body.get("events")).hasSize(drawn.size());
        JsonNode first = body.get("events").get(0);
        assertThat(first.get("date_happened").asLong()).isEqualTo(drawn.get(0).epochSeconds());
        assertThat(first.get("title").asText()).isEqualTo("deploy event 1");
        assertThat(first.get("source_type_name").asText()).isEqualTo("deploy");
        assertThat(first.get("tags")).extracting(JsonNode::asText).containsExactly("env:perf");
        assertThat(first.get("priority").asText()).isEqualTo("normal");
        assertThat(first.get("alert_type").asText()).isEqualTo("info");
        assertThat(first.get("id_str").asText()).isEqualTo(first.get("id").asText());
        assertThat(first.get("url").asText()).isEqualTo("/event/event/" + first.get("id").asText());
        assertThat(response.headers().firstValue("X-RateLimit-Limit")).as("no budget").isEmpty();
    }

    @Test
    void shouldRefuseWrongKeys() {
        HttpResponse<String> wrong = client.getText("/api/v1/events?" + EmulatorClient.query(window()),
                keys("wrong", EMULATOR.get().applicationKey()));
        HttpResponse<String> scoped = client.getText("/api/v1/events?" + EmulatorClient.query(window()),
                keys(EMULATOR.get().apiKey(), EMULATOR.get().scopedApplicationKey()));

        assertThat(wrong.statusCode()).isEqualTo(403);
        assertThat(scoped.statusCode()).isEqualTo(200);
    }

    @Test
    void shouldExplainBadParameters() {
        HttpResponse<String> missing = client.events(Map.of("end", String.valueOf(END)));
        HttpResponse<String> badPriority = client.events(window("priority", "urgent"));

        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(json(missing).get("errors").get(0).asText())
                .isEqualTo("Missing required parameter 'start' (an integer POSIX timestamp in seconds)");
        assertThat(json(badPriority).get("errors").get(0).asText())
                .isEqualTo("Parameter 'priority' must be 'normal' or 'low', got 'urgent'");
    }
}

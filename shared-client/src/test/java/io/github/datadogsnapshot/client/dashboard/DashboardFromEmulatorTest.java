package io.github.datadogsnapshot.client.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.datadogsnapshot.client.graph.TimeWindow;
import io.github.datadogsnapshot.client.wire.Json;
import io.github.datadogsnapshot.emulator.DatadogEmulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dashboard pieces on the emulator's stored dashboards, over real HTTP: what the capture engine will do once they
 * are wired in (reading the dashboard and sending the v2 body are plain requests here).
 */
class DashboardFromEmulatorTest {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static DatadogEmulator emulator;

    @BeforeAll
    static void start() {
        emulator = DatadogEmulator.builder().build().start();
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(request.header("DD-API-KEY", emulator.apiKey())
                .header("DD-APPLICATION-KEY", emulator.applicationKey()).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Dashboard read(String id) throws Exception {
        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/api/v1/dashboard/"
                + id)));
        assertThat(response.statusCode()).isEqualTo(200);
        return DashboardJson.parse(response.body(), id);
    }

    @Test
    void shouldWalkTheCheckoutDashboardAndSayWhatEachWidgetNeeds() throws Exception {
        Dashboard dashboard = read("chk-out-svc");
        ResolvedVariables perf = TemplateVariables.resolve(dashboard, Map.of("env", "perf"), "templateVariables");
        WidgetSelection selection = WidgetWalk.walk(dashboard, WidgetFilter.all());

        assertThat(selection.selected()).extracting(DashboardWidget::name).containsExactly("request-rate",
                "p99-latency", "error-ratio", "slowest-endpoints", "error-logs");
        assertThat(selection.skipped()).extracting(SkippedWidget::type)
                .containsExactly("note", "image", "manage_status", "powerpack");
        assertThat(ClassicGraphDef.convert(selection.selected().get(1).widget(), perf))
                .contains("p99:trace.http.request{env:perf,service:checkout}");
        assertThatThrownBy(() -> ClassicGraphDef.convert(selection.selected().get(2).widget(), perf))
                .hasMessageContaining("formula 'query1 / query2'");
        assertThatThrownBy(() -> ClassicGraphDef.convert(selection.selected().get(4).widget(), perf))
                .hasMessageContaining("reads data_source 'logs'");
    }

    @Test
    void shouldHaveTheV2BodyAcceptedByTheEmulator() throws Exception {
        Dashboard dashboard = read("chk-out-svc");
        ResolvedVariables perf = TemplateVariables.resolve(dashboard, Map.of("env", "perf"), "templateVariables");
        Widget errorRatio = WidgetWalk.walk(dashboard, WidgetFilter.parse("Error ratio")).selected().get(0).widget();
        TimeWindow window = new TimeWindow(Instant.parse("2026-12-07T10:00:00Z"), Instant.parse("2026-12-07T10:30:00Z"));

        HttpResponse<String> response = send(HttpRequest.newBuilder(URI.create(emulator.baseUrl() + "/api/v2/snapshot"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(V2SnapshotBody.of(errorRatio, window, perf).withSize(600, 300)
                        .toJson())));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        assertThat(Json.MAPPER.readTree(response.body()).at("/data/attributes/url").asText())
                .startsWith(emulator.baseUrl() + "/api/v2/snapshot/view/authenticated/30d/");
    }

    @Test
    void shouldConvertEveryWidgetOfTheSystemDashboardToV1() throws Exception {
        Dashboard dashboard = read("sys-tem-lod");
        ResolvedVariables defaults = TemplateVariables.resolve(dashboard, Map.of(), "templateVariables");

        assertThat(WidgetWalk.walk(dashboard, WidgetFilter.all()).selected())
                .extracting(w -> ClassicGraphDef.convert(w.widget(), defaults)).containsExactly(
                        "{\"viz\":\"timeseries\",\"requests\":[{\"q\":\"avg:system.load.1{*}\",\"type\":\"line\"}]}",
                        "{\"viz\":\"timeseries\",\"requests\":[{\"q\":\"avg:system.cpu.user{*} by {host}\","
                                + "\"type\":\"line\"}]}");
    }
}

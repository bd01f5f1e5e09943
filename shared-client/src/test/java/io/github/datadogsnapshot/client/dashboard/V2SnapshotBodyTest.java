package io.github.datadogsnapshot.client.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.datadogsnapshot.client.graph.TimeWindow;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class V2SnapshotBodyTest {

    private static final TimeWindow WINDOW = new TimeWindow(Instant.parse("2026-12-07T10:00:00.250Z"),
            Instant.parse("2026-12-07T10:30:00Z"));

    private static final Widget LOAD = WidgetJson.parse("""
            {"id": 7, "definition": {"type": "timeseries", "title": "Load on $env",
              "time": {"live_span": "1h"},
              "requests": [{"response_format": "timeseries",
                "queries": [{"data_source": "metrics", "name": "a", "query": "avg:system.load.1{$env}"}],
                "formulas": [{"formula": "a * 2"}]}]},
             "layout": {"x": 0, "y": 0, "width": 4, "height": 2}}""", "widget");

    @Test
    void shouldBuildTheExactBodyWithMillisecondsAndDefaults() {
        ResolvedVariables perf = TemplateVariables.resolve(Dashboards.checkout(), Map.of("env", "perf"), "tv");

        assertThat(V2SnapshotBody.of(LOAD, WINDOW, perf).toJson()).isEqualTo("{\"data\":{"
                + "\"type\":\"create_snapshot\",\"attributes\":{"
                + "\"start\":1796637600250,\"end\":1796639400000,"
                + "\"widget_definition\":{\"type\":\"timeseries\",\"title\":\"Load on $env\","
                + "\"requests\":[{\"response_format\":\"timeseries\",\"queries\":[{\"data_source\":\"metrics\","
                + "\"name\":\"a\",\"query\":\"avg:system.load.1{$env}\"}],\"formulas\":[{\"formula\":\"a * 2\"}]}]},"
                + "\"is_authenticated\":true,\"ttl\":\"30d\","
                + "\"additional_config\":{\"template_variables\":["
                + "{\"name\":\"env\",\"prefix\":\"env\",\"values\":[\"perf\"]},"
                + "{\"name\":\"service\",\"prefix\":\"service\",\"values\":[\"checkout\"]}]}}}}");
    }

    @Test
    void shouldSendSizeTtlAndPublicWhenAskedAndNoConfigWithoutVariables() {
        String json = V2SnapshotBody.of(LOAD, WINDOW, ResolvedVariables.none()).withSize(800, 400)
                .withTtl(SnapshotTtl.parse("60D", "ttl")).withAuthenticated(false).toJson();

        assertThat(json).endsWith("\"formulas\":[{\"formula\":\"a * 2\"}]}]},\"width\":800,\"height\":400,"
                + "\"is_authenticated\":false,\"ttl\":\"60d\"}}}");
    }

    @Test
    void shouldLeaveTheWidgetItselfUnchanged() {
        V2SnapshotBody.of(LOAD, WINDOW, ResolvedVariables.none()).toJson();

        assertThat(LOAD.definition().has("time")).isTrue();
    }

    @Test
    void shouldRefuseBadInputNamingTheField() {
        assertThatThrownBy(() -> V2SnapshotBody.of(LOAD, WINDOW, ResolvedVariables.none()).withSize(0, 400))
                .hasMessage("width: 0 pixels is out of range; use 1 to 4000");
        assertThatThrownBy(() -> V2SnapshotBody.of(LOAD, WINDOW, ResolvedVariables.none()).withSize(800, 4001))
                .hasMessage("height: 4001 pixels is out of range; use 1 to 4000");
        assertThatThrownBy(() -> V2SnapshotBody.of(WidgetJson.parse("{\"type\": \"note\"}", "w"), WINDOW,
                ResolvedVariables.none())).hasMessage("widget: untitled note widget has no requests; Datadog's"
                        + " snapshot API draws only widgets that have requests (queries)");
        assertThatThrownBy(() -> SnapshotTtl.parse("7d", "ttl"))
                .hasMessage("ttl: '7d' is not a snapshot ttl; use one of [30d, 60d, 90d, 1y, 2y, inf]");
        assertThat(SnapshotTtl.parse(" ", "ttl")).isEqualTo(SnapshotTtl.DAYS_30);
    }
}

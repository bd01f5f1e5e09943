package io.github.datadogsnapshot.client.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class WidgetJsonTest {

    private static final String DEFINITION = """
            {"type": "timeseries", "title": "Load", "requests": [{"q": "avg:system.load.1{*}"}]}""";

    @Test
    void shouldReadACopiedWidgetDefinition() {
        Widget widget = WidgetJson.parse(DEFINITION, "widget");

        assertThat(widget.id()).isNull();
        assertThat(widget.type()).isEqualTo("timeseries");
        assertThat(widget.title()).isEqualTo("Load");
        assertThat(widget.hasRequests()).isTrue();
        assertThat(widget.definition().get("requests").get(0).get("q").asText()).isEqualTo("avg:system.load.1{*}");
    }

    @Test
    void shouldUnwrapADashboardExportsWidget() {
        Widget widget = WidgetJson.parse("{\"id\": 4711, \"definition\": " + DEFINITION
                + ", \"layout\": {\"x\": 0, \"y\": 0, \"width\": 4, \"height\": 2}}", "widget");

        assertThat(widget.id()).isEqualTo(4711L);
        assertThat(widget.definition()).isEqualTo(WidgetJson.parse(DEFINITION, "widget").definition());
        assertThat(widget.definition().has("layout")).isFalse();
    }

    @Test
    void shouldNameTheFieldWhenTheJsonDoesNotParse() {
        assertThatThrownBy(() -> WidgetJson.parse("{\"type\": \"timeseries\", \"requests\": [", "graphs[2].widget"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("graphs[2].widget: not valid JSON at line 1");
    }

    @Test
    void shouldNameTheTypeFieldWhenItIsMissing() {
        assertThatThrownBy(() -> WidgetJson.parse("{\"requests\": [{\"q\": \"avg:a{*}\"}]}", "widget"))
                .hasMessageStartingWith("widget.type: missing; a widget definition names its type");
        assertThatThrownBy(() -> WidgetJson.parse("{\"id\": 1, \"definition\": {\"title\": \"x\"}}", "widget"))
                .hasMessageStartingWith("widget.definition.type: missing");
    }

    @Test
    void shouldRefuseEmptyTextAndNonObjects() {
        assertThatThrownBy(() -> WidgetJson.parse("  ", "widget")).hasMessageStartingWith("widget: empty");
        assertThatThrownBy(() -> WidgetJson.parse("[1]", "widget")).hasMessageStartingWith("widget: must be a JSON object");
        assertThatThrownBy(() -> WidgetJson.parse("{\"id\": 1, \"definition\": 3}", "widget"))
                .hasMessageStartingWith("widget.definition: must be a JSON object");
        assertThatThrownBy(() -> WidgetJson.parse("{\"id\": \"x1\", \"definition\": " + DEFINITION + "}", "widget"))
                .hasMessageStartingWith("widget.id: 'x1' is not a widget id");
    }

    @Test
    void shouldKeepItsDefinitionImmutable() {
        Widget widget = WidgetJson.parse(DEFINITION, "widget");

        widget.definition().put("title", "changed");

        assertThat(widget.definition().get("title").asText()).isEqualTo("Load");
    }

    @Test
    void shouldTellWhetherThereAreRequests() {
        assertThat(WidgetJson.parse("{\"type\": \"note\", \"content\": \"x\"}", "w").hasRequests()).isFalse();
        assertThat(WidgetJson.parse("{\"type\": \"timeseries\", \"requests\": []}", "w").hasRequests()).isFalse();
        assertThat(WidgetJson.parse("{\"type\": \"hostmap\", \"requests\": {\"fill\": {\"q\": \"avg:a{*}\"}}}", "w")
                .hasRequests()).isTrue();
    }
}

package io.github.datadogsnapshot.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GraphSpecTest {

    @Test
    void shouldMinifyTheGraphDefinitionToOneLine() {
        GraphSpec g = GraphSpec.builder().graphDef("""
                {
                  "viz": "timeseries",
                  "requests": [ { "q": "avg:system.load.1{*}", "type": "line" } ]
                }
                """).build();
        assertThat(g.graphDef()).contains("{\"viz\":\"timeseries\",\"requests\":[{\"q\":\"avg:system.load.1{*}\",\"type\":\"line\"}]}");
        assertThat(g.query()).isEqualTo(g.graphDef().orElseThrow());
    }

    @Test
    void shouldNameTheFieldAndPositionOfBrokenJson() {
        assertThatThrownBy(() -> GraphSpec.builder().describedAs("graphs[1]").graphDef("{\"viz\": \"timeseries\",\n \"requests\": [}").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("graphs[1].graphDef: not valid JSON at line 2, column");
    }

    @Test
    void shouldRequireAnObjectAsGraphDefinition() {
        assertThatThrownBy(() -> GraphSpec.builder().graphDef("[1,2]").build())
                .hasMessageStartingWith("graphDef: must be a JSON object");
    }

    @Test
    void shouldRequireOneQuery() {
        assertThatThrownBy(() -> GraphSpec.builder().title("Latency").build())
                .hasMessage("metricQuery: give a metric query (or a graphDef)");
        assertThatThrownBy(() -> GraphSpec.builder().metricQuery("avg:a{*}").graphDef("{}").build())
                .hasMessage("metricQuery and graphDef are both given; give one of them");
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 4001})
    void shouldBoundTheSize(int pixels) {
        assertThatThrownBy(() -> GraphSpec.builder().metricQuery("q").width(pixels).build())
                .hasMessage("width: " + pixels + " pixels is out of range; use 1 to 4000");
        assertThatThrownBy(() -> GraphSpec.builder().metricQuery("q").height(pixels).build())
                .hasMessage("height: " + pixels + " pixels is out of range; use 1 to 4000");
    }

    @Test
    void shouldDeriveASafeNameFromTheTitleOrQuery() {
        assertThat(GraphSpec.builder().metricQuery("q").title("P99 latency / checkout (ms)").build().name())
                .isEqualTo("p99-latency-checkout-ms");
        assertThat(GraphSpec.builder().metricQuery("avg:system.cpu.user{env:ci} by {host}").build().name())
                .isEqualTo("avg-system-cpu-user-env-ci-by-host");
        assertThat(GraphSpec.builder().metricQuery("q").title("Größe über Zeit").build().name()).isEqualTo("grosse-uber-zeit");
        assertThat(GraphSpec.builder().metricQuery("q").title("???").build().name()).isEqualTo("graph");
        assertThat(GraphSpec.builder().metricQuery("q").title("CON").build().name()).isEqualTo("graph-con");
        assertThat(GraphSpec.builder().metricQuery("q").title("x".repeat(200)).build().name()).hasSize(60);
    }

    @ParameterizedTest
    @ValueSource(strings = {"../etc/passwd", "a/b", "a\\b", ".hidden", "a..b", "nul", "COM1.txt", "name.", "with space",
        "ü", "-leading"})
    void shouldRefuseUnsafeNames(String name) {
        assertThatThrownBy(() -> GraphSpec.builder().describedAs("graphs[0]").metricQuery("q").name(name).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("graphs[0].name: '" + name + "' is not a safe file name");
    }

    @Test
    void shouldKeepAGivenSafeName() {
        GraphSpec g = GraphSpec.builder().metricQuery("q").title("T").name("Checkout_p99-v2.1").build();
        assertThat(g.name()).isEqualTo("Checkout_p99-v2.1");
        assertThat(g.isNameGiven()).isTrue();
        assertThat(g.toBuilder().build()).isEqualTo(g);
    }
}

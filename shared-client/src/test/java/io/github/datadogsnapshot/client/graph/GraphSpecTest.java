package io.github.datadogsnapshot.client.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.datadogsnapshot.client.config.ApiEndpoint;
import io.github.datadogsnapshot.client.transport.SnapshotApi;
import java.net.URI;
import java.time.Instant;
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

    @ParameterizedTest
    @ValueSource(strings = {"{\"viz\":\"timeseries\"}}", "{\"viz\":\"timeseries\"} garbage", "{} {}", "{}\n]",
        "{},{}"})
    void shouldRefuseTrailingJson(String def) {
        assertThatThrownBy(() -> GraphSpec.builder().describedAs("graphs[2]").graphDef(def).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("graphs[2].graphDef: unexpected content after the JSON object at line ")
                .hasMessageEndingWith("; give exactly one object (is there an extra '}' or text after it?)");
    }

    @Test
    void shouldSayWhereTheTrailingContentStarts() {
        assertThatThrownBy(() -> GraphSpec.builder().graphDef("{\"viz\": \"timeseries\"\n}}").build())
                .hasMessageStartingWith("graphDef: unexpected content after the JSON object at line 2, column 2;");
    }

    @Test
    void shouldAcceptWhiteSpaceAfterTheObject() {
        assertThat(GraphSpec.builder().graphDef("  {\"viz\":\"timeseries\"}\n\n  ").build().graphDef())
                .contains("{\"viz\":\"timeseries\"}");
    }

    @Test
    void shouldRefuseAGraphDefTooLongForTheRequestUrlNamingItAndTheLimit() {
        String def = "{\"viz\":\"timeseries\",\"requests\":[" + "{\"q\":\"avg:system.load.1{*}\"},".repeat(4000)
                + "{\"q\":\"avg:system.load.5{*}\"}]}";

        assertThatThrownBy(() -> GraphSpec.builder().describedAs("graphs[1]").title("Load").graphDef(def).build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("graphs[1].graphDef: too long for the snapshot request: ")
                .hasMessageContaining(" characters once URL-encoded (")
                .hasMessageContaining("may take 7168 together")
                .hasMessageContaining("about 8 KiB (414 Request-URI Too Large)");
    }

    @Test
    void shouldCountTheFieldsTogetherAndNameTheLongest() {
        String half = "x".repeat(GraphSpec.MAX_ENCODED_FIELDS / 2);
        assertThat(GraphSpec.builder().metricQuery(half).title(half).build().title()).contains(half);
        assertThatThrownBy(() -> GraphSpec.builder().metricQuery(half).title(half + "xx").eventQuery("e").build())
                .hasMessageStartingWith("title: too long for the snapshot request: 3586 characters once URL-encoded"
                        + " (7171 with the graph's other fields)");
    }

    @Test
    void shouldCountTheEncodedLengthNotTheCharacters() {
        String spaces = "a ".repeat(GraphSpec.MAX_ENCODED_FIELDS / 4 + 1).trim();
        assertThat(spaces.length()).isLessThan(GraphSpec.MAX_ENCODED_FIELDS);
        assertThatThrownBy(() -> GraphSpec.builder().metricQuery(spaces).build())
                .hasMessageStartingWith("metricQuery: too long for the snapshot request");
    }

    @Test
    void shouldKeepTheLargestAcceptedRequestWithinTheRequestLineLimit() {
        GraphSpec largest = GraphSpec.builder().metricQuery("q".repeat(GraphSpec.MAX_ENCODED_FIELDS - 20)).title("T".repeat(10))
                .eventQuery("e".repeat(10)).width(4000).height(4000).build();
        TimeWindow window = new TimeWindow(Instant.parse("2026-11-28T10:00:00.5Z"), Instant.parse("2286-11-20T17:46:39.5Z"));
        // A proxy gets the absolute URL in the request line; a long path prefix counts too.
        ApiEndpoint endpoint = ApiEndpoint.custom("https://dd-proxy.internal.example.com:65535/" + "p".repeat(200));

        URI create = new SnapshotApi(endpoint).createUri(largest, window);

        String requestLine = "GET " + create + " HTTP/1.1";
        assertThat(requestLine.length()).isBetween(GraphSpec.MAX_ENCODED_FIELDS, GraphSpec.MAX_REQUEST_LINE);
    }
}

package io.github.datadogsnapshot.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.graph.TimeWindow;
import io.github.datadogsnapshot.client.plan.PlanResult;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** The capture goal's configuration through the client's plan check, named as the goal names it. */
class CaptureCheckTest {

    private static final Instant BUILD_START = Instant.parse("2024-05-01T10:00:00Z");
    private static final Instant NOW = Instant.parse("2024-05-01T10:05:00Z");

    private final RecordingLog log = new RecordingLog();

    /** A goal as Maven configures it by default: numbers on, Datadog's pictures. */
    static CaptureMojo mojo(RecordingLog log) {
        CaptureMojo mojo = new CaptureMojo(null);
        mojo.numbers = true;
        mojo.renderer = "datadog";
        mojo.setLog(log);
        return mojo;
    }

    private static Graph graph(String name, String metricQuery) {
        Graph graph = new Graph();
        graph.setName(name);
        graph.setMetricQuery(metricQuery);
        return graph;
    }

    private PlanResult check(CaptureMojo mojo) throws MojoFailureException {
        return CaptureCheck.check(mojo, NOW, Map.of(), Optional.empty(), BUILD_START);
    }

    @Test
    void shouldRefuseTwoGraphsOfTheSameNameBeforeAnyRequest() {
        CaptureMojo mojo = mojo(log);
        mojo.graphs = List.of(graph("cpu", "avg:a{*}"), graph("mem", "avg:b{*}"), graph("CPU", "avg:c{*}"));

        assertThatThrownBy(() -> check(mojo))
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("Invalid graph: graphs[3].name: 'CPU' is also the name of graphs[1].name; names must be"
                        + " unique (they become file names)");
    }

    @Test
    void shouldNameTheGraphAndFieldOfAnInvalidGraph() {
        Graph broken = new Graph();
        broken.setGraphDef("{\"viz\": ");
        CaptureMojo mojo = mojo(log);
        mojo.graphs = java.util.Arrays.asList(graph("ok", "avg:a{*}"), broken);

        assertThatThrownBy(() -> check(mojo))
                .hasMessageStartingWith("Invalid graph: graphs[2].graphDef: not valid JSON");
    }

    @Test
    void shouldNameTheGoalLevelSizeRatherThanTheFirstGraphUsingIt() {
        CaptureMojo mojo = mojo(log);
        mojo.graphs = List.of(graph("ok", "avg:a{*}"));
        mojo.width = 5000;

        assertThatThrownBy(() -> check(mojo))
                .hasMessage("Invalid configuration: datadog.width: 5000 pixels is out of range; use 1 to 4000");
    }

    @Test
    void shouldNameThePropertiesOfAnInvalidCommandLineGraph() {
        CaptureMojo mojo = mojo(log);
        mojo.title = "Only a title";
        mojo.eventQuery = "sources:deploy";
        mojo.graphs = List.of(graph("ok", "avg:a{*}"));

        assertThatThrownBy(() -> check(mojo))
                .hasMessage("Invalid graph: <graphs> (or -Ddatadog.metricQuery): no graph to capture; give at least"
                        + " one graph with a metric query or a graph definition");
        mojo.metricQuery = "avg:a{*}";
        mojo.graphDef = "{\"viz\":\"timeseries\"}";
        assertThatThrownBy(() -> check(mojo))
                .hasMessage("Invalid graph: datadog.metricQuery and datadog.graphDef are both given; give one of them");
    }

    @Test
    void shouldSizeGraphsWithoutTheirOwnSizeByTheGoalsSize() throws Exception {
        Graph sized = graph("sized", "avg:a{*}");
        sized.setWidth(300);
        CaptureMojo mojo = mojo(log);
        mojo.graphs = List.of(sized, graph("plain", "avg:b{*}"));
        mojo.width = 900;
        mojo.height = 250;

        List<GraphSpec> specs = check(mojo).graphs();

        assertThat(specs.get(0).width()).contains(300);
        assertThat(specs.get(0).height()).contains(250);
        assertThat(specs.get(1).width()).contains(900);
    }

    @Test
    void shouldRunFromTheBuildStartToNowByDefault() throws Exception {
        CaptureMojo mojo = mojo(log);
        mojo.metricQuery = "avg:a{*}";

        assertThat(check(mojo).window()).contains(new TimeWindow(BUILD_START, NOW));
    }

    @Test
    void shouldPreferAnExplicitStartOverTheMark() throws Exception {
        CaptureMojo mojo = mojo(log);
        mojo.metricQuery = "avg:a{*}";
        mojo.start = "2024-05-01T12:00:00+02:00";
        mojo.end = "1714557900";
        mojo.padding = "PT30S";

        PlanResult result = CaptureCheck.check(mojo, NOW, Map.of(), Optional.of(BUILD_START.plusSeconds(60)),
                BUILD_START);

        assertThat(result.window()).contains(new TimeWindow(BUILD_START.minusSeconds(30), NOW));
    }

    @Test
    void shouldRefuseAStartAfterTheEnd() {
        CaptureMojo mojo = mojo(log);
        mojo.metricQuery = "avg:a{*}";
        mojo.start = "2030-01-01T00:00:00Z";
        mojo.end = "2029-01-01T00:00:00Z";

        assertThatThrownBy(() -> check(mojo))
                .hasMessage("Invalid window: datadog.start: the window's start 2030-01-01T00:00:00Z (datadog.start) is"
                        + " not before its end 2029-01-01T00:00:00Z (datadog.end); check datadog.start and"
                        + " datadog.end");
    }

    @Test
    void shouldRefuseAStartAfterNow() {
        CaptureMojo mojo = mojo(log);
        mojo.metricQuery = "avg:a{*}";
        mojo.start = "2024-05-01T11:00:00Z";

        assertThatThrownBy(() -> check(mojo))
                .hasMessageContaining("is not before its end 2024-05-01T10:05:00Z (the window's end (now))");
    }

    @Test
    void shouldNameTheStartOfTheBuildWhenTheDefaultStartIsPastTheRetention() {
        CaptureMojo mojo = mojo(log);
        mojo.metricQuery = "avg:a{*}";

        assertThatThrownBy(() -> CaptureCheck.check(mojo, NOW, Map.of(), Optional.empty(),
                Instant.parse("2020-01-01T00:00:00Z")))
                .hasMessageStartingWith("Invalid window: the window's start (the start of this build):"
                        + " 2020-01-01T00:00:00Z is ");
    }

    @Test
    void shouldNameTheParameterOfAnUnreadablePadding() {
        CaptureMojo mojo = mojo(log);
        mojo.metricQuery = "avg:a{*}";
        mojo.padding = "5 minutes";

        assertThatThrownBy(() -> check(mojo))
                .hasMessageStartingWith("datadog.padding: '5 minutes' is not an ISO-8601 duration");
    }

    @Test
    void shouldNameTheSiteParameterOrTheVariable() {
        CaptureMojo mojo = mojo(log);
        mojo.metricQuery = "avg:a{*}";

        assertThatThrownBy(() -> CaptureCheck.check(mojo, NOW, Map.of("DD_SITE", "nowhere.example"), Optional.empty(),
                BUILD_START))
                .hasMessageStartingWith("Invalid Datadog endpoint: DD_SITE: unknown Datadog site 'nowhere.example'");
        mojo.site = "nowhere.example";
        assertThatThrownBy(() -> check(mojo))
                .hasMessageStartingWith("Invalid Datadog endpoint: datadog.site: unknown Datadog site");
    }
}

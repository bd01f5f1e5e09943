package io.github.datadogsnapshot.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.datadogsnapshot.client.plan.GraphInput;
import io.github.datadogsnapshot.client.plan.Labels;
import io.github.datadogsnapshot.client.plan.PlanCases;
import io.github.datadogsnapshot.client.plan.PlanResult;
import io.github.datadogsnapshot.client.plan.Problem;
import io.github.datadogsnapshot.emulator.DatadogEmulatorExtension;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The client's table of configurations ({@link PlanCases}, from its test-jar) through the capture goal's mapping:
 * the same decision as the client's, the client's message with the goal's parameter names, and no request.
 */
class CaptureCheckTableTest {

    @RegisterExtension
    static DatadogEmulatorExtension emulator = new DatadogEmulatorExtension();

    static List<PlanCases.Case> rows() {
        return PlanCases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void shouldDecideAsTheClientAndSayItWithTheGoalsNames(PlanCases.Case row) throws Exception {
        RecordingLog log = new RecordingLog();
        CaptureMojo mojo = goal(row.config(), log);
        Labels labels = CaptureCheck.labels(false, CaptureMojo.startOrigin(Optional.empty()));
        String expected = PlanCases.expected(row, labels);

        switch (row.decision()) {
            case REFUSED -> assertThatThrownBy(() -> check(mojo))
                    .isInstanceOf(MojoFailureException.class)
                    .hasMessage(CaptureCheck.refusal(new Problem(row.field(), -1, "", expected, true)));
            case WARNED -> {
                PlanResult result = check(mojo);
                assertThat(result.refused()).isFalse();
                assertThat(warnings(log)).containsExactly(expected.split("\n"));
            }
            case ACCEPTED -> {
                assertThat(check(mojo).refused()).isFalse();
                assertThat(warnings(log)).isEmpty();
            }
        }
    }

    private static PlanResult check(CaptureMojo mojo) throws MojoFailureException {
        return CaptureCheck.check(mojo, PlanCases.NOW, Map.of(), Optional.empty(), PlanCases.BUILD_START);
    }

    /** The row as a POM would configure the goal: its graphs in {@code <graphs>}, times as ISO-8601 text. */
    private static CaptureMojo goal(PlanCases.Config c, RecordingLog log) {
        CaptureMojo mojo = CaptureCheckTest.mojo(log);
        mojo.graphs = c.graphs.stream().map(CaptureCheckTableTest::graph).toList();
        mojo.width = c.defaultWidth;
        mojo.start = text(c.start);
        mojo.end = text(c.end);
        mojo.padding = c.padding == null ? null : c.padding.toString();
        mojo.renderer = c.renderer;
        mojo.numbers = c.numbers;
        mojo.failOnRegression = c.failOnRegression;
        mojo.apiUrl = emulator.get().baseUrl().toString();
        return mojo;
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }

    private static Graph graph(GraphInput input) {
        Graph graph = new Graph();
        graph.setName(input.name());
        graph.setTitle(input.title());
        graph.setMetricQuery(input.metricQuery());
        graph.setGraphDef(input.graphDef());
        graph.setEventQuery(input.eventQuery());
        graph.setWidth(input.width());
        graph.setHeight(input.height());
        graph.setThresholds(input.thresholds());
        return graph;
    }

    private static List<String> warnings(RecordingLog log) {
        return log.lines().stream().filter(l -> l.startsWith("WARN ")).map(l -> l.substring("WARN ".length()))
                .toList();
    }

    @AfterAll
    static void noRequestWasSent() {
        assertThat(emulator.get().requests()).isEmpty();
    }
}

package io.jenkins.plugins.datadogsnapshot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.datadogsnapshot.client.plan.GraphInput;
import io.github.datadogsnapshot.client.plan.PlanCases;
import io.github.datadogsnapshot.client.plan.PlanResult;
import io.github.datadogsnapshot.emulator.DatadogEmulatorExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The client's table of configurations ({@link PlanCases}, from its test-jar) through the Jenkins steps' mapping
 * ({@link CaptureRequest} and {@link RequestCheck#checked}): the same decision as the client's and as the Maven
 * goal's, the client's message with the steps' argument names, and no request. Lives in the offline build, which
 * has the client's test-jar; the plugin's own build does not need it.
 */
class CaptureRequestTableTest {

    @RegisterExtension
    static DatadogEmulatorExtension emulator = new DatadogEmulatorExtension();

    static List<PlanCases.Case> rows() {
        return PlanCases.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void shouldDecideAsTheClientAndSayItWithTheStepsNames(PlanCases.Case row) {
        PlanCases.Config c = row.config();
        CaptureDefaults defaults = new CaptureDefaults(
                null, null, "dd-api", "dd-app", c.defaultWidth, null, Duration.ZERO, Duration.ofMinutes(3));
        CaptureRequest request = request(c);
        String expected = PlanCases.expected(row, RequestCheck.labels(c.graphs.size()));

        switch (row.decision()) {
            case REFUSED -> assertThatThrownBy(() -> check(request, defaults))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage(expected);
            case WARNED -> {
                PlanResult result = check(request, defaults);
                assertThat(PlanCases.decision(result)).isEqualTo(PlanCases.Decision.WARNED);
                assertThat(PlanCases.message(result)).isEqualTo(expected);
            }
            case ACCEPTED -> assertThat(check(request, defaults).problems()).isEmpty();
        }
    }

    /** The steps' mapping: the step aborts with this exception's message, as {@link SnapshotRunner} logs it. */
    private static PlanResult check(CaptureRequest request, CaptureDefaults defaults) {
        return RequestCheck.checked(request, defaults, PlanCases.BUILD_START, PlanCases.NOW, PlanCases.NOW);
    }

    /** The row as a Pipeline would give it to the step: epoch seconds, padding in seconds, graphs as a list. */
    private static CaptureRequest request(PlanCases.Config c) {
        CaptureRequest.Builder b = CaptureRequest.builder()
                .graphs(c.graphs.stream().map(CaptureRequestTableTest::graph).toList())
                .startSeconds(seconds(c.start))
                .endSeconds(seconds(c.end))
                .paddingSeconds(c.padding == null ? null : Math.toIntExact(c.padding.toSeconds()))
                .renderer(c.renderer)
                .numbers(c.numbers)
                .apiUrl(emulator.get().baseUrl().toString());
        return (c.failOnRegression ? b.regressionResult("FAILURE") : b).build();
    }

    private static Long seconds(Instant instant) {
        return instant == null ? null : instant.getEpochSecond();
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

    @AfterAll
    static void noRequestWasSent() {
        assertThat(emulator.get().requests()).isEmpty();
    }
}

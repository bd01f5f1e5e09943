package io.github.datadogsnapshot.client.plan;

import io.github.datadogsnapshot.client.config.ApiEndpoint;
import io.github.datadogsnapshot.client.config.CaptureOptions;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.graph.TimeWindow;
import java.util.List;
import java.util.Optional;

/**
 * What {@link PlanCheck} decided: the problems, errors first, and the checked values, present only when there is
 * no error (the window and the endpoint only when they were asked for and could be worked out).
 */
public record PlanResult(List<Problem> problems, List<GraphSpec> graphs, Optional<TimeWindow> window,
                         CaptureOptions.Renderer renderer, Optional<ApiEndpoint> endpoint) {

    /** The first error; empty when the capture may start. */
    public Optional<Problem> firstError() {
        return problems.stream().filter(Problem::error).findFirst();
    }

    /** Whether the capture must not start. */
    public boolean refused() {
        return firstError().isPresent();
    }

    /** The warnings, in the order they were found. */
    public List<Problem> warnings() {
        return problems.stream().filter(p -> !p.error()).toList();
    }
}

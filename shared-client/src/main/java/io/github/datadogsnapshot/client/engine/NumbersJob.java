package io.github.datadogsnapshot.client.engine;

import io.github.datadogsnapshot.charts.Band;
import io.github.datadogsnapshot.client.config.CaptureListener;
import io.github.datadogsnapshot.client.exception.SnapshotException;
import io.github.datadogsnapshot.client.graph.GraphQuery;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.graph.TimeWindow;
import io.github.datadogsnapshot.client.regression.MetricSeries;
import io.github.datadogsnapshot.client.transport.TaskRunner;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The numbers of one graph, fetched as a {@link StepChain} beside its picture: one metrics query per plain query of
 * the graph, then (when the graph may be drawn here) one events call per event query. A call that fails is noted and
 * the next one goes on: numbers never fail a graph.
 */
final class NumbersJob extends StepChain<Numbers> {

    final GraphSpec graph;
    final TimeWindow window;
    final Instant requestedAt;
    final Instant deadline;
    final List<GraphQuery> queries;
    final List<GraphQuery> eventQueries;
    final CaptureListener listener;
    private final java.util.function.Consumer<NumbersJob> firstStep;
    private boolean started;

    // Touched by one step at a time.
    int next;
    Instant pausedUntil;
    final List<MetricSeries> series = new ArrayList<>();
    final List<Band> events = new ArrayList<>();
    final List<String> errors = new ArrayList<>();

    NumbersJob(GraphSpec graph, TimeWindow window, Instant requestedAt, Instant deadline, List<GraphQuery> queries,
               List<GraphQuery> eventQueries, java.util.function.Consumer<NumbersJob> firstStep, TaskRunner runner,
               Clock clock, CaptureListener listener) {
        super(runner, clock);
        this.listener = listener == null ? CaptureListener.NONE : listener;
        this.firstStep = firstStep;
        this.graph = graph;
        this.window = window;
        this.requestedAt = requestedAt;
        this.deadline = deadline;
        this.queries = queries;
        this.eventQueries = eventQueries;
    }

    /**
     * Starts fetching, once: when the graph's snapshot request is over (its numbers then do not compete with
     * snapshot requests), or at once when the graph is drawn here.
     */
    void start() {
        synchronized (this) {
            if (started) {
                return;
            }
            started = true;
        }
        execute(() -> firstStep.accept(this), null);
    }

    Numbers numbers() {
        return new Numbers(queries, series, eventQueries, events, errors.isEmpty() ? null : String.join("; ", errors));
    }

    @Override
    Numbers failed(SnapshotException failure) {
        errors.add(failure.getMessage());
        return numbers();
    }

    @Override
    Numbers interrupted() {
        errors.add("the capture was interrupted before the numbers were fetched");
        return numbers();
    }
}

package io.github.datadogsnapshot.client.engine;

import io.github.datadogsnapshot.client.config.CaptureListener;
import io.github.datadogsnapshot.client.config.Snapshot;
import io.github.datadogsnapshot.client.config.StoredImage;
import io.github.datadogsnapshot.client.exception.SnapshotException;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.graph.TimeWindow;
import io.github.datadogsnapshot.client.transport.TaskRunner;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * The picture of one graph, from its request to its stored image or failure, as a {@link StepChain}: requested
 * from Datadog ({@link SnapshotRequester}), waited for ({@link ImageWaiter}), or drawn here from the graph's numbers
 * ({@link LocalPainter}). An image is moved into place only by a job not called off.
 */
final class GraphJob extends StepChain<GraphOutcome> {

    static final String DATADOG = "datadog";
    static final String LOCAL = "local";

    final GraphSpec graph;
    final TimeWindow window;
    final Path target;
    final Batch batch;
    final CaptureListener listener;
    final Instant requestedAt;
    final Instant deadline;
    /** The graph's numbers, fetched beside the picture; null when not asked for. */
    final NumbersJob numbers;

    // Touched by one step at a time; the executor's hand-over orders the steps.
    int attempts = 1;
    int checks;
    Snapshot snapshot;
    Instant pausedUntil;
    Instant nextProgress;
    String lastAnswer = "no answer yet";
    String renderer = DATADOG;
    String rendererReason;
    /** Draws the graph here when Datadog's snapshot budget refuses it; null when that is not wanted. */
    Consumer<String> budgetFallback;

    GraphJob(GraphSpec graph, TimeWindow window, Path target, Batch batch, CaptureListener listener,
             Instant requestedAt, Duration timeout, NumbersJob numbers, TaskRunner runner, Clock clock) {
        super(runner, clock);
        this.graph = graph;
        this.window = window;
        this.target = target;
        this.batch = batch;
        this.listener = listener;
        this.requestedAt = requestedAt;
        this.deadline = requestedAt.plus(timeout);
        this.numbers = numbers;
    }

    /**
     * Until its snapshot request is answered (or the graph is drawn here), the graph's steps go first.
     *
     * <p>Also called from other threads, and safely without a lock of its own: {@code snapshot} and {@code renderer}
     * are written only in this job's steps, and each caller on another thread reads them after a hand-over from the
     * step that wrote them: a sibling's {@link #bringForward} holds this chain's lock and only reads when no step
     * is busy (the step released the lock after its writes); a budget waking the graph ({@link ApiCaller}) took the
     * budget's lock that the queuing step released; the numbers job's completion ({@link LocalPainter}) follows
     * the step that started them or registered the callback.
     */
    @Override
    boolean first() {
        return snapshot == null && DATADOG.equals(renderer);
    }

    /** Starts fetching the graph's numbers, if asked for and not started yet. */
    void startNumbers() {
        if (numbers != null) {
            numbers.start();
        }
    }

    Instant snapshotCreatedAt() {
        return snapshot.createdAt();
    }

    void succeed(StoredImage image) {
        end(outcome(image, null, false));
    }

    @Override
    GraphOutcome failed(SnapshotException failure) {
        return outcome(null, failure, false);
    }

    @Override
    GraphOutcome interrupted() {
        return outcome(null, null, true);
    }

    /** Tells the batch; when this is its first ready graph, the looks at the others that waited as long come now. */
    @Override
    void beforeEnd(GraphOutcome outcome) {
        if (outcome.interrupted() && numbers != null) {
            numbers.cancel();
        } else {
            startNumbers(); // a graph that failed early still gets its numbers
        }
        Instant now = outcome.endedAt();
        Duration renderTime = outcome.image() == null || snapshot == null ? null
                : Duration.between(snapshot.createdAt(), outcome.image().readyAt());
        for (GraphJob sibling : batch.ended(this, now, renderTime)) {
            sibling.bringForward(now);
        }
    }

    private GraphOutcome outcome(StoredImage image, SnapshotException failure, boolean interrupted) {
        return new GraphOutcome(graph, requestedAt, now(), snapshot, image, failure, interrupted, attempts, checks,
                renderer, rendererReason, null);
    }
}

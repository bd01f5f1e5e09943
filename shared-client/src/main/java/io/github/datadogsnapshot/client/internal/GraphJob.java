package io.github.datadogsnapshot.client.internal;

import io.github.datadogsnapshot.client.CaptureListener;
import io.github.datadogsnapshot.client.ClientSideException;
import io.github.datadogsnapshot.client.GraphSpec;
import io.github.datadogsnapshot.client.Snapshot;
import io.github.datadogsnapshot.client.SnapshotException;
import io.github.datadogsnapshot.client.StoredImage;
import io.github.datadogsnapshot.client.TimeWindow;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

/**
 * The capture of one graph, from its request to its stored image or failure, as a chain of short steps on the
 * client's threads: a step sends one request or looks once, then schedules the next step or ends the job. Between
 * steps the job holds no thread, only a timer. {@link #cancel()} ends it at once, cutting a request in flight; an
 * image is moved into place only by a job not called off. Thread-safe.
 */
public final class GraphJob {

    final GraphSpec graph;
    final TimeWindow window;
    final Path target;
    final Batch batch;
    final CaptureListener listener;
    final Instant requestedAt;
    final Instant deadline;
    final Exchange exchange = new Exchange();

    private final TaskRunner runner;
    private final Clock clock;
    private final CompletableFuture<GraphOutcome> result = new CompletableFuture<>();

    // Touched by one step at a time; the executor's hand-over orders the steps.
    int attempts = 1;
    int checks;
    Snapshot snapshot;
    Instant pausedUntil;
    Instant nextProgress;
    String lastAnswer = "no answer yet";

    // Guarded by this.
    private boolean busy;
    private boolean cancelled;
    private boolean ended;
    private TaskRunner.Cancellable timer;
    private Instant timerAt;
    private Runnable timerStep;

    GraphJob(GraphSpec graph, TimeWindow window, Path target, Batch batch, CaptureListener listener, Duration timeout,
             TaskRunner runner, Clock clock) {
        this.graph = graph;
        this.window = window;
        this.target = target;
        this.batch = batch;
        this.listener = listener;
        this.runner = runner;
        this.clock = clock;
        this.requestedAt = clock.instant();
        this.deadline = requestedAt.plus(timeout);
    }

    public GraphSpec graph() {
        return graph;
    }

    /** Completes when the graph's capture has ended, whichever way; never exceptionally. */
    public CompletableFuture<GraphOutcome> result() {
        return result;
    }

    /**
     * Calls the capture off: a scheduled step does not run, a request in flight is cut (the step that sent it
     * ends the job), a temporary file is removed. A job already ended stays as it ended.
     */
    public void cancel() {
        synchronized (this) {
            if (ended || cancelled) {
                return;
            }
            cancelled = true;
            cancelTimer();
            exchange.abort();
            if (busy) {
                return;
            }
        }
        endInterrupted();
    }

    Instant snapshotCreatedAt() {
        return snapshot.createdAt();
    }

    Instant now() {
        return clock.instant();
    }

    /** Runs {@code step} on a request thread as soon as one is free; {@code ifSkipped} runs if the job ended first. */
    void execute(Runnable step, Runnable ifSkipped) {
        synchronized (this) {
            cancelTimer();
        }
        runner.execute(() -> run(step, ifSkipped));
    }

    /** Runs {@code step} on a request thread at {@code at}, replacing any step scheduled before. */
    synchronized void schedule(Instant at, Runnable step) {
        if (ended || cancelled) {
            return;
        }
        cancelTimer();
        timerAt = at;
        timerStep = step;
        timer = runner.schedule(Duration.between(clock.instant(), at), () -> run(step, null));
    }

    /** Brings the scheduled step forward to {@code at} when it was due later. */
    synchronized void bringForward(Instant at) {
        if (ended || cancelled || busy || timer == null || !timerAt.isAfter(at)) {
            return;
        }
        schedule(at, timerStep);
    }

    void succeed(StoredImage image) {
        end(image, null, false);
    }

    void fail(SnapshotException failure) {
        end(null, failure, false);
    }

    /**
     * Moves a finished image into place unless the job was called off; returns whether it did. Called under the
     * job's lock, so that a capture called off at this moment never records a stored image as interrupted.
     */
    synchronized boolean storeUnlessCancelled(IoAction move) throws java.io.IOException {
        if (cancelled) {
            return false;
        }
        move.run();
        return true;
    }

    /** A file operation. */
    @FunctionalInterface
    interface IoAction {
        void run() throws java.io.IOException;
    }

    private void run(Runnable step, Runnable ifSkipped) {
        synchronized (this) {
            if (ended || cancelled) {
                if (ifSkipped != null) {
                    ifSkipped.run();
                }
                return;
            }
            busy = true;
            timer = null;
        }
        try {
            step.run();
        } catch (CancellationException e) {
            // The exchange was cut because the job was called off: ended below.
        } catch (SnapshotException e) {
            fail(e);
        } catch (RuntimeException e) {
            fail(new ClientSideException("unexpected error: " + e, false, e));
        } finally {
            boolean interrupted;
            synchronized (this) {
                busy = false;
                interrupted = cancelled && !ended;
            }
            if (interrupted) {
                endInterrupted();
            }
        }
    }

    private void endInterrupted() {
        end(null, null, true);
    }

    private void end(StoredImage image, SnapshotException failure, boolean interrupted) {
        synchronized (this) {
            if (ended) {
                return;
            }
            ended = true;
            cancelTimer();
        }
        Instant now = clock.instant();
        Duration renderTime = image == null ? null : Duration.between(snapshot.createdAt(), image.readyAt());
        for (GraphJob sibling : batch.ended(this, now, renderTime)) {
            sibling.bringForward(now);
        }
        result.complete(new GraphOutcome(graph, requestedAt, now, snapshot, image, failure, interrupted, attempts,
                checks));
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }
}

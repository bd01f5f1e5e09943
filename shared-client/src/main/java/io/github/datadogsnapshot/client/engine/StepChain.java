package io.github.datadogsnapshot.client.engine;

import io.github.datadogsnapshot.client.exception.ClientSideException;
import io.github.datadogsnapshot.client.exception.SnapshotException;
import io.github.datadogsnapshot.client.transport.Exchange;
import io.github.datadogsnapshot.client.transport.TaskRunner;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;

/**
 * Work done as a chain of short steps on a client's threads: a step sends one request or does one piece of work,
 * then schedules the next step or ends the chain. Between steps the chain holds no thread, only a timer. A step
 * that throws a {@link SnapshotException} ends the chain with it. {@link #cancel()} ends the chain at once, cutting
 * a request in flight (the step that sent it then ends the chain). Thread-safe.
 *
 * @param <R> what the chain ends with
 */
abstract class StepChain<R> {

    final Exchange exchange = new Exchange();

    private final TaskRunner runner;
    private final Clock clock;
    private final CompletableFuture<R> result = new CompletableFuture<>();

    // Guarded by this.
    private boolean busy;
    private boolean cancelled;
    private boolean ended;
    private TaskRunner.Cancellable timer;
    private Instant timerAt;
    private Runnable timerStep;

    StepChain(TaskRunner runner, Clock clock) {
        this.runner = runner;
        this.clock = clock;
    }

    /** Whether the chain's next step goes before other work waiting for a thread ({@link TaskRunner}). */
    boolean first() {
        return false;
    }

    /** What the chain ends with when a step fails. */
    abstract R failed(SnapshotException failure);

    /** What the chain ends with when it is called off before it ended. */
    abstract R interrupted();

    /** Runs just before the result completes, once. */
    void beforeEnd(R outcome) {
    }

    /** Completes when the chain has ended, whichever way; never exceptionally. */
    public CompletableFuture<R> result() {
        return result;
    }

    /** Calls the chain off; a chain already ended stays as it ended. */
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
        end(interrupted());
    }

    Instant now() {
        return clock.instant();
    }

    /** Runs {@code step} on a request thread as soon as one is free; {@code ifSkipped} runs if the chain ended first. */
    void execute(Runnable step, Runnable ifSkipped) {
        synchronized (this) {
            cancelTimer();
        }
        runner.execute(() -> run(step, ifSkipped), first());
    }

    /** Runs {@code step} on a request thread at {@code at}, replacing any step scheduled before. */
    synchronized void schedule(Instant at, Runnable step) {
        if (ended || cancelled) {
            return;
        }
        cancelTimer();
        timerAt = at;
        timerStep = step;
        timer = runner.schedule(Duration.between(clock.instant(), at), () -> run(step, null), first());
    }

    /** Brings the scheduled step forward to {@code at} when it was due later. */
    synchronized void bringForward(Instant at) {
        if (ended || cancelled || busy || timer == null || !timerAt.isAfter(at)) {
            return;
        }
        schedule(at, timerStep);
    }

    /**
     * Does a file operation unless the chain was called off; returns whether it did. Under the chain's lock, so that
     * a chain called off at this moment never ends as interrupted after the operation was done.
     */
    synchronized boolean unlessCancelled(IoAction action) throws IOException {
        if (cancelled) {
            return false;
        }
        action.run();
        return true;
    }

    /** A file operation. */
    @FunctionalInterface
    interface IoAction {
        void run() throws IOException;
    }

    /** Ends the chain with {@code outcome} unless it has ended already. */
    final void end(R outcome) {
        synchronized (this) {
            if (ended) {
                return;
            }
            ended = true;
            cancelTimer();
        }
        beforeEnd(outcome);
        result.complete(outcome);
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
            // The exchange was cut because the chain was called off: ended below.
        } catch (SnapshotException e) {
            endUnlessCancelled(e);
        } catch (RuntimeException e) {
            // HttpClient may answer a request cut by cancel() with an IllegalStateException ("Endpoint not acquired /
            // already released") instead of an I/O error: after cancel() no failure of a step is the graph's own.
            endUnlessCancelled(new ClientSideException("unexpected error: " + e, false, e));
        } finally {
            boolean interrupted;
            synchronized (this) {
                busy = false;
                interrupted = cancelled && !ended;
            }
            if (interrupted) {
                end(interrupted());
            }
        }
    }

    /** Ends the chain with the step's failure, unless it was called off: then it ends as interrupted. */
    private void endUnlessCancelled(SnapshotException failure) {
        synchronized (this) {
            if (cancelled) {
                return; // ended as interrupted by the caller's finally block
            }
        }
        end(failed(failure));
    }

    private void cancelTimer() {
        if (timer != null) {
            timer.cancel();
            timer = null;
        }
    }
}

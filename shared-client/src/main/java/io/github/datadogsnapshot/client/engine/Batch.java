package io.github.datadogsnapshot.client.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The graphs of one capture, requested together: how many are unfinished, which wait for their image (longest
 * first), and whether one has been ready yet. The check schedule of each graph depends on its batch. Thread-safe.
 */
final class Batch {

    private final int total;
    private int finished;
    private boolean anyReady;
    private final List<GraphJob> waiting = new ArrayList<>();

    Batch(int total) {
        this.total = total;
    }

    int total() {
        return total;
    }

    synchronized int unfinished() {
        return total - finished;
    }

    /** {@code job}'s snapshot was created: it now waits for its image. */
    synchronized void startedWaiting(GraphJob job) {
        waiting.add(job);
    }

    /** Whether {@code job} is among the {@code count} graphs of the batch that have waited longest. */
    synchronized boolean hasWaitedLongest(GraphJob job, int count) {
        int index = waiting.indexOf(job);
        return index >= 0 && index < count;
    }

    /**
     * {@code job} ended. When it is the batch's first graph to be ready, returns the graphs still waiting that were
     * created no later than {@code job}'s snapshot was ready minus its render time, so they have waited at least as
     * long: they are probably ready too.
     */
    synchronized List<GraphJob> ended(GraphJob job, Instant readyAt, Duration renderTime) {
        waiting.remove(job);
        finished++;
        if (renderTime == null || anyReady) {
            return List.of();
        }
        anyReady = true;
        Instant createdBy = readyAt.minus(renderTime);
        List<GraphJob> likelyReady = new ArrayList<>();
        for (GraphJob other : waiting) {
            if (!other.snapshotCreatedAt().isAfter(createdBy)) {
                likelyReady.add(other);
            }
        }
        return likelyReady;
    }
}

package io.github.datadogsnapshot.client.engine;

import io.github.datadogsnapshot.client.config.CaptureListener;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import java.time.Duration;
import java.time.Instant;

/**
 * Tells a graph's listener of the waits of its requests: a retry each time, a used-up budget once per reset. Touched by
 * one step of the graph's chain at a time.
 */
final class WaitReports {

    private final GraphSpec graph;
    private final CaptureListener listener;
    private Instant pausedUntil;

    WaitReports(GraphSpec graph, CaptureListener listener) {
        this.graph = graph;
        this.listener = listener == null ? CaptureListener.NONE : listener;
    }

    /** The snapshot budget is used up until {@code until}: said once per reset. */
    void rateLimited(Instant until, Duration wait) {
        if (!until.equals(pausedUntil)) {
            pausedUntil = until;
            listener.rateLimited(graph, wait);
        }
    }

    /** Another budget (the metrics queries') is used up: said once per reset, naming it. */
    void budgetUsedUp(Instant until, Duration wait, String limitName, String attempted) {
        if (!until.equals(pausedUntil)) {
            pausedUntil = until;
            listener.retrying(graph, "Datadog's " + limitName + " is used up for " + attempted
                    + ", waiting for it to reset", wait);
        }
    }

    void retrying(String reason, Duration delay) {
        listener.retrying(graph, reason, delay);
    }

    void stillRendering(Duration waited, String lastAnswer) {
        listener.stillRendering(graph, waited, lastAnswer);
    }
}

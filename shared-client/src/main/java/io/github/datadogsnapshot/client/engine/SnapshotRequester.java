package io.github.datadogsnapshot.client.engine;

import io.github.datadogsnapshot.client.config.Snapshot;
import io.github.datadogsnapshot.client.exception.RateLimitTimeoutException;
import io.github.datadogsnapshot.client.exception.ServiceException;
import io.github.datadogsnapshot.client.exception.SnapshotException;
import io.github.datadogsnapshot.client.transport.HttpTransport;
import io.github.datadogsnapshot.client.transport.SnapshotApi;
import java.time.Duration;
import java.time.Instant;

/**
 * Asks Datadog for a snapshot ({@link ApiCaller}: as soon as the organization's snapshot budget allows, with
 * retries, never past the deadline) and hands the accepted snapshot to the {@link ImageWaiter}. When the budget
 * refuses the graph past its timeout and the job may be drawn here, hands it to the {@link LocalPainter} instead.
 */
final class SnapshotRequester {

    private final SnapshotApi api;
    private final ApiCaller caller;
    private final RateLimitBudget budget = new RateLimitBudget();
    private final ImageWaiter waiter;

    SnapshotRequester(SnapshotApi api, ApiCaller caller, ImageWaiter waiter) {
        this.api = api;
        this.caller = caller;
        this.waiter = waiter;
    }

    /** Sends the job's create request now, or when the budget allows; runs inside a step of the job. */
    void request(GraphJob job) {
        caller.call(job, budget, new CreateCall(job));
    }

    /** The create request of one graph. */
    private final class CreateCall extends ApiCaller.Call {
        private final GraphJob job;

        CreateCall(GraphJob job) {
            super(api.createUri(job.graph, job.window), job.requestedAt, job.deadline,
                    "the snapshot request of graph '" + job.graph.name() + "'", "snapshot rate limit",
                    "graph '" + job.graph.name() + "'");
            this.job = job;
        }

        @Override
        void succeeded(HttpTransport.JsonAnswer answer) {
            job.attempts = attempts;
            job.startNumbers();
            waiter.start(job, new Snapshot(api.snapshotUrl(answer), job.now(), attempts));
        }

        @Override
        ServiceException error(HttpTransport.JsonAnswer answer) {
            return api.error(answer, attempted);
        }

        @Override
        void paused(Instant until, Duration wait) {
            if (!until.equals(job.pausedUntil)) {
                job.pausedUntil = until;
                job.listener.rateLimited(job.graph, wait);
            }
        }

        @Override
        void retrying(String reason, Duration delay) {
            job.listener.retrying(job.graph, reason, delay);
        }

        @Override
        void gaveUp(SnapshotException failure) {
            job.attempts = attempts;
            job.startNumbers();
            boolean refusedByBudget = failure instanceof RateLimitTimeoutException
                    || failure instanceof ServiceException s && s.isRateLimited();
            if (refusedByBudget && job.budgetFallback != null) {
                job.budgetFallback.accept("Datadog's snapshot budget refused it: " + failure.getMessage());
                return;
            }
            throw failure;
        }
    }
}

package io.github.datadogsnapshot.client.internal;

import io.github.datadogsnapshot.client.ClientSideException;
import io.github.datadogsnapshot.client.Credentials;
import io.github.datadogsnapshot.client.Durations;
import io.github.datadogsnapshot.client.RateLimitStatus;
import io.github.datadogsnapshot.client.RateLimitTimeoutException;
import io.github.datadogsnapshot.client.RetryPolicy;
import io.github.datadogsnapshot.client.ServiceException;
import io.github.datadogsnapshot.client.Snapshot;
import io.github.datadogsnapshot.client.SnapshotException;
import io.github.datadogsnapshot.client.SnapshotTimeoutException;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;

/**
 * Asks Datadog for a snapshot: as soon as the organization's budget allows ({@link RateLimitBudget}), retrying 5xx
 * answers and I/O errors with backoff, waiting out a 429's reset with every other request of the client, all
 * before the graph's deadline. Hands the accepted snapshot to the {@link ImageWaiter}.
 */
final class SnapshotRequester {

    private final SnapshotApi api;
    private final HttpTransport transport;
    private final Credentials credentials;
    private final RateLimitBudget budget;
    private final RetryPolicy retryPolicy;
    private final DoubleSupplier random;
    private final ImageWaiter waiter;
    private final Consumer<RateLimitStatus> budgetSeen;

    SnapshotRequester(SnapshotApi api, HttpTransport transport, Credentials credentials, RateLimitBudget budget,
                      RetryPolicy retryPolicy, DoubleSupplier random, ImageWaiter waiter,
                      Consumer<RateLimitStatus> budgetSeen) {
        this.api = api;
        this.transport = transport;
        this.credentials = credentials;
        this.budget = budget;
        this.retryPolicy = retryPolicy;
        this.random = random;
        this.waiter = waiter;
        this.budgetSeen = budgetSeen;
    }

    /** Sends the job's create request now, or when the budget allows. */
    void request(GraphJob job) {
        Instant now = job.now();
        Runnable askAgain = () -> job.execute(() -> request(job), null);
        RateLimitBudget.Permit permit = budget.acquire(now, askAgain);
        if (permit instanceof RateLimitBudget.Granted) {
            job.execute(() -> send(job), budget::released);
        } else if (permit instanceof RateLimitBudget.WaitUntil wait) {
            waitForReset(job, now, wait.until());
        } else {
            job.schedule(job.deadline, () -> {
                budget.forget(askAgain);
                Duration waited = Duration.between(job.requestedAt, job.now());
                throw new SnapshotTimeoutException("graph '" + job.graph.name() + "': no answer stated Datadog's"
                        + " snapshot budget before the timeout passed, so it was never requested (waited "
                        + Durations.format(waited) + ")", waited);
            });
        }
    }

    private void waitForReset(GraphJob job, Instant now, Instant until) {
        Duration waited = Duration.between(job.requestedAt, now);
        if (until.isAfter(job.deadline)) {
            throw new RateLimitTimeoutException("Datadog's snapshot rate limit resets in "
                    + Durations.format(Duration.between(now, until)) + ", after the timeout of graph '"
                    + job.graph.name() + "' (waited " + Durations.format(waited) + " so far); raise the timeout or"
                    + " capture fewer graphs per hour", waited, until);
        }
        if (!until.equals(job.pausedUntil)) {
            job.pausedUntil = until;
            job.listener.rateLimited(job.graph, Duration.between(now, until));
        }
        job.schedule(until, () -> request(job));
    }

    private void send(GraphJob job) {
        URI uri = api.createUri(job.graph, job.window);
        String attempted = "the snapshot request of graph '" + job.graph.name() + "'";
        HttpTransport.JsonAnswer answer;
        try {
            answer = transport.getJson(uri, credentials, job.deadline, job.exchange);
        } catch (Exchange.DeadlinePassed e) {
            budget.released();
            Duration waited = Duration.between(job.requestedAt, job.now());
            throw new SnapshotTimeoutException("Datadog had not answered " + attempted + " when its timeout passed ("
                    + e.getMessage() + "; " + attempts(job.attempts) + ")", waited);
        } catch (CancellationException e) {
            budget.released();
            throw e;
        } catch (IOException e) {
            budget.released();
            retryOrFail(job, new ClientSideException("could not reach " + api.endpoint() + " for " + attempted + ": "
                    + ImageWaiter.describe(e) + " (check the network, a proxy, or the site / API URL)", true, e));
            return;
        }
        Instant now = job.now();
        Optional<RateLimitStatus> seen = SnapshotApi.rateLimit(answer, now);
        seen.ifPresent(budgetSeen);
        Optional<Long> reset = answer.status() == 429 ? SnapshotApi.resetSeconds(answer) : Optional.empty();
        if (reset.isPresent()) {
            budget.refused(now.plusSeconds(Math.max(1, reset.get())));
            request(job);
            return;
        }
        budget.answered(now, seen.orElse(null));
        if (answer.status() == 200) {
            waiter.start(job, new Snapshot(api.snapshotUrl(answer), now, job.attempts));
            return;
        }
        retryOrFail(job, api.error(answer, attempted));
    }

    private void retryOrFail(GraphJob job, SnapshotException failure) {
        if (!failure.isRetryable() || !retryPolicy.allowsAnotherAfter(job.attempts)) {
            throw job.attempts > 1 ? withAttempts(failure, job.attempts) : failure;
        }
        Duration delay = retryPolicy.delayBeforeRetry(job.attempts, random.getAsDouble());
        Instant at = job.now().plus(delay);
        if (at.isAfter(job.deadline)) {
            throw withAttempts(failure, job.attempts);
        }
        job.listener.retrying(job.graph, failure.getMessage(), delay);
        job.schedule(at, () -> {
            job.attempts++;
            request(job);
        });
    }

    /** The failure of the last attempt, saying how many were made; the failure itself is the cause. */
    private static SnapshotException withAttempts(SnapshotException e, int attempts) {
        String message = e.getMessage() + "; gave up after " + attempts(attempts);
        if (e instanceof ServiceException s) {
            return new ServiceException(message, s.status(), s.errors(), e);
        }
        return new ClientSideException(message, e.isRetryable(), e);
    }

    private static String attempts(int attempts) {
        return attempts == 1 ? "1 attempt" : attempts + " attempts";
    }
}

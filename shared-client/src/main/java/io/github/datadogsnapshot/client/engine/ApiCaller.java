package io.github.datadogsnapshot.client.engine;

import io.github.datadogsnapshot.client.config.Credentials;
import io.github.datadogsnapshot.client.config.RateLimitStatus;
import io.github.datadogsnapshot.client.config.RetryPolicy;
import io.github.datadogsnapshot.client.exception.ClientSideException;
import io.github.datadogsnapshot.client.exception.RateLimitTimeoutException;
import io.github.datadogsnapshot.client.exception.ServiceException;
import io.github.datadogsnapshot.client.exception.SnapshotException;
import io.github.datadogsnapshot.client.exception.SnapshotTimeoutException;
import io.github.datadogsnapshot.client.format.Durations;
import io.github.datadogsnapshot.client.transport.Exchange;
import io.github.datadogsnapshot.client.transport.HttpTransport;
import io.github.datadogsnapshot.client.transport.SnapshotApi;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;

/**
 * Sends one API request as steps of a {@link StepChain}: when the request's rate-limit budget allows, retrying 5xx
 * answers and I/O errors with backoff, waiting out a 429's reset with every other request on that budget, never
 * past the deadline. The snapshot request and the metrics queries both go this way, each on its own budget.
 */
final class ApiCaller {

    /**
     * One request: what to send, for whom, and what to do with each outcome.
     *
     * @param attempted for messages: "the snapshot request of graph 'x'"
     * @param limitName for messages: "snapshot rate limit"
     * @param subject   for messages: "graph 'x'"
     */
    abstract static class Call {
        final URI uri;
        final Instant requestedAt;
        final Instant deadline;
        final String attempted;
        final String limitName;
        final String subject;
        /** Attempts so far, counting from 1; waits for a reset are not attempts. */
        int attempts = 1;
        /** The JSON body of a POST; {@code null} for a GET. */
        byte[] body;

        Call(URI uri, Instant requestedAt, Instant deadline, String attempted, String limitName, String subject) {
            this.uri = uri;
            this.requestedAt = requestedAt;
            this.deadline = deadline;
            this.attempted = attempted;
            this.limitName = limitName;
            this.subject = subject;
        }

        /** A 200 answer, on a request thread. */
        abstract void succeeded(HttpTransport.JsonAnswer answer);

        /** The exception for an error answer. */
        abstract ServiceException error(HttpTransport.JsonAnswer answer);

        /** The budget is used up: requests wait until {@code until}. */
        void paused(Instant until, Duration wait) {
        }

        /** A retry follows after {@code delay}. */
        void retrying(String reason, Duration delay) {
        }

        /** The request cannot succeed: ends the chain with the failure unless the caller does something else. */
        void gaveUp(SnapshotException failure) {
            throw failure;
        }
    }

    private final HttpTransport transport;
    private final Credentials credentials;
    private final RetryPolicy retryPolicy;
    private final DoubleSupplier random;
    private final Consumer<RateLimitStatus> budgetSeen;
    private final String endpoint;

    ApiCaller(HttpTransport transport, Credentials credentials, RetryPolicy retryPolicy, DoubleSupplier random,
              Consumer<RateLimitStatus> budgetSeen, String endpoint) {
        this.transport = transport;
        this.credentials = credentials;
        this.retryPolicy = retryPolicy;
        this.random = random;
        this.budgetSeen = budgetSeen;
        this.endpoint = endpoint;
    }

    /** Sends the request now, or when {@code budget} allows; must run inside a step of {@code chain}. */
    void call(StepChain<?> chain, RateLimitBudget budget, Call call) {
        Instant now = chain.now();
        AtomicBoolean woken = new AtomicBoolean(); // a queued request is woken once: by an answer or by its timer
        Runnable askAgain = () -> {
            if (woken.compareAndSet(false, true)) {
                chain.execute(() -> call(chain, budget, call), null);
            }
        };
        RateLimitBudget.Permit permit = budget.acquire(now, askAgain);
        if (permit instanceof RateLimitBudget.Granted) {
            chain.execute(() -> send(chain, budget, call), budget::released);
        } else if (permit instanceof RateLimitBudget.WaitUntil wait) {
            waitForReset(chain, budget, call, now, wait.until());
        } else if (permit instanceof RateLimitBudget.Queued queued && queued.askAgainAt().isBefore(call.deadline)) {
            chain.schedule(queued.askAgainAt(), () -> {
                budget.forget(askAgain);
                if (woken.compareAndSet(false, true)) {
                    call(chain, budget, call);
                }
            });
        } else {
            chain.schedule(call.deadline, () -> {
                budget.forget(askAgain);
                if (!woken.compareAndSet(false, true)) {
                    return;
                }
                Duration waited = Duration.between(call.requestedAt, chain.now());
                call.gaveUp(new SnapshotTimeoutException(call.attempted + " was never sent: no answer stated the"
                        + " rate-limit budget before the timeout passed (waited " + Durations.format(waited) + ")",
                        waited));
            });
        }
    }

    private void waitForReset(StepChain<?> chain, RateLimitBudget budget, Call call, Instant now, Instant until) {
        Duration waited = Duration.between(call.requestedAt, now);
        if (until.isAfter(call.deadline)) {
            call.gaveUp(new RateLimitTimeoutException("Datadog's " + call.limitName + " resets in "
                    + Durations.format(Duration.between(now, until)) + " (at " + until.truncatedTo(ChronoUnit.SECONDS)
                    + "), after the timeout of " + call.subject
                    + " (waited " + Durations.format(waited) + " so far); raise the timeout or capture fewer graphs per"
                    + " hour", waited, until));
            return;
        }
        call.paused(until, Duration.between(now, until));
        chain.schedule(until, () -> call(chain, budget, call));
    }

    private void send(StepChain<?> chain, RateLimitBudget budget, Call call) {
        HttpTransport.JsonAnswer answer;
        try {
            answer = call.body == null ? transport.getJson(call.uri, credentials, call.deadline, chain.exchange)
                    : transport.postJson(call.uri, call.body, credentials, call.deadline, chain.exchange);
        } catch (Exchange.DeadlinePassed e) {
            budget.released();
            Duration waited = Duration.between(call.requestedAt, chain.now());
            call.gaveUp(new SnapshotTimeoutException("Datadog had not answered " + call.attempted + " when its"
                    + " timeout passed (" + e.getMessage() + "; " + attempts(call.attempts) + ")", waited));
            return;
        } catch (CancellationException e) {
            budget.released();
            throw e;
        } catch (IOException e) {
            budget.released();
            retryOrGiveUp(chain, budget, call, new ClientSideException("could not reach " + endpoint + " for "
                    + call.attempted + ": " + ImageWaiter.describe(e)
                    + " (check the network, a proxy, or the site / API URL)", true, e));
            return;
        }
        Instant now = chain.now();
        Optional<RateLimitStatus> seen = SnapshotApi.rateLimit(answer, now);
        seen.ifPresent(budgetSeen);
        Optional<Long> reset = answer.status() == 429 ? SnapshotApi.resetSeconds(answer) : Optional.empty();
        if (reset.isPresent()) {
            budget.refused(now.plusSeconds(Math.max(1, reset.get())));
            call(chain, budget, call);
            return;
        }
        if (seen.isPresent()) {
            budget.answered(now, seen.get());
        } else if (answer.status() == 429) {
            budget.refusedWithoutReset();
        } else if (answer.status() == 200) {
            budget.answeredWithoutLimit();
        } else {
            budget.released();
        }
        if (answer.status() == 200) {
            call.succeeded(answer);
            return;
        }
        retryOrGiveUp(chain, budget, call, call.error(answer));
    }

    private void retryOrGiveUp(StepChain<?> chain, RateLimitBudget budget, Call call, SnapshotException failure) {
        int attempts = call.attempts;
        if (!failure.isRetryable() || !retryPolicy.allowsAnotherAfter(attempts)) {
            call.gaveUp(attempts > 1 ? withAttempts(failure, attempts) : failure);
            return;
        }
        Duration delay = retryPolicy.delayBeforeRetry(attempts, random.getAsDouble());
        Instant at = chain.now().plus(delay);
        if (at.isAfter(call.deadline)) {
            call.gaveUp(withAttempts(failure, attempts));
            return;
        }
        call.retrying(failure.getMessage(), delay);
        chain.schedule(at, () -> {
            call.attempts++;
            call(chain, budget, call);
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

    static String attempts(int attempts) {
        return attempts == 1 ? "1 attempt" : attempts + " attempts";
    }
}

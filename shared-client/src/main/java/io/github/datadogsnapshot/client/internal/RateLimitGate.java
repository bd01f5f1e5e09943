package io.github.datadogsnapshot.client.internal;

import io.github.datadogsnapshot.client.Durations;
import io.github.datadogsnapshot.client.SnapshotTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The pause every capture of one client honours after a 429: when one graph learns that the budget is
 * used up, all others wait for the same reset instead of spending requests on more 429s.
 */
public final class RateLimitGate {

    private Instant closedUntil = Instant.MIN;

    /** Closes the gate until {@code until} (never shortens an existing pause). */
    public synchronized void closeUntil(Instant until) {
        if (until.isAfter(closedUntil)) {
            closedUntil = until;
        }
    }

    public synchronized Instant closedUntil() {
        return closedUntil;
    }

    /**
     * How long a caller must wait now before sending a request, zero when the gate is open.
     *
     * @throws SnapshotTimeoutException when the gate opens only after {@code deadline}
     */
    public Duration waitNeeded(Clock clock, Instant deadline, Instant started) {
        Instant until = closedUntil();
        Instant now = clock.instant();
        if (!until.isAfter(now)) {
            return Duration.ZERO;
        }
        if (until.isAfter(deadline)) {
            Duration waited = Duration.between(started, now);
            throw new SnapshotTimeoutException("Datadog's snapshot rate limit resets in "
                    + Durations.format(Duration.between(now, until)) + ", after this graph's timeout (waited "
                    + Durations.format(waited) + " so far); raise the timeout or capture fewer graphs per hour", waited);
        }
        return Duration.between(now, until);
    }
}

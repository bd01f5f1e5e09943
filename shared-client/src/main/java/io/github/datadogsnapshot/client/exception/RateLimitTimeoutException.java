package io.github.datadogsnapshot.client.exception;

import java.time.Duration;
import java.time.Instant;

/**
 * The organization's snapshot budget stays used up past the graph's timeout: Datadog's rate limit resets only at
 * {@link #resetsAt()}. The graph could not even be requested.
 */
public class RateLimitTimeoutException extends SnapshotTimeoutException {

    private static final long serialVersionUID = 1L;

    private final Instant resetsAt;

    public RateLimitTimeoutException(String message, Duration waited, Instant resetsAt) {
        super(message, waited);
        this.resetsAt = resetsAt;
    }

    /** When Datadog's rate-limit window resets. */
    public Instant resetsAt() {
        return resetsAt;
    }
}

package io.github.datadogsnapshot.client.exception;

import java.time.Duration;

/** A graph did not become ready (or the rate limit did not reset) within the configured timeout. */
public class SnapshotTimeoutException extends ClientSideException {

    private static final long serialVersionUID = 1L;

    private final Duration waited;

    public SnapshotTimeoutException(String message, Duration waited) {
        super(message, false, null);
        this.waited = waited;
    }

    /** How long was waited before giving up. */
    public Duration waited() {
        return waited;
    }
}

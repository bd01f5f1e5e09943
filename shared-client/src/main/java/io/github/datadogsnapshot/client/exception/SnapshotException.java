package io.github.datadogsnapshot.client.exception;

/**
 * A snapshot could not be created, rendered or stored. The message says what was attempted and what to
 * do; it never contains a key.
 */
public class SnapshotException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final boolean retryable;

    public SnapshotException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    /** Whether trying again may succeed (I/O errors, 5xx answers, rate limits). */
    public boolean isRetryable() {
        return retryable;
    }
}

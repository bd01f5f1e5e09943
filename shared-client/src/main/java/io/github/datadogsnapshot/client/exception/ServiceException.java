package io.github.datadogsnapshot.client.exception;

import java.util.List;

/** Datadog (or the configured endpoint) answered with an error status. */
public class ServiceException extends SnapshotException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final List<String> errors;

    public ServiceException(String message, int status, List<String> errors) {
        this(message, status, errors, null);
    }

    /** The same, with the failure that led to this one (e.g. the last of several attempts). */
    public ServiceException(String message, int status, List<String> errors, Throwable cause) {
        super(message, status >= 500 || status == 429, cause);
        this.status = status;
        this.errors = List.copyOf(errors);
    }

    /** The HTTP status code. */
    public int status() {
        return status;
    }

    /** The {@code errors} of the answer's body, empty when it had none. */
    public List<String> errors() {
        return errors;
    }

    /** Whether the answer was 429 Too Many Requests. */
    public boolean isRateLimited() {
        return status == 429;
    }
}

package io.github.datadogsnapshot.client.exception;

/**
 * The problem was on this side of the wire: the service could not be reached, its answer could not be
 * read, the image it served was refused (foreign host, too large, not a PNG), or the wait ran out.
 */
public class ClientSideException extends SnapshotException {

    private static final long serialVersionUID = 1L;

    public ClientSideException(String message, boolean retryable, Throwable cause) {
        super(message, retryable, cause);
    }
}

package io.github.datadogsnapshot.client.transport;

import io.github.datadogsnapshot.client.exception.ServiceException;
import java.util.List;

/**
 * {@code POST /api/v2/snapshot} itself answered 404 or 403: the newer snapshot API is not available to this
 * organization (it is a preview) or to these keys. A capture that may use either API falls back to the classic one
 * ({@code GET /api/v1/graph/snapshot}) on this exception, and remembers it for the rest of the capture.
 */
public final class V2NotAvailableException extends ServiceException {
    private static final long serialVersionUID = 1L;

    public V2NotAvailableException(String message, int status, List<String> errors) {
        super(message, status, errors);
    }
}

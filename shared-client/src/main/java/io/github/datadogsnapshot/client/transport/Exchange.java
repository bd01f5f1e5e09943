package io.github.datadogsnapshot.client.transport;

import java.io.IOException;
import java.util.concurrent.CancellationException;
import org.apache.hc.core5.concurrent.Cancellable;

/**
 * The HTTP exchange of one graph that is in flight, if any: the graph's deadline or an interrupted capture cuts it
 * by closing its connection, which ends a blocked connect or read, also of an answer that keeps trickling in.
 * Thread-safe.
 */
public final class Exchange {

    /** The exchange was cut because the graph's deadline passed; the message says how far it had got. */
    public static final class DeadlinePassed extends IOException {
        private static final long serialVersionUID = 1L;

        public DeadlinePassed(String message) {
            super(message);
        }
    }

    private Cancellable current;
    private boolean expired;
    private boolean aborted;

    /** Registers the request now in flight; cut at once when the exchange was aborted before. */
    synchronized void begin(Cancellable request) {
        expired = false;
        current = request;
        if (aborted) {
            request.cancel();
        }
    }

    synchronized void end() {
        current = null;
    }

    /** Cuts the request in flight because the deadline passed. */
    synchronized void expire() {
        if (current != null) {
            expired = true;
            current.cancel();
        }
    }

    /** Cuts the request in flight and every later one: the graph's capture was called off. */
    public synchronized void abort() {
        aborted = true;
        if (current != null) {
            current.cancel();
        }
    }

    /**
     * What a failed request really means: the deadline passed (the deadline timer cut it, or it failed when the clock
     * was past the deadline), the capture was called off, or the I/O error itself.
     *
     * @throws CancellationException when the exchange was aborted
     */
    synchronized IOException explain(IOException failure, String progress, boolean pastDeadline) {
        if (aborted) {
            throw new CancellationException("the capture was called off");
        }
        if (expired || pastDeadline) { // on a busy machine a socket time out may beat the late deadline timer
            return new DeadlinePassed(progress);
        }
        return failure;
    }
}

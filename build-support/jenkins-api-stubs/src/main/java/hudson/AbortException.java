package hudson;

import java.io.IOException;

/** Compile-only stand-in of Jenkins' {@code hudson.AbortException}. */
public class AbortException extends IOException {

    private static final long serialVersionUID = 1L;

    public AbortException() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public AbortException(String message) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}

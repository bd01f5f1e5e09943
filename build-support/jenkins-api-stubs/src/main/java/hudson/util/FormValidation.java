package hudson.util;

import java.io.IOException;

/** Compile-only stand-in of Jenkins' {@code hudson.util.FormValidation}. */
public abstract class FormValidation extends IOException {

    private static final long serialVersionUID = 1L;

    private FormValidation() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public static FormValidation error(String message) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public static FormValidation warning(String message) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public static FormValidation ok(String message) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public static FormValidation ok() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}

package hudson.util;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;

/** Compile-only stand-in of Jenkins' {@code hudson.util.Secret}. */
public final class Secret implements Serializable {

    private static final long serialVersionUID = 1L;

    private Secret() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    @NonNull
    public String getPlainText() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}

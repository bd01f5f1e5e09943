package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;

/** Compile-only stand-in of Jenkins' {@code hudson.model.Result}; constants are null here. */
public final class Result implements Serializable {

    public static final @NonNull Result SUCCESS = null;
    public static final @NonNull Result UNSTABLE = null;
    public static final @NonNull Result FAILURE = null;

    private Result() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}

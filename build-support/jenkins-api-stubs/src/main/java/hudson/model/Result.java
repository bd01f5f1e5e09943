package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.Serializable;

/** Compile-only stand-in of Jenkins' {@code hudson.model.Result}; constants are unavailable here. */
public final class Result implements Serializable {

    public static final @NonNull Result SUCCESS = unavailable();
    public static final @NonNull Result UNSTABLE = unavailable();
    public static final @NonNull Result FAILURE = unavailable();

    private Result() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    /**
     * The value of every constant here: reading one throws, like calling any member. Not {@code null}, which
     * SpotBugs would see through and report as {@code NP_NONNULL_PARAM_VIOLATION} wherever the plugin passes a
     * permission or result that is never null in Jenkins.
     */
    private static <T> T unavailable() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}

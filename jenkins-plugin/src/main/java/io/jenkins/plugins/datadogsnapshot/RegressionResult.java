package io.jenkins.plugins.datadogsnapshot;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Result;
import java.util.Locale;

/** What a graph that crossed its thresholds makes of the build: UNSTABLE (the default) or FAILURE. */
enum RegressionResult {
    UNSTABLE,
    FAILURE;

    /**
     * Reads {@code regressionResult}: {@code UNSTABLE} or {@code FAILURE} in any case; empty is UNSTABLE.
     *
     * @throws IllegalArgumentException naming the field and the two values
     */
    static RegressionResult parse(@CheckForNull String text) {
        String given = Text.trimToNull(text);
        if (given == null) {
            return UNSTABLE;
        }
        try {
            return valueOf(given.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("regressionResult: '" + given + "' is not a build result for a"
                    + " regression; use UNSTABLE (the default) or FAILURE");
        }
    }

    /** Jenkins' result of this name. */
    Result result() {
        return this == FAILURE ? Result.FAILURE : Result.UNSTABLE;
    }
}

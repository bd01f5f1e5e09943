package hudson.security;

import org.springframework.security.core.Authentication;

/** Compile-only stand-in of Jenkins' {@code hudson.security.ACL}; constants are unavailable here. */
public abstract class ACL {

    public static final Authentication SYSTEM2 = unavailable();

    private ACL() {
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

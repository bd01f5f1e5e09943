package hudson.model;

import hudson.security.AccessControlled;
import hudson.security.Permission;

/** Compile-only stand-in of Jenkins' {@code hudson.model.Item}; constants are unavailable here. */
public interface Item extends AccessControlled {
    Permission CONFIGURE = unavailable();
    Permission READ = unavailable();

    String getFullName();

    String getUrl();

    /**
     * The value of every constant here: reading one throws, like calling any member. Not {@code null}, which
     * SpotBugs would see through and report as {@code NP_NONNULL_PARAM_VIOLATION} wherever the plugin passes a
     * permission or result that is never null in Jenkins.
     */
    private static <T> T unavailable() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}

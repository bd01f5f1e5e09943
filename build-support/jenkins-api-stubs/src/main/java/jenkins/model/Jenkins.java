package jenkins.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import hudson.ProxyConfiguration;
import hudson.model.ItemGroup;
import hudson.model.TopLevelItem;
import hudson.security.ACL;
import hudson.security.AccessControlled;
import hudson.security.Permission;

/** Compile-only stand-in of Jenkins' {@code jenkins.model.Jenkins}; constants are unavailable here. */
public class Jenkins implements ItemGroup<TopLevelItem>, AccessControlled {

    public static final Permission ADMINISTER = unavailable();

    public transient volatile ProxyConfiguration proxy;

    private Jenkins() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    @NonNull
    public static Jenkins get() throws IllegalStateException {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public @Nullable String getRootUrl() throws IllegalStateException {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    @Override
    public String getDisplayName() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    @NonNull
    @Override
    public ACL getACL() {
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

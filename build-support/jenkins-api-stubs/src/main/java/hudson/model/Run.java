package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.security.AccessControlled;
import hudson.security.Permission;
import java.io.File;
import java.io.IOException;

/** Compile-only stand-in of Jenkins' {@code hudson.model.Run}; constants are unavailable here. */
public abstract class Run<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> extends Actionable
        implements AccessControlled {

    /** See {@code hudson.Functions#isArtifactsPermissionEnabled}. */
    public static final Permission ARTIFACTS = unavailable();

    Run() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public @CheckForNull Result getResult() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public void setResult(@NonNull Result r) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public boolean isBuilding() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public @NonNull JobT getParent() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public final long getStartTimeInMillis() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public String getFullDisplayName() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public String getDisplayName() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public int getNumber() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public @CheckForNull RunT getPreviousBuild() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public @CheckForNull RunT getPreviousSuccessfulBuild() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public @NonNull String getUrl() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public @NonNull File getRootDir() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public synchronized void save() throws IOException {
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

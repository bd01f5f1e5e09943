package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.security.AccessControlled;
import java.io.IOException;
import jenkins.model.ArtifactManager;

/** Compile-only stand-in of Jenkins' {@code hudson.model.Run}. */
public abstract class Run<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> extends Actionable
        implements AccessControlled {

    Run() {
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

    public @CheckForNull RunT getPreviousSuccessfulBuild() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public @NonNull String getUrl() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public final @NonNull ArtifactManager getArtifactManager() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public final synchronized @NonNull ArtifactManager pickArtifactManager() throws IOException {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public synchronized void save() throws IOException {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}

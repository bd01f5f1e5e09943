package jenkins.tasks;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStep;
import java.io.IOException;

/** Compile-only stand-in of Jenkins' {@code jenkins.tasks.SimpleBuildStep}. */
public interface SimpleBuildStep extends BuildStep {

    default void perform(@NonNull Run<?, ?> run, @NonNull EnvVars env, @NonNull TaskListener listener)
            throws InterruptedException, IOException {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    default boolean requiresWorkspace() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}

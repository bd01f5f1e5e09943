package hudson;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.TaskListener;

/** Compile-only stand-in of Jenkins' {@code hudson.Launcher}. */
public abstract class Launcher {

    private Launcher() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    /** Compile-only stand-in of {@code hudson.Launcher.LocalLauncher}. */
    public static class LocalLauncher extends Launcher {

        public LocalLauncher(@NonNull TaskListener listener) {
            throw new UnsupportedOperationException("compile-only stand-in");
        }
    }
}

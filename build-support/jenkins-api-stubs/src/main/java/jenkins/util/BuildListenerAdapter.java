package jenkins.util;

import hudson.model.BuildListener;
import hudson.model.TaskListener;
import java.io.PrintStream;

/** Compile-only stand-in of Jenkins' {@code jenkins.util.BuildListenerAdapter}. */
public final class BuildListenerAdapter implements BuildListener {

    private static final long serialVersionUID = 1L;

    private BuildListenerAdapter() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    @Override
    public PrintStream getLogger() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public static BuildListener wrap(TaskListener l) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}

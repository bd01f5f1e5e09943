package hudson.tasks;

import hudson.model.Describable;

/** Compile-only stand-in of Jenkins' {@code hudson.tasks.Publisher}. */
public abstract class Publisher extends BuildStepCompatibilityLayer implements Describable<Publisher> {

    @Deprecated
    protected Publisher() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}

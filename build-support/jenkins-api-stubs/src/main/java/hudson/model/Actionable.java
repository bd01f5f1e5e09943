package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;

/** Compile-only stand-in of Jenkins' {@code hudson.model.Actionable}. */
public abstract class Actionable {

    protected Actionable() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public void addAction(@NonNull Action a) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public boolean addOrReplaceAction(@NonNull Action a) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public <T extends Action> T getAction(Class<T> type) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}

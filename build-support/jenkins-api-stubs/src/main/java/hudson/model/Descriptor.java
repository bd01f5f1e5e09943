package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;

/** Compile-only stand-in of Jenkins' {@code hudson.model.Descriptor}. */
public abstract class Descriptor<T extends Describable<T>> {

    protected Descriptor() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    @NonNull
    public String getDisplayName() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public synchronized void save() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public synchronized void load() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}

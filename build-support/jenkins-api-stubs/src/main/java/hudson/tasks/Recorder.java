package hudson.tasks;

import hudson.ExtensionPoint;

/** Compile-only stand-in of Jenkins' {@code hudson.tasks.Recorder}. */
public abstract class Recorder extends Publisher implements ExtensionPoint {

    @SuppressWarnings("deprecation")
    protected Recorder() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}

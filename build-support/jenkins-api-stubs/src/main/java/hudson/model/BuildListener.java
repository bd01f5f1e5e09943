package hudson.model;

/** Compile-only stand-in of Jenkins' {@code hudson.model.BuildListener}. */
public interface BuildListener extends TaskListener {
}

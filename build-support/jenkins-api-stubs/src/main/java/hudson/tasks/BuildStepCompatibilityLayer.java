package hudson.tasks;

/** Compile-only stand-in of Jenkins' {@code hudson.tasks.BuildStepCompatibilityLayer}. */
public abstract class BuildStepCompatibilityLayer implements BuildStep {

    public BuildStepCompatibilityLayer() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}

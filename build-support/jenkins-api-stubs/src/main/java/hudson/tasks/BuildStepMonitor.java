package hudson.tasks;

/** Compile-only stand-in of Jenkins' {@code hudson.tasks.BuildStepMonitor}. */
public enum BuildStepMonitor {
    NONE,
    STEP,
    BUILD
}

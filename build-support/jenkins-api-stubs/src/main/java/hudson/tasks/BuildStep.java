package hudson.tasks;

/** Compile-only stand-in of Jenkins' {@code hudson.tasks.BuildStep}. */
public interface BuildStep {
    default BuildStepMonitor getRequiredMonitorService() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}

package hudson.tasks;

import hudson.model.AbstractProject;
import hudson.model.Describable;
import hudson.model.Descriptor;

/** Compile-only stand-in of Jenkins' {@code hudson.tasks.BuildStepDescriptor}. */
public abstract class BuildStepDescriptor<T extends BuildStep & Describable<T>> extends Descriptor<T> {

    protected BuildStepDescriptor() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public abstract boolean isApplicable(Class<? extends AbstractProject> jobType);
}

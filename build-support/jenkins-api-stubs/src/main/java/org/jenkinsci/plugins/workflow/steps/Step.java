package org.jenkinsci.plugins.workflow.steps;

import hudson.ExtensionPoint;
import hudson.model.AbstractDescribableImpl;

/** Compile-only stand-in of workflow-step-api's {@code Step}. */
@SuppressWarnings("deprecation") // extends the deprecated AbstractDescribableImpl, as the real one does
public abstract class Step extends AbstractDescribableImpl<Step> implements ExtensionPoint {

    public Step() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public abstract StepExecution start(StepContext context) throws Exception;
}

package org.jenkinsci.plugins.workflow.steps;

import java.io.Serializable;

/** Compile-only stand-in of workflow-step-api's {@code BodyExecutionCallback}. */
public abstract class BodyExecutionCallback implements Serializable {

    private static final long serialVersionUID = 1L;

    public BodyExecutionCallback() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public abstract void onSuccess(StepContext context, Object result);

    public abstract void onFailure(StepContext context, Throwable t);
}

package org.jenkinsci.plugins.workflow.steps;

/** Compile-only stand-in of workflow-step-api's {@code BodyInvoker}. */
public abstract class BodyInvoker {

    BodyInvoker() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public abstract BodyInvoker withCallback(BodyExecutionCallback callback);

    public abstract BodyExecution start();
}

package org.jenkinsci.plugins.workflow.steps;

/** Compile-only stand-in of workflow-step-api's {@code GeneralNonBlockingStepExecution}. */
public abstract class GeneralNonBlockingStepExecution extends StepExecution {

    private static final long serialVersionUID = 1L;

    protected GeneralNonBlockingStepExecution(StepContext context) {
        super(context);
    }

    /** Compile-only stand-in of {@code GeneralNonBlockingStepExecution.Block}. */
    @FunctionalInterface
    protected interface Block {
        void run() throws Exception;
    }

    protected final void run(Block block) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}

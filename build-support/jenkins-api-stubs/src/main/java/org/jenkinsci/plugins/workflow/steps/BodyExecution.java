package org.jenkinsci.plugins.workflow.steps;

import java.io.Serializable;
import java.util.concurrent.Future;

/** Compile-only stand-in of workflow-step-api's {@code BodyExecution}. */
public abstract class BodyExecution implements Future<Object>, Serializable {

    private static final long serialVersionUID = 1L;

    BodyExecution() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}

package org.jenkinsci.plugins.workflow.steps;

import com.google.common.util.concurrent.FutureCallback;
import edu.umd.cs.findbugs.annotations.Nullable;
import java.io.IOException;
import java.io.Serializable;

/** Compile-only stand-in of workflow-step-api's {@code StepContext}. */
public abstract class StepContext implements FutureCallback<Object>, Serializable {

    private static final long serialVersionUID = 1L;

    StepContext() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public abstract <T> T get(Class<T> key) throws IOException, InterruptedException;

    @Override
    public abstract void onSuccess(@Nullable Object result);

    public abstract BodyInvoker newBodyInvoker() throws IllegalStateException;
}

package com.google.common.util.concurrent;

/**
 * Compile-only stand-in of Guava's {@code FutureCallback}, the supertype of workflow's {@code StepContext}; a
 * two-method interface instead of a 3 MB dependency.
 */
public interface FutureCallback<V> {
    void onSuccess(V result);

    void onFailure(Throwable t);
}

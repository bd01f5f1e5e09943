package io.github.datadogsnapshot.client.config;

import java.time.Duration;
import java.util.Objects;

/**
 * Bounded exponential backoff with jitter for 5xx answers and I/O errors. It only computes delays; the
 * caller waits.
 *
 * @param maxAttempts how many times a request is sent at most (1 = no retry)
 * @param baseDelay   the delay before the first retry, before jitter
 * @param maxDelay    the largest delay, before jitter
 */
public record RetryPolicy(int maxAttempts, Duration baseDelay, Duration maxDelay) {

    /** 4 attempts, 1 s, 2 s, 4 s (each jittered down to half), at most 20 s. */
    public static final RetryPolicy DEFAULT = new RetryPolicy(4, Duration.ofSeconds(1), Duration.ofSeconds(20));

    public RetryPolicy {
        Objects.requireNonNull(baseDelay, "baseDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("maxAttempts: " + maxAttempts + " must be at least 1");
        }
        if (baseDelay.isNegative() || maxDelay.compareTo(baseDelay) < 0) {
            throw new IllegalArgumentException("baseDelay/maxDelay: need 0 <= baseDelay <= maxDelay");
        }
    }

    /** Whether another attempt may follow attempt number {@code attempt} (1-based). */
    public boolean allowsAnotherAfter(int attempt) {
        return attempt < maxAttempts;
    }

    /**
     * The delay before retry number {@code retry} (1 = the first retry): {@code min(maxDelay, baseDelay * 2^(retry-1))},
     * scaled into its upper half by {@code random} ("equal jitter"), so concurrent clients spread out but never
     * retry at once.
     *
     * @param random a value in [0, 1)
     */
    public Duration delayBeforeRetry(int retry, double random) {
        if (retry < 1) {
            throw new IllegalArgumentException("retry: " + retry + " must be at least 1");
        }
        long cap = maxDelay.toMillis();
        long exponential = baseDelay.toMillis() << Math.min(retry - 1, 30);
        long ceiling = exponential < 0 || exponential > cap ? cap : exponential;
        long half = ceiling / 2;
        return Duration.ofMillis(ceiling - half + (long) Math.floor(half * random));
    }
}

package io.github.datadogsnapshot.client;

import java.time.Duration;
import java.util.Objects;

/**
 * How often the snapshot URL is checked while the image renders: the first check after {@code firstDelay},
 * each later delay {@code growth} times the one before, never more than {@code maxDelay}.
 */
public record PollPolicy(Duration firstDelay, double growth, Duration maxDelay) {

    /**
     * 1 s, 1.25 s, 1.56 s, ... up to 3 s: checks stay close together while a typical graph renders (a few
     * seconds) and never more than 3 s apart, so the wait overshoots the render by at most one interval.
     */
    public static final PollPolicy DEFAULT = new PollPolicy(Duration.ofSeconds(1), 1.25, Duration.ofSeconds(3));

    public PollPolicy {
        Objects.requireNonNull(firstDelay, "firstDelay");
        Objects.requireNonNull(maxDelay, "maxDelay");
        if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0) {
            throw new IllegalArgumentException("firstDelay/maxDelay: need 0 <= firstDelay <= maxDelay");
        }
        if (growth < 1.0) {
            throw new IllegalArgumentException("growth: " + growth + " must be at least 1");
        }
    }

    /** The delay before check number {@code check} (1-based). */
    public Duration delayBeforeCheck(int check) {
        double millis = firstDelay.toMillis() * Math.pow(growth, Math.max(0, check - 1));
        return Duration.ofMillis((long) Math.min(millis, maxDelay.toMillis()));
    }
}

package io.github.datadogsnapshot.emulator;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * A fixed rate-limit window like Datadog's: it starts at the first call, allows {@code limit}
 * calls, and starts over once {@code period} has passed. Thread-safe; time comes from the clock.
 */
final class RateLimitWindow {

    /** The outcome of one call, with everything the {@code X-RateLimit-*} headers report. */
    record Decision(boolean allowed, int limit, long periodSeconds, int remaining, long resetSeconds) {

        /** The {@code X-RateLimit-*} headers of this decision, {@code X-RateLimit-Name} being {@code name}. */
        Map<String, String> headers(String name) {
            return Map.of(
                    "X-RateLimit-Limit", String.valueOf(limit),
                    "X-RateLimit-Period", String.valueOf(periodSeconds),
                    "X-RateLimit-Remaining", String.valueOf(remaining),
                    "X-RateLimit-Reset", String.valueOf(resetSeconds),
                    "X-RateLimit-Name", name);
        }
    }

    private final int limit;
    private final Duration period;
    private final Clock clock;
    private Instant windowEnd; // null: no window open
    private int remaining;

    RateLimitWindow(int limit, Duration period, Clock clock) {
        this.limit = limit;
        this.period = period;
        this.clock = clock;
    }

    /** Consumes one unit of the current window if any is left. */
    synchronized Decision acquire() {
        Instant now = currentWindow();
        boolean allowed = remaining > 0;
        if (allowed) {
            remaining--;
        }
        return new Decision(allowed, limit, period.toSeconds(), remaining, secondsUntilReset(now));
    }

    /** Sets what is left of the current window (opening one if none is open). */
    synchronized void setRemaining(int value) {
        if (value < 0) {
            throw new IllegalArgumentException("remaining must not be negative, got " + value);
        }
        currentWindow();
        remaining = value;
    }

    /** Makes the current window (opening one if none is open) end after the given time from now. */
    synchronized void setResetIn(Duration untilReset) {
        if (untilReset.isNegative() || untilReset.isZero()) {
            throw new IllegalArgumentException("the reset must lie in the future, got " + untilReset);
        }
        Instant now = currentWindow();
        windowEnd = now.plus(untilReset);
    }

    /** Forgets the current window; the next call opens a fresh one. */
    synchronized void reset() {
        windowEnd = null;
        remaining = 0;
    }

    private Instant currentWindow() {
        Instant now = clock.instant();
        if (windowEnd == null || !now.isBefore(windowEnd)) {
            windowEnd = now.plus(period);
            remaining = limit;
        }
        return now;
    }

    private long secondsUntilReset(Instant now) {
        long millis = Duration.between(now, windowEnd).toMillis();
        return Math.max(1, (millis + 999) / 1000);
    }
}

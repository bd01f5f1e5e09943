package io.github.datadogsnapshot.client.graph;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The time range a graph shows. The API takes whole POSIX seconds: the start is rounded down and the end
 * up, so the window never shrinks.
 *
 * @param start the first instant shown
 * @param end   the last instant shown, after {@code start}
 */
public record TimeWindow(Instant start, Instant end) {

    public TimeWindow {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException(
                    "end: " + end + " is not after start " + start + "; the window must end after it starts");
        }
    }

    /** The window from {@code start} to the clock's now, e.g. from the start of a build. */
    public static TimeWindow since(Instant start, Clock clock) {
        Objects.requireNonNull(start, "start");
        Instant now = clock.instant();
        if (!now.isAfter(start)) {
            throw new IllegalArgumentException("start: " + start + " is not in the past (now is " + now + ")");
        }
        return new TimeWindow(start, now);
    }

    /** This window with its start moved earlier by {@code padding}, to show what came before. */
    public TimeWindow padded(Duration padding) {
        Objects.requireNonNull(padding, "padding");
        if (padding.isNegative()) {
            throw new IllegalArgumentException("padding: " + padding + " is negative");
        }
        return new TimeWindow(start.minus(padding), end);
    }

    /** The start in POSIX seconds, rounded down. */
    public long startSeconds() {
        return start.getEpochSecond();
    }

    /** The end in POSIX seconds, rounded up. */
    public long endSeconds() {
        return end.getNano() == 0 ? end.getEpochSecond() : end.getEpochSecond() + 1;
    }

    public Duration length() {
        return Duration.between(start, end);
    }
}

package io.github.datadogsnapshot.client.graph;

import io.github.datadogsnapshot.client.format.Durations;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * Whether a window can show anything, checked before any request: a window that ends more than
 * {@link #CLOCK_SLACK} after now, or starts before Datadog's metric retention ({@link #RETENTION_MONTHS} months),
 * is refused, since its graph would be empty there; a window longer than {@link #LONG_WINDOW} is allowed with a
 * warning, since Datadog then draws so few points that a build's stage hardly shows.
 */
public final class WindowRules {

    /** How far the end may lie after now: clocks of the build machine and Datadog differ a little. */
    public static final Duration CLOCK_SLACK = Duration.ofMinutes(5);

    /** How long Datadog keeps metrics, in months. */
    public static final int RETENTION_MONTHS = 15;

    /** Windows longer than this are captured with a warning. */
    public static final Duration LONG_WINDOW = Duration.ofDays(31);

    private WindowRules() {
    }

    /**
     * Checks {@code window} against {@code now}.
     *
     * @return a warning to show for a window that is allowed but unusual; empty for an ordinary one
     * @throws IllegalArgumentException naming {@code start} or {@code end} when the graph could not show the window
     */
    public static Optional<String> check(TimeWindow window, Instant now) {
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(now, "now");
        now = now.truncatedTo(ChronoUnit.SECONDS);
        Instant latest = now.plus(CLOCK_SLACK);
        if (window.start().isAfter(latest)) {
            throw new IllegalArgumentException("start: " + window.start() + " is " + span(now, window.start())
                    + " after now (" + now + "): the whole window lies in the future, so its graph would be empty;"
                    + " give a window that has begun");
        }
        if (window.end().isAfter(latest)) {
            throw new IllegalArgumentException("end: " + window.end() + " is " + span(now, window.end())
                    + " after now (" + now + "); a graph shows nothing after now, so give an end up to now ("
                    + Durations.format(CLOCK_SLACK) + " of clock difference are allowed)");
        }
        Instant oldest = now.atOffset(ZoneOffset.UTC).minusMonths(RETENTION_MONTHS).toInstant();
        if (window.start().isBefore(oldest)) {
            throw new IllegalArgumentException("start: " + window.start() + " is " + span(window.start(), now)
                    + " before now; Datadog keeps metrics for " + RETENTION_MONTHS + " months, so the graph would be"
                    + " empty before " + oldest + "; give a later start (or less padding)");
        }
        if (window.length().compareTo(LONG_WINDOW) > 0) {
            return Optional.of("The window " + window.start() + " to " + window.end() + " is " + span(window.start(),
                    window.end()) + " long; at that length each point Datadog draws covers hours, so a build's"
                    + " stage hardly shows (check the start, the end and the padding)");
        }
        return Optional.empty();
    }

    /** A span for people: days for long ones, else as every message writes durations. */
    private static String span(Instant from, Instant to) {
        Duration d = Duration.between(from, to);
        return d.toDays() >= 2 ? d.toDays() + " days" : Durations.format(d);
    }
}

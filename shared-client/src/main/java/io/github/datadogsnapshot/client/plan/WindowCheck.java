package io.github.datadogsnapshot.client.plan;

import io.github.datadogsnapshot.client.format.Durations;
import io.github.datadogsnapshot.client.graph.TimeWindow;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * Whether a window can show anything, checked before any request: its end after its start, a padding in range, an
 * end at most {@link #CLOCK_SLACK} after now, a start within Datadog's metric retention ({@link #RETENTION_MONTHS}
 * months), since the graph would be empty otherwise. A window longer than {@link #LONG_WINDOW} or shorter than
 * {@link #SHORT_WINDOW} is allowed with a warning: Datadog then draws so few points that a build's stage hardly
 * shows.
 */
final class WindowCheck {

    /** How far the end may lie after now: clocks of the build machine and Datadog differ a little. */
    static final Duration CLOCK_SLACK = Duration.ofMinutes(5);
    /** How long Datadog keeps metrics, in months. */
    static final int RETENTION_MONTHS = 15;
    /** Windows longer than this are captured with a warning. */
    static final Duration LONG_WINDOW = Duration.ofDays(31);
    /** Windows shorter than this are captured with a warning. */
    static final Duration SHORT_WINDOW = Duration.ofMinutes(1);

    private final PlanInput in;
    private final Labels labels;
    private final List<Problem> problems;

    WindowCheck(PlanInput in, Labels labels, List<Problem> problems) {
        this.in = in;
        this.labels = labels;
        this.problems = problems;
    }

    /** The padded window when its bounds are known and nothing is wrong with it. */
    Optional<TimeWindow> check(Instant now) {
        Duration padding = in.padding == null ? Duration.ZERO : in.padding;
        if (padding.isNegative() || in.maxPadding != null && padding.compareTo(in.maxPadding) > 0) {
            return refuse(Field.PADDING, labels.of(Field.PADDING), padding.toSeconds() + " seconds is out of range; use"
                    + (in.maxPadding == null ? " 0 or more" : " 0 to " + in.maxPadding.toSeconds()));
        }
        Instant from = in.start != null ? in.start : in.defaultStart;
        Instant to = in.end != null ? in.end : in.defaultEnd;
        if (from == null || to == null) {
            return Optional.empty();
        }
        if (!to.isAfter(from)) {
            return refuse(Field.START, labels.of(Field.START), "the window's start " + from + " ("
                    + origin(in.start, Field.START, Field.START_ORIGIN) + ") is not before its end " + to + " ("
                    + origin(in.end, Field.END, Field.END_ORIGIN) + "); check " + labels.of(Field.START) + " and "
                    + labels.of(Field.END));
        }
        TimeWindow window;
        try {
            window = new TimeWindow(from, to).padded(padding);
        } catch (DateTimeException | ArithmeticException e) {
            return refuse(Field.PADDING, labels.of(Field.PADDING), "a padding of " + Durations.format(padding)
                    + " moves the start before the earliest time there is; give a padding of minutes or hours");
        }
        return rules(window, now.truncatedTo(ChronoUnit.SECONDS), !padding.isZero());
    }

    private Optional<TimeWindow> rules(TimeWindow window, Instant now, boolean padded) {
        Instant latest = now.plus(CLOCK_SLACK);
        Field startField = in.start == null && padded ? Field.PADDING : Field.START;
        String startLabel = in.start == null ? padded ? labels.of(Field.PADDING) : labels.of(Field.START_ORIGIN)
                : labels.of(Field.START) + (padded ? " and " + labels.of(Field.PADDING) : "");
        if (window.start().isAfter(latest)) {
            return refuse(startField, startLabel, window.start() + " is " + span(now, window.start()) + " after now ("
                    + now + "): the whole window lies in the future, so its graph would be empty; give a window that"
                    + " has begun");
        }
        if (window.end().isAfter(latest)) {
            String label = in.end == null ? labels.of(Field.END_ORIGIN) : labels.of(Field.END);
            return refuse(Field.END, label, window.end() + " is " + span(now, window.end()) + " after now (" + now
                    + "); a graph shows nothing after now, so give an end up to now (" + Durations.format(CLOCK_SLACK)
                    + " of clock difference are allowed)");
        }
        Instant oldest = now.atOffset(ZoneOffset.UTC).minusMonths(RETENTION_MONTHS).toInstant();
        if (window.start().isBefore(oldest)) {
            return refuse(startField, startLabel, window.start() + " is " + span(window.start(), now) + " before now;"
                    + " Datadog keeps metrics for " + RETENTION_MONTHS + " months, so the graph would be empty before "
                    + oldest + "; give a later start (or less padding)");
        }
        String check = " (check " + labels.of(Field.START) + ", " + labels.of(Field.END) + " and "
                + labels.of(Field.PADDING) + ")";
        if (window.length().compareTo(LONG_WINDOW) > 0) {
            warn("The window " + window.start() + " to " + window.end() + " is " + span(window.start(), window.end())
                    + " long; at that length each point Datadog draws covers hours, so a build's stage hardly shows"
                    + check);
        } else if (window.length().compareTo(SHORT_WINDOW) < 0) {
            warn("The window " + window.start() + " to " + window.end() + " is only " + span(window.start(),
                    window.end()) + " long; graphs of less than a minute show few or no points: capture after what the"
                    + " graphs should show, or give an earlier start or a padding" + check);
        }
        return Optional.of(window);
    }

    private String origin(Instant given, Field field, Field otherwise) {
        return labels.of(given != null ? field : otherwise);
    }

    private Optional<TimeWindow> refuse(Field field, String label, String reason) {
        problems.add(Problem.error(field, label, label + ": " + reason));
        return Optional.empty();
    }

    private void warn(String message) {
        problems.add(Problem.warning(Field.WINDOW, labels.of(Field.WINDOW), message));
    }

    /** A span for people: days for long ones, else as every message writes durations. */
    private static String span(Instant from, Instant to) {
        Duration d = Duration.between(from, to);
        return d.toDays() >= 2 ? d.toDays() + " days" : Durations.format(d);
    }
}

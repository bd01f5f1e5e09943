package io.github.datadogsnapshot.maven;

import io.github.datadogsnapshot.client.format.Durations;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.apache.maven.plugin.MojoFailureException;

/** Reads and writes the times of the configuration and the report; errors name the parameter. */
final class TimeValues {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private TimeValues() {
    }

    /**
     * An instant given as epoch seconds ({@code 1714557600}) or ISO-8601 ({@code 2024-05-01T10:00:00Z}, an
     * offset such as {@code +02:00} instead of {@code Z} works too); {@code null} when the value is blank.
     */
    static Instant instant(String parameter, String value) throws MojoFailureException {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        try {
            if (text.matches("\\d{1,12}")) {
                return Instant.ofEpochSecond(Long.parseLong(text));
            }
            return Instant.parse(text);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new MojoFailureException(parameter + ": '" + text + "' is neither epoch seconds nor an ISO-8601"
                    + " instant such as 2024-05-01T10:00:00Z");
        }
    }

    /** A non-negative ISO-8601 duration such as {@code PT5M}; {@code null} when the value is blank. */
    static Duration duration(String parameter, String value) throws MojoFailureException {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.trim();
        Duration duration;
        try {
            duration = Duration.parse(text);
        } catch (DateTimeParseException e) {
            throw new MojoFailureException(parameter + ": '" + text
                    + "' is not an ISO-8601 duration such as PT30S or PT5M");
        }
        if (duration.isNegative()) {
            throw new MojoFailureException(parameter + ": '" + text + "' is negative");
        }
        return duration;
    }

    /** An instant for people: {@code 2024-05-01 10:00:00 UTC}. */
    static String format(Instant instant) {
        return UTC.format(instant);
    }

    /** A duration for people, as the client's log lines write it: {@code 850 ms}, {@code 3.2 s}, {@code 4 min 5 s}. */
    static String format(Duration duration) {
        return Durations.format(duration);
    }
}

package io.github.datadogsnapshot.emulator;

import java.time.Duration;
import java.time.format.DateTimeParseException;

/** Reads the values of command-line options; each failure is an {@link IllegalArgumentException} naming the option. */
final class OptionValues {

    private OptionValues() {
    }

    static long seed(String option, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must be a whole number, got '" + value + "'");
        }
    }

    static int port(String value) {
        try {
            int port = Integer.parseInt(value);
            if (port >= 0 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("--port must be a number from 0 to 65535, got '" + value + "'");
    }

    /** A number of calls per period, read from {@code N/DURATION}. */
    record Budget(int limit, Duration period) {}

    static Budget budget(String option, String value) {
        int slash = value.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException(option + " must look like 60/PT1H, got '" + value + "'");
        }
        int limit;
        try {
            limit = Integer.parseInt(value.substring(0, slash));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " must start with a whole number of calls, got '" + value + "'");
        }
        if (limit < 1) {
            throw new IllegalArgumentException(option + " must allow at least 1 call, got '" + value + "'");
        }
        Duration period = duration(option, value.substring(slash + 1));
        if (period.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException(option + " period must be at least one second, got '" + value + "'");
        }
        return new Budget(limit, period);
    }

    static Duration duration(String option, String value) {
        Duration duration;
        try {
            duration = value.matches("\\d+") ? Duration.ofSeconds(Long.parseLong(value)) : Duration.parse(value);
        } catch (DateTimeParseException | NumberFormatException e) {
            throw new IllegalArgumentException(
                    option + " needs an ISO-8601 duration such as PT2S or a whole number of seconds, got '" + value + "'");
        }
        if (duration.isNegative()) {
            throw new IllegalArgumentException(option + " must not be negative, got '" + value + "'");
        }
        return duration;
    }
}

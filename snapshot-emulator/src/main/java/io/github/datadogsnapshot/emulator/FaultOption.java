package io.github.datadogsnapshot.emulator;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;

/** One {@code --fault NAME[=VALUE]} of the command line, read into a change of {@link Faults}. */
final class FaultOption {

    private FaultOption() {
    }

    /** A fault of the command line, {@code NAME[=VALUE]}; throws {@link IllegalArgumentException} naming it. */
    static Consumer<Faults> parse(String spec) {
        int eq = spec.indexOf('=');
        String name = eq < 0 ? spec : spec.substring(0, eq);
        String value = eq < 0 ? null : spec.substring(eq + 1);
        String option = "--fault " + name;
        Consumer<Faults> fault = switch (name) {
            case "serverErrors" -> f -> f.serverErrors(count(option, value));
            case "dropConnections" -> f -> f.dropConnections(count(option, value));
            case "slowAnswers" -> f -> f.slowAnswers(OptionValues.duration(option, first(option, value)), pathOf(value));
            case "trickle" -> f -> f.trickle(OptionValues.duration(option, first(option, value)), pathOf(value));
            case "dropMidBody" -> f -> f.dropMidBody(value == null ? "/" : value);
            case "brokenPng" -> f -> f.brokenPng(flag(option, value));
            case "neverReady" -> f -> f.neverReady(flag(option, value));
            case "nonPngBeforeReady" -> f -> f.nonPngBeforeReady(flag(option, value));
            case "hugeDimensions" -> f -> f.hugeDimensions(flag(option, value));
            case "withoutContentLength" -> f -> f.withoutContentLength(flag(option, value));
            case "oversizedPng" -> f -> f.oversizedPng(count(option, value));
            case "foreignSnapshotHost" -> f -> f.foreignSnapshotHost(first(option, value));
            case "redirectImages" -> f -> f.redirectImages(first(option, value));
            case "randomFaults" -> f -> f.randomFaults(share(option, first(option, value)),
                    afterComma(value) == null ? 0 : OptionValues.seed(option + " seed", afterComma(value)));
            default -> throw new IllegalArgumentException("unknown fault '" + name + "'; see --help for the faults");
        };
        return faults -> {
            try {
                fault.accept(faults);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(e.getMessage().startsWith("--") ? e.getMessage()
                        : option + ": " + e.getMessage());
            }
        };
    }

    static Faults scratchFaults() {
        RateLimitWindow window = new RateLimitWindow(1, Duration.ofHours(1), Clock.systemUTC());
        return new Faults(window, window);
    }

    /** The part of a fault's value before its comma. */
    private static String first(String option, String value) {
        if (value == null || value.isEmpty()) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        int comma = value.indexOf(',');
        return comma < 0 ? value : value.substring(0, comma);
    }

    /** The path prefix after a fault's comma, {@code /} (every path) without one. */
    private static String pathOf(String value) {
        String path = afterComma(value);
        return path == null ? "/" : path;
    }

    private static String afterComma(String value) {
        int comma = value == null ? -1 : value.indexOf(',');
        return comma < 0 ? null : value.substring(comma + 1);
    }

    private static int count(String option, String value) {
        try {
            return Integer.parseInt(first(option, value));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number, got '" + value + "'");
        }
    }

    private static boolean flag(String option, String value) {
        if (value == null || value.equals("true")) {
            return true;
        }
        if (value.equals("false")) {
            return false;
        }
        throw new IllegalArgumentException(option + " is true or false, got '" + value + "'");
    }

    private static double share(String option, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a share from 0 to 1, got '" + value + "'");
        }
    }
}

package io.github.datadogsnapshot.client.regression;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A limit on one statistic of a graph's series, against a baseline build or absolute, that marks a build as a
 * regression when it is crossed. Build-tool neutral: plugins pass the text the user wrote.
 *
 * <p>
 * The grammar ({@code "p95 +10% and +2ms; max < 800"}) and what each limit means, boundaries included, are written
 * once, in the project's docs/regressions.md#thresholds; {@link #parseAll} implements that page.
 */
public final class Threshold {

    /** Which way a change limit watches. */
    enum Direction { RISE, DROP }

    private static final String EXAMPLES = "write e.g. 'p95 +10%', 'avg +5% and +2ms', 'avg -10%' or 'max < 800'";
    private static final Map<String, BigDecimal> SECONDS_PER_UNIT = Map.ofEntries(
            Map.entry("ns", new BigDecimal("1e-9")), Map.entry("nanosecond", new BigDecimal("1e-9")),
            Map.entry("us", new BigDecimal("1e-6")), Map.entry("µs", new BigDecimal("1e-6")),
            Map.entry("μs", new BigDecimal("1e-6")), Map.entry("microsecond", new BigDecimal("1e-6")),
            Map.entry("ms", new BigDecimal("0.001")), Map.entry("millisecond", new BigDecimal("0.001")),
            Map.entry("s", BigDecimal.ONE), Map.entry("sec", BigDecimal.ONE), Map.entry("second", BigDecimal.ONE),
            Map.entry("min", BigDecimal.valueOf(60)), Map.entry("minute", BigDecimal.valueOf(60)),
            Map.entry("h", BigDecimal.valueOf(3600)), Map.entry("hr", BigDecimal.valueOf(3600)),
            Map.entry("hour", BigDecimal.valueOf(3600)), Map.entry("d", BigDecimal.valueOf(86400)),
            Map.entry("day", BigDecimal.valueOf(86400)), Map.entry("wk", BigDecimal.valueOf(604800)),
            Map.entry("week", BigDecimal.valueOf(604800)));
    private static final List<String> LIMIT_UNITS = List.of("ns", "us", "µs", "ms", "s", "min", "h");
    private static final Pattern STATISTIC = Pattern.compile("\\s*([A-Za-z0-9]+)\\s*(.*)", Pattern.DOTALL);
    private static final Pattern BOUND = Pattern.compile("(<=|>=|<|>)\\s*(-?)\\s*(\\d+(?:\\.\\d+)?)\\s*([^\\s\\d.]*)\\s*");
    private static final Pattern CHANGE = Pattern.compile("([+-])\\s*(\\d+(?:\\.\\d+)?)\\s*(%|[^\\s\\d.%]*)\\s*");

    private final String text;
    private final Statistic statistic;
    // a change limit: direction, and at least one of percent and absolute
    private final Direction direction;
    private final BigDecimal percent;
    private final BigDecimal absolute;
    private final String absoluteUnit;
    // a bound
    private final String comparison;
    private final BigDecimal bound;
    private final String boundUnit;

    private Threshold(String text, Statistic statistic, Direction direction, BigDecimal percent, BigDecimal absolute,
                      String absoluteUnit, String comparison, BigDecimal bound, String boundUnit) {
        this.text = text;
        this.statistic = statistic;
        this.direction = direction;
        this.percent = percent;
        this.absolute = absolute;
        this.absoluteUnit = absoluteUnit;
        this.comparison = comparison;
        this.bound = bound;
        this.boundUnit = boundUnit;
    }

    /**
     * Reads one threshold.
     *
     * @param field where it was configured, e.g. {@code graphs[2].thresholds}; starts every error message
     * @throws IllegalArgumentException naming the field, the text and what is wrong
     */
    public static Threshold parse(String text, String field) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException(field + ": the threshold is empty; " + EXAMPLES);
        }
        Matcher head = STATISTIC.matcher(text);
        if (!head.matches()) {
            throw error(field, text, "it must start with a statistic (" + Statistic.labels() + ")");
        }
        Statistic statistic = Statistic.byLabel(head.group(1)).orElseThrow(() -> error(field, text,
                "unknown statistic '" + head.group(1) + "'; use one of " + Statistic.labels()));
        String rest = head.group(2).trim();
        if (rest.isEmpty()) {
            throw error(field, text, "a limit must follow the statistic");
        }
        Matcher bound = BOUND.matcher(rest);
        if (bound.matches()) {
            String unit = bound.group(4).equals("%") ? "%" : unit(field, text, bound.group(4));
            BigDecimal value = new BigDecimal(bound.group(2) + bound.group(3));
            return new Threshold(statistic.label() + " " + bound.group(1) + " " + plain(value)
                    + (unit == null ? "" : unit), statistic, null, null, null, null, bound.group(1), value, unit);
        }
        String[] parts = rest.split("(?i)\\s+and\\s+", -1);
        if (parts.length > 2) {
            throw error(field, text, "give at most two limits joined by 'and' (one in %, one absolute)");
        }
        Direction direction = null;
        BigDecimal percent = null;
        BigDecimal absolute = null;
        String absoluteUnit = null;
        List<String> canonical = new ArrayList<>();
        for (String part : parts) {
            Matcher change = CHANGE.matcher(part);
            if (!change.matches()) {
                throw error(field, text, "'" + part.trim() + "' is not a limit such as +10%, -5%, +2ms or < 800");
            }
            Direction partDirection = change.group(1).equals("+") ? Direction.RISE : Direction.DROP;
            if (direction != null && direction != partDirection) {
                throw error(field, text, "both limits must watch the same way (both + or both -)");
            }
            direction = partDirection;
            BigDecimal value = new BigDecimal(change.group(2));
            if (change.group(3).equals("%")) {
                if (percent != null) {
                    throw error(field, text, "two limits in %; join a limit in % and an absolute one");
                }
                percent = value;
            } else {
                if (absolute != null) {
                    throw error(field, text, "two absolute limits; join a limit in % and an absolute one");
                }
                absolute = value;
                absoluteUnit = unit(field, text, change.group(3));
            }
            canonical.add(change.group(1) + plain(value) + (change.group(3).equals("%") ? "%"
                    : absoluteUnit == null ? "" : absoluteUnit));
        }
        return new Threshold(statistic.label() + " " + String.join(" and ", canonical), statistic, direction, percent,
                absolute, absoluteUnit, null, null, null);
    }

    /**
     * Reads thresholds separated by {@code ;} (blank parts are skipped); the field of the n-th one in errors is
     * {@code field[n]}. Null or blank text is none; text of separators only ({@code ;;}) is an error.
     */
    public static List<Threshold> parseAll(String text, String field) {
        List<Threshold> thresholds = new ArrayList<>();
        if (text == null) {
            return List.of();
        }
        String[] parts = text.split(";");
        for (int i = 0; i < parts.length; i++) {
            if (!parts[i].isBlank()) {
                thresholds.add(parse(parts[i], parts.length == 1 ? field : field + "[" + i + "]"));
            }
        }
        if (thresholds.isEmpty() && !text.isBlank()) {
            // ";;" is a mistake (a list whose thresholds went missing), not a way to say "none": that is no text.
            throw new IllegalArgumentException(field + ": '" + text.strip() + "' holds no threshold, only ';'; "
                    + EXAMPLES + ", or leave it empty for none");
        }
        return List.copyOf(thresholds);
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }

    private static String unit(String field, String text, String unit) {
        if (unit == null || unit.isEmpty()) {
            return null;
        }
        String lower = unit.toLowerCase(Locale.ROOT).replace("μ", "µ");
        if (!LIMIT_UNITS.contains(lower)) {
            throw error(field, text, "unknown unit '" + unit + "'; use a plain number (the series' unit) or one of "
                    + String.join(", ", LIMIT_UNITS));
        }
        return lower.equals("µs") ? "us" : lower;
    }

    private static IllegalArgumentException error(String field, String text, String problem) {
        return new IllegalArgumentException(field + ": '" + text.strip() + "': " + problem + "; " + EXAMPLES);
    }

    /** Reads the JSON form, the canonical text. */
    @JsonCreator
    static Threshold fromJson(String text) {
        return parse(text, "threshold");
    }

    /** The statistic it watches. */
    public Statistic statistic() {
        return statistic;
    }

    /** Whether it is an absolute bound ({@code max < 800}), which needs no baseline. */
    public boolean isBound() {
        return comparison != null;
    }

    /** The threshold written the one canonical way, e.g. {@code p95 +10% and +2ms}; also its JSON form. */
    @JsonValue
    @Override
    public String toString() {
        return text;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Threshold other && other.text.equals(text);
    }

    @Override
    public int hashCode() {
        return text.hashCode();
    }

    /**
     * What checking a threshold on one series found.
     *
     * @param crossed whether the limit was crossed
     * @param needsBaseline the threshold could not be checked because there is no baseline value
     * @param problem why it could not be checked otherwise (units), or {@code null}
     * @param note something the reader should know about the check (an assumed unit), or {@code null}
     */
    record Check(boolean crossed, boolean needsBaseline, String problem, String note) {
        static final Check HELD = new Check(false, false, null, null);
        static final Check NO_BASELINE = new Check(false, true, null, null);
    }

    /**
     * Checks this threshold on a series.
     *
     * @param current this build's value of {@link #statistic()}
     * @param baseline the baseline's value, or {@code null} when there is none
     * @param unit the series' unit, or {@code null} when unknown
     */
    Check check(double current, Double baseline, String unit) {
        if (isBound()) {
            Scaled limit = scale(bound, boundUnit, unit);
            if (limit.problem() != null) {
                return new Check(false, false, limit.problem(), null);
            }
            int order = exact(current).compareTo(limit.value());
            boolean holds = switch (comparison) {
                case "<" -> order < 0;
                case "<=" -> order <= 0;
                case ">" -> order > 0;
                default -> order >= 0;
            };
            return new Check(!holds, false, null, limit.note());
        }
        if (baseline == null) {
            return Check.NO_BASELINE;
        }
        BigDecimal change = exact(current).subtract(exact(baseline));
        if (direction == Direction.DROP) {
            change = change.negate();
        }
        boolean crossed = true;
        if (percent != null) {
            // change / |baseline| * 100 > percent, without dividing (a zero baseline needs no special case)
            crossed = change.multiply(BigDecimal.valueOf(100)).compareTo(exact(baseline).abs().multiply(percent)) > 0;
        }
        String note = null;
        if (absolute != null) {
            Scaled limit = scale(absolute, absoluteUnit, unit);
            if (limit.problem() != null) {
                return new Check(false, false, limit.problem(), null);
            }
            crossed &= change.compareTo(limit.value()) > 0;
            note = limit.note();
        }
        return new Check(crossed, false, null, note);
    }

    /** A limit in the series' unit, or why it cannot be. */
    private record Scaled(BigDecimal value, String problem, String note) {}

    private Scaled scale(BigDecimal value, String limitUnit, String seriesUnit) {
        if (limitUnit == null) {
            return new Scaled(value, null, null);
        }
        if (seriesUnit == null) {
            return new Scaled(value, null, "the series' unit is unknown, so " + plain(value) + limitUnit
                    + " was taken as " + plain(value) + " in the series' unit");
        }
        if (limitUnit.equals("%")) {
            return seriesUnit.trim().equals("%") ? new Scaled(value, null, null)
                    : new Scaled(null, "'" + this + "' is in % but the series is in " + seriesUnit, null);
        }
        BigDecimal seriesSeconds = SECONDS_PER_UNIT.get(seriesUnit.trim().toLowerCase(Locale.ROOT));
        if (seriesSeconds == null) {
            return new Scaled(null, "'" + this + "' is in " + limitUnit + " but the series is in " + seriesUnit, null);
        }
        BigDecimal limitSeconds = SECONDS_PER_UNIT.get(limitUnit);
        return new Scaled(value.multiply(limitSeconds).divide(seriesSeconds, MathContext.DECIMAL128), null, null);
    }

    /** The decimal value a reader sees ({@code 0.1}, not {@code 0.1000000000000000055...}). */
    static BigDecimal exact(double value) {
        return BigDecimal.valueOf(value);
    }
}

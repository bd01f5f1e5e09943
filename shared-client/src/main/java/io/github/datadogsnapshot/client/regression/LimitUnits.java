package io.github.datadogsnapshot.client.regression;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The units a threshold's limit may be written in, and a limit scaled to the unit of the series it is checked on. */
final class LimitUnits {

    /** The units a limit may name, as {@link ThresholdParser} accepts them. */
    static final List<String> LIMIT_UNITS = List.of("ns", "us", "µs", "ms", "s", "min", "h");

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

    private LimitUnits() {
    }

    /** A limit in the series' unit, or why it cannot be. */
    record Scaled(BigDecimal value, String problem, String note) {}

    /**
     * {@code value} in {@code limitUnit} as a value in {@code seriesUnit}.
     *
     * @param limitUnit the limit's unit, or {@code null} for a plain number (the series' unit)
     * @param seriesUnit the series' unit, or {@code null} when unknown
     * @param threshold the threshold the limit belongs to, named in a problem
     */
    static Scaled scale(BigDecimal value, String limitUnit, String seriesUnit, Threshold threshold) {
        if (limitUnit == null) {
            return new Scaled(value, null, null);
        }
        if (seriesUnit == null) {
            return new Scaled(value, null, "the series' unit is unknown, so " + plain(value) + limitUnit
                    + " was taken as " + plain(value) + " in the series' unit");
        }
        if (limitUnit.equals("%")) {
            return seriesUnit.trim().equals("%") ? new Scaled(value, null, null)
                    : new Scaled(null, "'" + threshold + "' is in % but the series is in " + seriesUnit, null);
        }
        BigDecimal seriesSeconds = SECONDS_PER_UNIT.get(seriesUnit.trim().toLowerCase(Locale.ROOT));
        if (seriesSeconds == null) {
            return new Scaled(null, "'" + threshold + "' is in " + limitUnit + " but the series is in " + seriesUnit,
                    null);
        }
        BigDecimal limitSeconds = SECONDS_PER_UNIT.get(limitUnit);
        return new Scaled(value.multiply(limitSeconds).divide(seriesSeconds, MathContext.DECIMAL128), null, null);
    }

    /** The decimal value a reader sees ({@code 0.1}, not {@code 0.1000000000000000055...}). */
    static BigDecimal exact(double value) {
        return BigDecimal.valueOf(value);
    }

    /** {@code value} as the canonical text writes it: {@code 10}, not {@code 10.0} or {@code 1E+1}. */
    static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}

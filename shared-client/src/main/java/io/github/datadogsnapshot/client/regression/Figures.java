package io.github.datadogsnapshot.client.regression;

import io.github.datadogsnapshot.client.format.Decimals;
import io.github.datadogsnapshot.client.format.Units;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * Values, changes and the change column as both plugins' pages, their logs and the threshold messages show them, so
 * that the same number reads the same everywhere, character for character: four significant digits with the
 * series' unit ({@code 185.3 ms}, {@code 0.000123}, {@code 2.201 errors}), whole numbers kept whole from 1000 on
 * ({@code 12345 ms}, {@code 1500000000}), a power of ten beyond {@code 1e15} and below {@code 1e-6}
 * ({@code 1.7e308 ms}), words for what is not a number ({@code NaN ms}); changes with their sign and one decimal
 * ({@code +16.7%}); {@link #NONE} where there is no value.
 */
public final class Figures {

    /** Shown where there is no value: no baseline, no numbers, a series gone. */
    public static final String NONE = "\u2013";

    private static final BigDecimal WHOLE = BigDecimal.valueOf(1000);

    private Figures() {
    }

    /** A value with its unit (plural as {@link Units#of} says; {@code %} without a space); {@link #NONE} for null. */
    public static String value(Double value, String unit) {
        if (value == null) {
            return NONE;
        }
        String number;
        if (!Double.isFinite(value)) {
            number = value.toString(); // NaN, Infinity: only a hand-edited or older manifest holds such a statistic
        } else {
            BigDecimal decimal = BigDecimal.valueOf(value);
            BigDecimal magnitude = decimal.abs();
            decimal = magnitude.compareTo(WHOLE) >= 0 && magnitude.compareTo(Decimals.LARGE) < 0
                    ? decimal.setScale(0, RoundingMode.HALF_UP)
                    : decimal.round(new MathContext(4, RoundingMode.HALF_UP));
            number = Decimals.text(decimal);
        }
        if (unit == null || unit.isBlank()) {
            return number;
        }
        return unit.equals("%") ? number + "%" : number + " " + Units.of(value, unit);
    }

    /** A change in percent with its sign: {@code +16.7%}, {@code -3.0%}, {@code +1.5e300%}; {@link #NONE} for null. */
    public static String percent(Double change) {
        if (change == null) {
            return NONE;
        }
        if (Math.abs(change) >= 1e6 || !Double.isFinite(change)) {
            return (change >= 0 ? "+" : "") + Decimals.text(change, 3) + "%";
        }
        return String.format(Locale.ROOT, "%+.1f%%", change);
    }

    /**
     * What a change column shows for a compared series: the change of its watched statistic ({@code +16.7%}), or,
     * when it crossed only bounds, the bounds ({@code max < 1}, see {@link SeriesComparison#boundsCrossedOnly()}):
     * a bound limits the value, not its change, and {@code +0.0%} would read as if nothing happened.
     */
    public static String change(SeriesComparison series) {
        String bounds = series.boundsCrossedOnly();
        return bounds != null ? bounds : percent(series.changePercent());
    }
}

package io.jenkins.plugins.datadogsnapshot;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.github.datadogsnapshot.client.SeriesComparison;
import io.github.datadogsnapshot.client.Units;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Locale;

/** How numbers read on the pages: four significant digits with the series' unit, changes with their sign. */
final class Values {

    /** Shown where there is no value. */
    static final String NONE = "–";

    private Values() {}

    /** {@code 123.5 ms}, {@code 45.2%}, {@code 0.01234}, {@code 1200}; {@link #NONE} for null. */
    static String format(@CheckForNull Double value, @CheckForNull String unit) {
        if (value == null || value.isNaN() || value.isInfinite()) {
            return NONE;
        }
        String number = BigDecimal.valueOf(value)
                .round(new MathContext(4))
                .stripTrailingZeros()
                .toPlainString();
        if (unit == null || unit.isBlank()) {
            return number;
        }
        return unit.equals("%") ? number + "%" : number + " " + Units.of(value, unit);
    }

    /**
     * The change column of a compared series: the change of its watched statistic, or, when it crossed only bounds,
     * the bounds ({@code max < 1}): a bound limits the value, and a change of 0% would read as if nothing happened.
     */
    static String changeColumn(SeriesComparison comparison) {
        String bounds = comparison.boundsCrossedOnly();
        return bounds != null ? bounds : change(comparison.changePercent());
    }

    /** {@code +16.7%}, {@code -3.0%}; {@link #NONE} for null. */
    static String change(@CheckForNull Double percent) {
        if (percent == null || percent.isNaN() || percent.isInfinite()) {
            return NONE;
        }
        return String.format(Locale.ROOT, "%+.1f%%", percent);
    }
}

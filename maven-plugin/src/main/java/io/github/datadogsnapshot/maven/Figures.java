package io.github.datadogsnapshot.maven;

import io.github.datadogsnapshot.client.Decimals;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/** Numbers for people, the same in the log and on the page: {@code 185.3 ms}, {@code 45.2%}, {@code +23.4%}. */
final class Figures {

    /** From here on whole numbers are written with a power of ten ({@code 1.7e308}), not in hundreds of digits. */
    private static final BigDecimal HUGE = new BigDecimal("1e15");

    private Figures() {
    }

    /**
     * A value with its unit: four significant digits (whole numbers from 1000 on), so that a table of numbers reads
     * at a glance, and a power of ten beyond that ({@code 1.7e308}, {@code 1e-308}); {@code -} for none.
     */
    static String value(Double value, String unit) {
        if (value == null) {
            return "-";
        }
        String number;
        if (!Double.isFinite(value)) {
            number = value.toString(); // NaN, Infinity: only a hand-edited manifest holds such a statistic
        } else {
            BigDecimal decimal = BigDecimal.valueOf(value);
            BigDecimal magnitude = decimal.abs();
            decimal = magnitude.compareTo(BigDecimal.valueOf(1000)) >= 0 && magnitude.compareTo(HUGE) < 0
                    ? decimal.setScale(0, RoundingMode.HALF_UP)
                    : decimal.round(new MathContext(4, RoundingMode.HALF_UP));
            number = Decimals.text(decimal);
        }
        if (unit == null || unit.isBlank()) {
            return number;
        }
        return unit.equals("%") ? number + "%" : number + " " + unit;
    }

    /** A change in percent with its sign, one decimal: {@code +23.4%}, {@code -3.0%}; {@code -} for none. */
    static String percent(Double change) {
        if (change == null) {
            return "-";
        }
        if (Math.abs(change) >= 1e6 || !Double.isFinite(change)) {
            return (change >= 0 ? "+" : "") + Decimals.text(change, 3) + "%";
        }
        return String.format(Locale.ROOT, "%+.1f%%", change);
    }
}

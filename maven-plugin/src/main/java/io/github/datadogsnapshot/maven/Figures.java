package io.github.datadogsnapshot.maven;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/** Numbers for people, the same in the log and on the page: {@code 185.3 ms}, {@code 45.2%}, {@code +23.4%}. */
final class Figures {

    private Figures() {
    }

    /**
     * A value with its unit: four significant digits (whole numbers from 1000 on), so that a table of numbers reads
     * at a glance; {@code -} for none.
     */
    static String value(Double value, String unit) {
        if (value == null) {
            return "-";
        }
        BigDecimal decimal = BigDecimal.valueOf(value);
        decimal = decimal.abs().compareTo(BigDecimal.valueOf(1000)) >= 0 ? decimal.setScale(0, RoundingMode.HALF_UP)
                : decimal.round(new MathContext(4, RoundingMode.HALF_UP));
        String number = decimal.stripTrailingZeros().toPlainString();
        if (unit == null || unit.isBlank()) {
            return number;
        }
        return unit.equals("%") ? number + "%" : number + " " + unit;
    }

    /** A change in percent with its sign, one decimal: {@code +23.4%}, {@code -3.0%}; {@code -} for none. */
    static String percent(Double change) {
        return change == null ? "-" : String.format(Locale.ROOT, "%+.1f%%", change);
    }
}

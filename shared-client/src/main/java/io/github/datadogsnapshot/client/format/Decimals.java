package io.github.datadogsnapshot.client.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Numbers as people read them, for messages, logs and pages: plain digits in the everyday range ({@code 120.5},
 * {@code 0.0042}, {@code 1250000}), powers of ten beyond it ({@code 1.7e308}, {@code 2.5e-12}) rather than
 * hundreds of digits, and words for what is not a number ({@code NaN}, {@code Infinity}, {@code -Infinity}).
 */
public final class Decimals {

    /** From here on (in magnitude) a number is written with a power of ten. */
    public static final BigDecimal LARGE = new BigDecimal("1e15");
    /** Below this (in magnitude, zero aside) a number is written with a power of ten. */
    static final BigDecimal SMALL = new BigDecimal("1e-6");

    private Decimals() {
    }

    /** {@code value} rounded to {@code digits} significant digits (half up), as {@link #text(BigDecimal)} writes it. */
    public static String text(double value, int digits) {
        if (!Double.isFinite(value)) {
            return Double.toString(value);
        }
        return text(BigDecimal.valueOf(value).round(new MathContext(digits, RoundingMode.HALF_UP)));
    }

    /** A decimal without trailing zeros: plain digits from {@code 1e-6} to below {@code 1e15}, else {@code 1.7e308}. */
    public static String text(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        BigDecimal magnitude = stripped.abs();
        if (stripped.signum() == 0 || (magnitude.compareTo(SMALL) >= 0 && magnitude.compareTo(LARGE) < 0)) {
            return stripped.signum() == 0 ? "0" : stripped.toPlainString();
        }
        int exponent = stripped.precision() - stripped.scale() - 1;
        BigDecimal mantissa = stripped.movePointLeft(exponent).stripTrailingZeros();
        return mantissa.toPlainString() + "e" + exponent;
    }
}

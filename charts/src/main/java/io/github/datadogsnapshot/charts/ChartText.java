package io.github.datadogsnapshot.charts;

import java.util.Locale;

/** Text on a chart: compact axis numbers and shortened labels. */
final class ChartText {

    private ChartText() {
    }

    /** {@code 1500} as {@code 1.5k}, {@code 2000000} as {@code 2M}; at most two decimals, no trailing zeros. */
    static String compactNumber(double value) {
        double abs = Math.abs(value);
        if (abs >= 1e9) {
            return trim(value / 1e9) + "G";
        }
        if (abs >= 1e6) {
            return trim(value / 1e6) + "M";
        }
        if (abs >= 1e3) {
            return trim(value / 1e3) + "k";
        }
        return trim(value);
    }

    private static String trim(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        text = text.replaceAll("0+$", "");
        text = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        return text.equals("-0") ? "0" : text;
    }

    /** The text on one line, cut to {@code max} characters with an ellipsis. */
    static String shorten(String text, int max) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, Math.max(0, max - 1)) + "\u2026";
    }
}

package io.github.datadogsnapshot.charts;

import java.util.Arrays;
import java.util.Objects;

/**
 * One series of a {@link LineChart}: a label for the legend and its points. A point whose value is
 * {@link Double#NaN} has no data; the line is interrupted there (Datadog's gaps). The arrays are copied in and out,
 * so a {@code Line} is immutable.
 *
 * @param label the legend text, not blank (renderers shorten long labels)
 * @param epochMillis the times of the points, epoch milliseconds, in ascending order
 * @param values the values, as many as times; {@code NaN} for a point without data; never infinite
 */
public record Line(String label, long[] epochMillis, double[] values) {

    /** Checks and copies the arrays; the message names what is wrong. */
    public Line {
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("line: label must not be blank");
        }
        Objects.requireNonNull(epochMillis, "epochMillis");
        Objects.requireNonNull(values, "values");
        if (epochMillis.length != values.length) {
            throw new IllegalArgumentException("line '" + label + "': " + epochMillis.length + " times but "
                    + values.length + " values");
        }
        for (int i = 1; i < epochMillis.length; i++) {
            if (epochMillis[i] < epochMillis[i - 1]) {
                throw new IllegalArgumentException("line '" + label + "': times must be in ascending order, point "
                        + i + " (" + epochMillis[i] + ") comes before point " + (i - 1) + " (" + epochMillis[i - 1] + ")");
            }
        }
        for (int i = 0; i < values.length; i++) {
            if (Double.isInfinite(values[i])) {
                throw new IllegalArgumentException("line '" + label + "': value " + i + " is infinite");
            }
        }
        epochMillis = epochMillis.clone();
        values = values.clone();
    }

    /** A copy of the times. */
    @Override
    public long[] epochMillis() {
        return epochMillis.clone();
    }

    /** A copy of the values ({@code NaN}: no data). */
    @Override
    public double[] values() {
        return values.clone();
    }

    /** How many points the line has, with or without data. */
    public int size() {
        return values.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Line other && other.label.equals(label) && Arrays.equals(other.epochMillis, epochMillis)
                && Arrays.equals(other.values, values);
    }

    @Override
    public int hashCode() {
        return Objects.hash(label, Arrays.hashCode(epochMillis), Arrays.hashCode(values));
    }

    @Override
    public String toString() {
        return "Line[" + label + ", " + values.length + " points]";
    }
}

package io.github.datadogsnapshot.emulator;

import java.util.Locale;
import java.util.Random;

/**
 * Deterministic made-up values for a metric query, shaped after the metric's name so that the
 * charts look like real monitoring graphs. The same query and point count always give the same
 * values (the seed is the query's {@link String#hashCode()}, which Java specifies).
 */
final class SyntheticSeries {

    /** The look of a series, picked from words in the query. */
    enum Shape {
        /** Milliseconds around a base value with a bump in the middle of the window. */
        LATENCY,
        /** Percentages between 0 and 100 following a slow wave. */
        CPU,
        /** Small whole counts with one spike. */
        ERRORS,
        /** A smooth, noisy wave around a base value. */
        WAVE;

        static Shape of(String query) {
            String q = query.toLowerCase(Locale.ROOT);
            if (q.contains("error")) {
                return ERRORS;
            }
            if (q.contains("latency") || q.contains("duration")) {
                return LATENCY;
            }
            if (q.contains("cpu")) {
                return CPU; // before "time", so that "cpu.time" reads as a percentage
            }
            return q.contains("time") ? LATENCY : WAVE;
        }
    }

    static final int MIN_POINTS = 60;
    static final int MAX_POINTS = 300;

    private SyntheticSeries() {}

    /** How many points a window of this length gets: one per 10 s, within 60..300. */
    static int pointCount(long windowSeconds) {
        return (int) Math.max(MIN_POINTS, Math.min(MAX_POINTS, windowSeconds / 10));
    }

    /** The values of {@code query} at {@code points} evenly spaced times across the window. */
    static double[] values(String query, int points) {
        Random random = new Random(query.hashCode());
        double phase = random.nextDouble();
        double[] values = new double[points];
        double noise = 0;
        Shape shape = Shape.of(query);
        double base = switch (shape) {
            case LATENCY -> 40 + random.nextDouble() * 80;
            case CPU -> 25 + random.nextDouble() * 30;
            case ERRORS -> 1;
            case WAVE -> Math.pow(10, 0.3 + random.nextDouble() * 2.7); // from 2 to 1000
        };
        double spikeAt = 0.25 + random.nextDouble() * 0.5;
        double spikeHeight = 15 + random.nextDouble() * 25;
        for (int i = 0; i < points; i++) {
            double u = points == 1 ? 0 : (double) i / (points - 1);
            noise = 0.7 * noise + 0.3 * random.nextGaussian(); // correlated noise looks like real data
            values[i] = switch (shape) {
                case LATENCY -> Math.max(1, base * (1 + 0.06 * wave(u, 3, phase) + 0.12 * noise)
                        + base * 1.8 * bell(u, 0.5, 0.06));
                case CPU -> clamp(base + 10 * wave(u, 2, phase) + 4 * noise, 0, 100);
                case ERRORS -> Math.round(Math.max(0, 0.8 + 1.2 * noise + random.nextDouble())
                        + spikeHeight * bell(u, spikeAt, 0.015));
                case WAVE -> base * (1 + 0.2 * wave(u, 1.5, phase) + 0.06 * wave(u, 7, phase * 3) + 0.05 * noise);
            };
        }
        return values;
    }

    private static double wave(double u, double cycles, double phase) {
        return Math.sin(2 * Math.PI * (u * cycles + phase));
    }

    private static double bell(double u, double center, double width) {
        double z = (u - center) / width;
        return Math.exp(-0.5 * z * z);
    }

    private static double clamp(double value, double min, double max) {
        return Math.max(min, Math.min(max, value));
    }
}

package io.github.datadogsnapshot.emulator;

import java.util.Locale;
import java.util.Random;

/**
 * Deterministic made-up values for one series, shaped after the metric's name so that the charts look like real
 * monitoring graphs. The same seed and positions always give the same values (the seed is the text's
 * {@link String#hashCode()}, which Java specifies).
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

    private SyntheticSeries() {}

    /**
     * The values of a series at the given positions of the window.
     *
     * @param seed what makes this series differ from others of the same shape (the query, and the group's tags)
     * @param shape the look of the series
     * @param positions where each point lies in the window, from 0 (start) to 1 (end), ascending
     */
    static double[] values(String seed, Shape shape, double[] positions) {
        Random random = new Random(seed.hashCode());
        double phase = random.nextDouble();
        double[] values = new double[positions.length];
        double noise = 0;
        double base = switch (shape) {
            case LATENCY -> 40 + random.nextDouble() * 80;
            case CPU -> 25 + random.nextDouble() * 30;
            case ERRORS -> 1;
            case WAVE -> Math.pow(10, 0.3 + random.nextDouble() * 2.7); // from 2 to 1000
        };
        double spikeAt = 0.25 + random.nextDouble() * 0.5;
        double spikeHeight = 15 + random.nextDouble() * 25;
        for (int i = 0; i < positions.length; i++) {
            double u = positions[i];
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

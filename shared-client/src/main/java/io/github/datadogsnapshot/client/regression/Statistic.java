package io.github.datadogsnapshot.client.regression;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** A statistic of a series' points, as {@link SeriesStats} computes it and a {@link Threshold} names it. */
public enum Statistic {
    /** The smallest value. */
    MIN,
    /** The arithmetic mean. */
    AVG,
    /** The median, the 50th percentile. */
    P50,
    /** The 95th percentile. */
    P95,
    /** The largest value. */
    MAX,
    /** The value of the latest point with data. */
    LAST;

    /** The name used in thresholds, manifests (JSON) and pages: {@code min}, {@code avg}, {@code p50} ... */
    @JsonValue
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The statistic of this name (any case), empty when there is none. */
    public static Optional<Statistic> byLabel(String label) {
        return Arrays.stream(values()).filter(s -> s.label().equalsIgnoreCase(label.trim())).findFirst();
    }

    /** Reads the JSON form, the label. */
    @JsonCreator
    static Statistic fromJson(String label) {
        return byLabel(label).orElseThrow(() -> new IllegalArgumentException(
                "unknown statistic '" + label + "'; use one of " + labels()));
    }

    /** Every label, for error messages: {@code min, avg, p50, p95, max, last}. */
    public static String labels() {
        return Arrays.stream(values()).map(Statistic::label).collect(Collectors.joining(", "));
    }

    @Override
    public String toString() {
        return label();
    }
}

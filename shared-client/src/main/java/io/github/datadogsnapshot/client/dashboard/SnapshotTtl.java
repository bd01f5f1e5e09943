package io.github.datadogsnapshot.client.dashboard;

import java.util.Arrays;
import java.util.Locale;

/**
 * How long Datadog keeps a v2 snapshot image ({@code ttl}). The build keeps its own copy, so the shortest is the
 * default.
 */
public enum SnapshotTtl {
    DAYS_30("30d"), DAYS_60("60d"), DAYS_90("90d"), YEAR_1("1y"), YEARS_2("2y"), FOREVER("inf");

    /** The default: Datadog need not keep an image the build has stored. */
    public static final SnapshotTtl DEFAULT = DAYS_30;

    private final String text;

    SnapshotTtl(String text) {
        this.text = text;
    }

    /** The value as the API takes it, e.g. {@code 30d}. */
    public String text() {
        return text;
    }

    /**
     * The ttl written as the API takes it; blank means {@link #DEFAULT}.
     *
     * @throws IllegalArgumentException naming {@code field} and the values accepted
     */
    public static SnapshotTtl parse(String value, String field) {
        if (value == null || value.isBlank()) {
            return DEFAULT;
        }
        String wanted = value.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.text.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException(field + ": '" + value + "' is not a snapshot ttl; use"
                        + " one of " + Arrays.stream(values()).map(SnapshotTtl::text).toList()));
    }
}

package io.github.datadogsnapshot.client.report;

import io.github.datadogsnapshot.client.regression.Verdict;

/**
 * How a graph came out, as pages and logs say it: the graph's {@link Verdict}, told apart where a reader needs it (a
 * graph new in this build, numbers never fetched).
 */
public enum ReportStatus {
    REGRESSION("Regression", "regression"),
    NOT_COMPARABLE("Not comparable", "note"),
    OK("OK", "ok"),
    NO_NUMBERS("No numbers", "note"),
    NO_BASELINE("No baseline", "note"),
    NEW_GRAPH("New graph", "note"),
    SERIES_GONE("Series gone", "note"),
    NOT_FETCHED("Numbers not fetched", "note");

    private final String text;
    private final String kind;

    ReportStatus(String text, String kind) {
        this.text = text;
        this.kind = kind;
    }

    /** The status in words, e.g. {@code Regression}, {@code New graph}. */
    public String text() {
        return text;
    }

    /** How a page may style it: {@code regression}, {@code ok} or {@code note}. */
    public String kind() {
        return kind;
    }

    /** The status of a verdict. */
    public static ReportStatus of(Verdict verdict) {
        return switch (verdict) {
            case REGRESSION -> REGRESSION;
            case NOT_COMPARABLE -> NOT_COMPARABLE;
            case OK -> OK;
            case NO_NUMBERS -> NO_NUMBERS;
            case NO_BASELINE -> NO_BASELINE;
            case SERIES_GONE -> SERIES_GONE;
        };
    }
}

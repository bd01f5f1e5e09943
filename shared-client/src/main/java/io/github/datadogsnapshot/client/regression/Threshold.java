package io.github.datadogsnapshot.client.regression;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.List;

/**
 * A limit on one statistic of a graph's series, against a baseline build or absolute, that marks a build as a
 * regression when it is crossed: a {@link BoundThreshold} ({@code max < 800}) or a {@link ChangeThreshold}
 * ({@code p95 +10% and +2ms}). Build-tool neutral: plugins pass the text the user wrote.
 *
 * <p>
 * The grammar ({@code "p95 +10% and +2ms; max < 800"}) and what each limit means, boundaries included, are written
 * once, in the project's docs/regressions.md#thresholds; {@link ThresholdParser} implements that page.
 */
public sealed interface Threshold permits BoundThreshold, ChangeThreshold {

    /**
     * Reads one threshold.
     *
     * @param field where it was configured, e.g. {@code graphs[2].thresholds}; starts every error message
     * @throws IllegalArgumentException naming the field, the text and what is wrong
     */
    static Threshold parse(String text, String field) {
        return ThresholdParser.parse(text, field);
    }

    /**
     * Reads thresholds separated by {@code ;} (blank parts are skipped); the field of the n-th one in errors is
     * {@code field[n]}. Null or blank text is none; text of separators only ({@code ;;}) is an error.
     */
    static List<Threshold> parseAll(String text, String field) {
        return ThresholdParser.parseAll(text, field);
    }

    /** Reads the JSON form, the canonical text. */
    @JsonCreator
    static Threshold fromJson(String text) {
        return parse(text, "threshold");
    }

    /** The statistic it watches. */
    Statistic statistic();

    /** Whether it is an absolute bound ({@code max < 800}), which needs no baseline. */
    default boolean isBound() {
        return this instanceof BoundThreshold;
    }

    /**
     * Checks this threshold on a series.
     *
     * @param current this build's value of {@link #statistic()}
     * @param baseline the baseline's value, or {@code null} when there is none
     * @param unit the series' unit, or {@code null} when unknown
     */
    Check check(double current, Double baseline, String unit);

    /** The threshold written the one canonical way, e.g. {@code p95 +10% and +2ms}; also its JSON form. */
    @JsonValue
    @Override
    String toString();

    /**
     * What checking a threshold on one series found.
     *
     * @param crossed whether the limit was crossed
     * @param needsBaseline the threshold could not be checked because there is no baseline value
     * @param problem why it could not be checked otherwise (units), or {@code null}
     * @param note something the reader should know about the check (an assumed unit), or {@code null}
     */
    record Check(boolean crossed, boolean needsBaseline, String problem, String note) {
        static final Check NO_BASELINE = new Check(false, true, null, null);
    }
}

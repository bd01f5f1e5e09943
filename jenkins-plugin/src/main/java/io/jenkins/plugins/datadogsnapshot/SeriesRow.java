package io.jenkins.plugins.datadogsnapshot;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.github.datadogsnapshot.client.regression.Breach;
import io.github.datadogsnapshot.client.regression.Figures;
import io.github.datadogsnapshot.client.regression.SeriesComparison;
import io.github.datadogsnapshot.client.regression.SeriesStats;
import io.github.datadogsnapshot.client.regression.Statistic;
import io.github.datadogsnapshot.client.regression.Verdict;
import java.util.ArrayList;
import java.util.List;

/**
 * One series of a graph in the page's series table: this build's statistics, the baseline's value of the watched
 * statistic, the change and the verdict, all as text. A series of the baseline that this build lacks has no
 * statistics of its own and says so.
 */
public final class SeriesRow {

    private final SeriesStats stats;
    private final SeriesComparison comparison;
    private final String unit;

    /**
     * @param stats      this build's statistics of the series, null for a series gone since the baseline
     * @param comparison its comparison, null when there is none (no thresholds and no baseline were checked)
     */
    SeriesRow(@CheckForNull SeriesStats stats, @CheckForNull SeriesComparison comparison) {
        if (stats == null && comparison == null) {
            throw new IllegalArgumentException("a series row needs statistics or a comparison");
        }
        this.stats = stats;
        this.comparison = comparison;
        this.unit = stats != null ? stats.unit() : comparison.unit();
    }

    /** The scope, e.g. {@code host:a}; the query for a series of the whole query ({@code *}). */
    public String getName() {
        String scope = stats != null ? stats.scope() : comparison.scope();
        return "*".equals(scope) ? getQuery() : scope;
    }

    /**
     * {@link #getName()} cut after each {@code , { } ( ) : .}, so a page can let a long query wrap at those points
     * (and nowhere inside a word).
     */
    public List<String> getNameParts() {
        return Text.breakableParts(getName());
    }

    public String getQuery() {
        return stats != null ? stats.query() : comparison.query();
    }

    /** How many points had data, or {@link Figures#NONE} for a series gone. */
    public String getPoints() {
        return stats == null ? Figures.NONE : Integer.toString(stats.points());
    }

    public String getMin() {
        return value(Statistic.MIN);
    }

    public String getAvg() {
        return value(Statistic.AVG);
    }

    public String getP50() {
        return value(Statistic.P50);
    }

    public String getP95() {
        return value(Statistic.P95);
    }

    public String getMax() {
        return value(Statistic.MAX);
    }

    public String getLast() {
        return value(Statistic.LAST);
    }

    private String value(Statistic statistic) {
        if (stats == null || stats.get(statistic).isEmpty()) {
            return Figures.NONE;
        }
        return Figures.value(stats.get(statistic).getAsDouble(), unit);
    }

    /** The baseline's value of the watched statistic. */
    public String getBaseline() {
        return comparison == null ? Figures.NONE : Figures.value(comparison.baseline(), unit);
    }

    /** The change of the watched statistic in percent of the baseline, e.g. {@code +16.7%}. */
    public String getChange() {
        return comparison == null ? Figures.NONE : Figures.change(comparison);
    }

    public boolean isRegression() {
        return comparison != null && comparison.verdict() == Verdict.REGRESSION;
    }

    /** The verdict in words: {@code regression}, {@code ok}, {@code new series}, {@code gone} ... */
    public String getVerdict() {
        if (comparison == null) {
            return "not compared";
        }
        return switch (comparison.verdict()) {
            case REGRESSION -> "regression";
            case OK -> "ok";
            case NOT_COMPARABLE -> "not comparable";
            case NO_NUMBERS -> "no numbers";
            case SERIES_GONE -> "gone since the baseline";
            case NO_BASELINE ->
                comparison.reason() != null && comparison.reason().startsWith("new in this build")
                        ? "new series"
                        : "no baseline";
        };
    }

    /** The limits crossed, then why the verdict is what it is; null when there is nothing to say. */
    @CheckForNull
    public String getNote() {
        if (comparison == null) {
            return null;
        }
        List<String> notes = new ArrayList<>();
        comparison.breaches().stream().map(Breach::message).forEach(notes::add);
        if (comparison.reason() != null) {
            notes.add(comparison.reason());
        }
        return notes.isEmpty() ? null : String.join("; ", notes);
    }

    @CheckForNull
    SeriesComparison comparison() {
        return comparison;
    }
}

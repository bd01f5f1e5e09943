package io.jenkins.plugins.datadogsnapshot;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.github.datadogsnapshot.client.regression.Statistic;
import io.github.datadogsnapshot.client.report.SeriesReport;
import java.util.List;

/**
 * One series of a graph in the page's series table, laid out from the core's {@link SeriesReport}: this build's
 * statistics, the baseline's value of the watched statistic, the change and the verdict, all as text. A series of
 * the baseline that this build lacks has no statistics of its own and says so.
 */
public final class SeriesRow {

    private final SeriesReport series;

    SeriesRow(SeriesReport series) {
        this.series = series;
    }

    /** The series' name: its scope, e.g. {@code host:a}; the query for a series of the whole query ({@code *}). */
    public String getName() {
        return series.label();
    }

    /**
     * {@link #getName()} cut after each {@code , { } ( ) : .}, so a page can let a long query wrap at those points
     * (and nowhere inside a word).
     */
    public List<String> getNameParts() {
        return Text.breakableParts(getName());
    }

    public String getQuery() {
        return series.query();
    }

    /** How many points had data, or {@link io.github.datadogsnapshot.client.regression.Figures#NONE} for a series gone. */
    public String getPoints() {
        return series.points();
    }

    public String getMin() {
        return series.value(Statistic.MIN);
    }

    public String getAvg() {
        return series.value(Statistic.AVG);
    }

    public String getP50() {
        return series.value(Statistic.P50);
    }

    public String getP95() {
        return series.value(Statistic.P95);
    }

    public String getMax() {
        return series.value(Statistic.MAX);
    }

    public String getLast() {
        return series.value(Statistic.LAST);
    }

    /** The baseline's value of the watched statistic. */
    public String getBaseline() {
        return series.baseline();
    }

    /** The change of the watched statistic in percent of the baseline, e.g. {@code +16.7%}. */
    public String getChange() {
        return series.change();
    }

    public boolean isRegression() {
        return series.isRegression();
    }

    /** Whether the baseline had numbers for the graph but not this series. */
    public boolean isNew() {
        return series.isNew();
    }

    /** Whether the series is in the baseline only. */
    public boolean isGone() {
        return series.isGone();
    }

    /** The verdict in words: {@code Regression}, {@code OK}, {@code New series}, {@code Series gone} ... */
    public String getVerdict() {
        return series.verdictText();
    }

    /** The limits crossed, then why the verdict is what it is; null when there is nothing to say. */
    @CheckForNull
    public String getNote() {
        return series.note();
    }
}

package io.jenkins.plugins.datadogsnapshot;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.github.datadogsnapshot.client.report.GraphReport;
import io.github.datadogsnapshot.client.report.OverviewRow;
import java.util.List;

/**
 * A graph's numbers as the pages show them, laid out from the core's report model ({@link GraphReport}): one row of
 * the overview table (the status, the headline series, the watched statistic, this build's value, the baseline's and
 * the change) and the series table. Every word, number and status comes from the model, read from the comparison
 * the capture recorded, so a page shows what the build was judged by even after thresholds or the baseline build
 * changed.
 */
public final class NumbersView {

    private final GraphReport report;
    private final OverviewRow row;
    private final List<SeriesRow> series;

    /** @param report the graph's numbers as the core's report model says them */
    NumbersView(GraphReport report) {
        this.report = report;
        this.row = report.row();
        this.series = report.series().stream().map(SeriesRow::new).toList();
    }

    /** Whether the graph's numbers were asked for (they may still have come back empty). */
    public boolean isFetched() {
        return report.isFetched();
    }

    public boolean isRegression() {
        return row.regression();
    }

    /** The status in words, e.g. {@code Regression}, {@code New graph}, {@code OK (1 series gone)}. */
    public String getStatus() {
        return row.status();
    }

    /** The style class suffix: {@code regression}, {@code ok} or {@code note}. */
    public String getStatusKind() {
        return row.statusKind();
    }

    /** The series whose values the overview shows, e.g. {@code host:a}. */
    public String getHeadline() {
        return row.headline();
    }

    /** The statistic watched: the first threshold's, else p95. */
    public String getStatistic() {
        return row.statistic();
    }

    /** The thresholds as configured, {@code ;}-separated; null without any. */
    @CheckForNull
    public String getThresholds() {
        return report.thresholds();
    }

    /** This build's value of the watched statistic, of the headline series. */
    public String getCurrent() {
        return row.current();
    }

    /** The baseline's value of it. */
    public String getBaseline() {
        return row.baseline();
    }

    /** The change in percent of the baseline, e.g. {@code +16.7%}, or the bounds crossed. */
    public String getChange() {
        return row.change();
    }

    /**
     * What follows the status on the snapshots page, with its leading space: {@code  (baseline: build #41)}; empty
     * without a baseline.
     */
    public String getBaselineNote() {
        return report.baselineLabel() == null ? "" : " (baseline: " + report.baselineLabel() + ")";
    }

    /** What the numbers were compared with, e.g. {@code build #41}; null without a baseline. */
    @CheckForNull
    public String getBaselineLabel() {
        return report.baselineLabel();
    }

    public List<SeriesRow> getSeries() {
        return series;
    }

    public int getSeriesCount() {
        return series.size();
    }

    public int getNoteCount() {
        return getNotes().size();
    }

    /**
     * What the numbers could not do: parts of the graph with no plain query (said plainly, never guessed), a query
     * call that failed, a graph whose query answered no series.
     */
    public List<String> getNotes() {
        return report.notes();
    }
}

package io.jenkins.plugins.datadogsnapshot;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.github.datadogsnapshot.client.graph.GraphQuery;
import io.github.datadogsnapshot.client.manifest.Manifest;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.client.regression.Comparison;
import io.github.datadogsnapshot.client.regression.Figures;
import io.github.datadogsnapshot.client.regression.SeriesComparison;
import io.github.datadogsnapshot.client.regression.SeriesStats;
import io.github.datadogsnapshot.client.regression.Statistic;
import io.github.datadogsnapshot.client.regression.Threshold;
import io.github.datadogsnapshot.client.regression.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A graph's numbers as the pages show them: one row of the overview table (the status, the watched statistic, this
 * build's value, the baseline's and the change, of the series that decided the status) and the series table. Read
 * from the comparison the capture recorded, so a page shows what the build was judged by even after thresholds or
 * the baseline build changed. Missing data has its own status (no baseline, new graph, series gone, no numbers) and
 * is never a regression.
 */
public final class NumbersView {

    /** How a graph came out, in words and as the suffix of its style class ({@code dd-snapshot-status-...}). */
    enum Status {
        REGRESSION("regression", "Regression"),
        NOT_COMPARABLE("note", "Not comparable"),
        OK("ok", "OK"),
        NO_NUMBERS("note", "No numbers"),
        NO_BASELINE("note", "No baseline"),
        NEW_GRAPH("note", "New graph"),
        SERIES_GONE("note", "Series gone"),
        NOT_FETCHED("note", "Numbers not fetched");

        private final String kind;
        private final String text;

        Status(String kind, String text) {
            this.kind = kind;
            this.text = text;
        }
    }

    private final ManifestEntry entry;
    private final Comparison comparison;
    private final Status status;
    private final SeriesComparison decisive;
    private final List<SeriesRow> series;

    /**
     * @param entry    the graph in this build's manifest
     * @param baseline the manifest of the build its comparison names ({@link ManifestEntry#baseline()}), when it is
     *                 still stored; tells a graph new in this build from a baseline without numbers
     */
    NumbersView(ManifestEntry entry, @CheckForNull Manifest baseline) {
        this.entry = Objects.requireNonNull(entry, "entry");
        this.comparison = entry.comparison();
        this.series = rows(entry);
        this.decisive = comparison == null ? null : decisive(comparison.series());
        this.status = status(entry, comparison, baseline);
    }

    private static Status status(
            ManifestEntry entry, @CheckForNull Comparison comparison, @CheckForNull Manifest baseline) {
        if (comparison == null) {
            return entry.series() == null ? Status.NOT_FETCHED : Status.NO_NUMBERS;
        }
        return switch (comparison.verdict()) {
            case REGRESSION -> Status.REGRESSION;
            case NOT_COMPARABLE -> Status.NOT_COMPARABLE;
            case OK -> Status.OK;
            case NO_NUMBERS -> Status.NO_NUMBERS;
            case SERIES_GONE -> Status.SERIES_GONE;
            case NO_BASELINE ->
                entry.baseline() != null
                                && baseline != null
                                && baseline.entry(entry.name()).isEmpty()
                        ? Status.NEW_GRAPH
                        : Status.NO_BASELINE;
        };
    }

    /** This build's series in their order, each with its comparison, then the series gone since the baseline. */
    private static List<SeriesRow> rows(ManifestEntry entry) {
        List<SeriesRow> rows = new ArrayList<>();
        List<SeriesComparison> compared =
                entry.comparison() == null ? List.of() : entry.comparison().series();
        if (entry.series() != null) {
            for (SeriesStats stats : entry.series()) {
                SeriesComparison match = compared.stream()
                        .filter(c -> c.verdict() != Verdict.SERIES_GONE
                                && stats.query().equals(c.query())
                                && stats.scope().equals(c.scope()))
                        .findFirst()
                        .orElse(null);
                rows.add(new SeriesRow(stats, match));
            }
        }
        compared.stream()
                .filter(c -> c.verdict() == Verdict.SERIES_GONE)
                .forEach(c -> rows.add(new SeriesRow(null, c)));
        return List.copyOf(rows);
    }

    /**
     * The series the overview shows: a regressed one (the largest change first), else one not comparable, else the
     * one that changed most, else the first.
     */
    @CheckForNull
    private static SeriesComparison decisive(List<SeriesComparison> all) {
        for (Verdict verdict : List.of(
                Verdict.REGRESSION,
                Verdict.NOT_COMPARABLE,
                Verdict.OK,
                Verdict.NO_BASELINE,
                Verdict.NO_NUMBERS,
                Verdict.SERIES_GONE)) {
            List<SeriesComparison> these =
                    all.stream().filter(s -> s.verdict() == verdict).toList();
            if (!these.isEmpty()) {
                return these.stream()
                        .max(Comparator.comparingDouble(
                                s -> s.changePercent() == null ? -1 : Math.abs(s.changePercent())))
                        .orElseThrow();
            }
        }
        return null;
    }

    /** Whether the graph's numbers were fetched (they may still have come back empty). */
    public boolean isFetched() {
        return entry.series() != null;
    }

    public boolean isRegression() {
        return status == Status.REGRESSION;
    }

    /** The status in words, e.g. {@code Regression}, {@code New graph}, {@code OK (1 series gone)}. */
    public String getStatus() {
        long gone = series.stream()
                .map(SeriesRow::comparison)
                .filter(c -> c != null && c.verdict() == Verdict.SERIES_GONE)
                .count();
        return gone == 0 || status == Status.SERIES_GONE ? status.text : status.text + " (" + gone + " series gone)";
    }

    /** The style class suffix: {@code regression}, {@code ok} or {@code note}. */
    public String getStatusKind() {
        return status.kind;
    }

    Status status() {
        return status;
    }

    /** The statistic watched: the first threshold's, else p95. */
    public String getStatistic() {
        if (comparison != null) {
            return comparison.watched().label();
        }
        List<Threshold> thresholds = entry.thresholdList();
        return (thresholds.isEmpty() ? Statistic.P95 : thresholds.get(0).statistic()).label();
    }

    /** The thresholds as configured, {@code ;}-separated; null without any. */
    @CheckForNull
    public String getThresholds() {
        List<Threshold> thresholds = entry.thresholdList();
        return thresholds.isEmpty()
                ? null
                : thresholds.stream().map(Threshold::toString).collect(Collectors.joining("; "));
    }

    /** This build's value of the watched statistic, of the series that decided the status. */
    public String getCurrent() {
        return decisive == null ? Figures.NONE : Figures.value(decisive.current(), decisive.unit());
    }

    /** The baseline's value of it. */
    public String getBaseline() {
        return decisive == null ? Figures.NONE : Figures.value(decisive.baseline(), decisive.unit());
    }

    /** The change in percent of the baseline, e.g. {@code +16.7%}. */
    public String getChange() {
        return decisive == null ? Figures.NONE : Figures.change(decisive);
    }

    /** Which series the overview's values are of, when the graph has several: {@code host:a, 1 of 3 series}. */
    @CheckForNull
    public String getSeriesNote() {
        if (decisive == null || series.size() < 2 || decisive.scope() == null) {
            return null;
        }
        String name = "*".equals(decisive.scope()) ? decisive.query() : decisive.scope();
        return name + ", 1 of " + series.size() + " series";
    }

    /**
     * What follows the status on the snapshots page, with its leading space: {@code  (baseline: build #41)}; empty
     * without a baseline.
     */
    public String getBaselineNote() {
        return entry.baseline() == null ? "" : " (baseline: " + entry.baseline() + ")";
    }

    /** What the numbers were compared with, e.g. {@code build #41}; null without a baseline. */
    @CheckForNull
    public String getBaselineLabel() {
        return entry.baseline();
    }

    /** Every limit crossed, with both values. */
    public List<String> getBreaches() {
        return comparison == null
                ? List.of()
                : comparison.breaches().stream().map(b -> b.message()).toList();
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
        List<String> notes = new ArrayList<>();
        if (entry.queries() != null) {
            entry.queries().stream()
                    .filter(q -> !q.isPlain())
                    .map(GraphQuery::describe)
                    .forEach(notes::add);
        }
        if (entry.numbersError() != null) {
            notes.add("the numbers are incomplete: " + entry.numbersError());
        }
        if (entry.series() != null && entry.series().isEmpty() && entry.numbersError() == null) {
            notes.add("the graph's queries answered no series for this window");
        }
        return notes;
    }
}

package io.github.datadogsnapshot.client.report;

import io.github.datadogsnapshot.client.graph.GraphQuery;
import io.github.datadogsnapshot.client.manifest.Manifest;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.client.regression.Breach;
import io.github.datadogsnapshot.client.regression.Comparison;
import io.github.datadogsnapshot.client.regression.Figures;
import io.github.datadogsnapshot.client.regression.SeriesComparison;
import io.github.datadogsnapshot.client.regression.SeriesStats;
import io.github.datadogsnapshot.client.regression.Statistic;
import io.github.datadogsnapshot.client.regression.Threshold;
import io.github.datadogsnapshot.client.regression.Verdict;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One graph's numbers as pages and logs show them, read from the comparison its capture recorded (so a page shows
 * what the build was judged by): the status, the headline series, the series rows and the notes.
 *
 * <p><b>Status</b>: the graph's {@link Comparison#verdict()}, the one rule for it; a {@link Verdict#NO_BASELINE} of
 * a graph the baseline capture lacks reads {@link ReportStatus#NEW_GRAPH}; a graph without comparison reads
 * {@link ReportStatus#NO_NUMBERS}, or {@link ReportStatus#NOT_FETCHED} when its numbers were not asked for.
 *
 * <p><b>Headline series</b>, the one whose values the overview shows: among the series whose verdict is the graph's
 * verdict (so a regression's headline is a series that crossed a threshold), the one whose watched statistic changed
 * most in either direction (the largest absolute change); series without a change to state come after those with
 * one; of equals, the first in the comparison's order (this build's series in their order, then those gone).
 */
public final class GraphReport {

    private final ManifestEntry entry;
    private final Statistic watched;
    private final ReportStatus status;
    private final boolean newGraph;
    private final SeriesComparison headline;
    private final boolean severalQueries;
    private final List<SeriesReport> series;

    private GraphReport(ManifestEntry entry, Manifest baseline) {
        this.entry = Objects.requireNonNull(entry, "entry");
        this.watched = watched(entry);
        Comparison comparison = entry.comparison();
        boolean compared = comparison != null && !comparison.series().isEmpty();
        this.newGraph = compared && baseline != null && baseline.entry(entry.name()).isEmpty();
        this.headline = compared ? headline(comparison) : null;
        this.status = !compared ? (isFetched() ? ReportStatus.NO_NUMBERS : ReportStatus.NOT_FETCHED)
                : newGraph && comparison.verdict() == Verdict.NO_BASELINE ? ReportStatus.NEW_GRAPH
                : ReportStatus.of(comparison.verdict());
        List<SeriesComparison> all = compared ? comparison.series() : List.of();
        List<SeriesStats> stats = entry.series() == null ? List.of() : entry.series();
        this.severalQueries = Stream.concat(stats.stream().map(SeriesStats::query),
                all.stream().map(SeriesComparison::query)).filter(Objects::nonNull).distinct().count() > 1;
        this.series = SeriesReport.rows(stats, all, SeriesReport.baselineKeys(entry.name(), baseline),
                severalQueries);
    }

    /**
     * The report of one graph.
     *
     * @param baseline the baseline capture its comparison was made with, when known (tells a graph and a series new
     *                 in this build from a baseline without numbers); may be null
     */
    public static GraphReport of(ManifestEntry entry, Manifest baseline) {
        return new GraphReport(entry, baseline);
    }

    /**
     * The statistic a graph watches, the one every page, log and trend shows: its comparison's, else the first
     * threshold's, else p95 ({@link Comparison#watched(List)}).
     */
    public static Statistic watched(ManifestEntry entry) {
        return entry.comparison() != null ? entry.comparison().watched() : Comparison.watched(entry.thresholdList());
    }

    private static SeriesComparison headline(Comparison comparison) {
        Verdict verdict = comparison.verdict();
        List<SeriesComparison> candidates = comparison.series().stream().filter(s -> s.verdict() == verdict).toList();
        return candidates.stream().filter(s -> s.changePercent() != null)
                .max(Comparator.comparingDouble(s -> Math.abs(s.changePercent())))
                .orElse(candidates.get(0));
    }

    public String title() {
        return entry.displayTitle();
    }

    /** Whether the graph's numbers were asked for (they may still have come back empty). */
    public boolean isFetched() {
        return entry.series() != null || entry.queries() != null;
    }

    public ReportStatus status() {
        return status;
    }

    public String name() {
        return entry.name();
    }
    public boolean isRegression() {
        return status == ReportStatus.REGRESSION;
    }

    /**
     * The status in words with what else is missing: {@code Regression}, {@code New graph},
     * {@code OK (new graph, 1 series gone)}.
     */
    public String statusText() {
        List<String> also = new ArrayList<>();
        if (newGraph && status != ReportStatus.NEW_GRAPH) {
            also.add("new graph");
        }
        long gone = goneCount();
        if (gone > 0 && status != ReportStatus.SERIES_GONE) {
            also.add(gone + " series gone");
        }
        return also.isEmpty() ? status.text() : status.text() + " (" + String.join(", ", also) + ")";
    }

    /** Whether the baseline capture lacks this graph. */
    public boolean isNewGraph() {
        return newGraph;
    }

    /** How many series are in the baseline only. */
    public long goneCount() {
        return series.stream().filter(SeriesReport::isGone).count();
    }

    /** How many series are new in this build. */
    public long newCount() {
        return series.stream().filter(SeriesReport::isNew).count();
    }

    public Statistic watched() {
        return watched;
    }

    /** The graph's row of the overview. */
    public OverviewRow row() {
        String unit = headline == null ? null : headline.unit();
        return new OverviewRow(entry.name(), title(), statusText(), status.kind(), isRegression(),
                headline == null ? Figures.NONE : SeriesReport.label(headline.query(), headline.scope(),
                        severalQueries),
                watched.label(),
                headline == null ? Figures.NONE : Figures.value(headline.current(), unit),
                headline == null ? Figures.NONE : Figures.value(headline.baseline(), unit),
                headline == null ? Figures.NONE : Figures.change(headline));
    }

    /** Why the headline series has the graph's verdict, when it is neither OK nor a regression; null otherwise. */
    public String headlineReason() {
        return headline == null || status == ReportStatus.OK || status == ReportStatus.REGRESSION ? null
                : headline.reason();
    }

    /** This build's series, then those gone. */
    public List<SeriesReport> series() {
        return series;
    }

    /** The graph's thresholds as the manifest writes them, {@code ;}-separated; null for none. */
    public String thresholds() {
        List<Threshold> thresholds = entry.thresholdList();
        return thresholds.isEmpty() ? null
                : thresholds.stream().map(Threshold::toString).collect(Collectors.joining("; "));
    }

    /** What the numbers were compared with, e.g. {@code build #41}; null without a baseline. */
    public String baselineLabel() {
        return entry.baseline();
    }

    /** Every limit crossed, with both values, as the log's threshold messages say it. */
    public List<String> breaches() {
        return entry.comparison() == null ? List.of()
                : entry.comparison().breaches().stream().map(Breach::message).toList();
    }

    /**
     * Why series are not plain OK or regressions, each reason once with the series it applies to:
     * {@code host:a, host:b: the baseline's series has no points with data}.
     */
    public List<String> reasons() {
        Map<String, List<String>> reasons = new LinkedHashMap<>();
        List<SeriesComparison> all = entry.comparison() == null ? List.of() : entry.comparison().series();
        for (SeriesComparison s : all) {
            if (s.reason() != null) {
                reasons.computeIfAbsent(s.reason(), r -> new ArrayList<>())
                        .add(SeriesReport.label(s.query(), s.scope(), severalQueries));
            }
        }
        List<String> texts = new ArrayList<>();
        reasons.forEach((reason, labels) -> texts.add(labels.stream().allMatch(Figures.NONE::equals) ? reason
                : String.join(", ", labels) + ": " + reason));
        return texts;
    }

    /**
     * What the numbers could not do: parts of the graph without a plain query (said plainly, never guessed), a
     * query call that failed, queries that answered no series.
     */
    public List<String> notes() {
        List<String> notes = new ArrayList<>();
        if (entry.queries() != null) {
            entry.queries().stream().filter(q -> !q.isPlain()).map(GraphQuery::describe).forEach(notes::add);
        }
        if (entry.numbersError() != null) {
            notes.add("the numbers are incomplete: " + entry.numbersError());
        } else if (entry.series() != null && entry.series().isEmpty()) {
            notes.add("the graph's queries answered no series for this window");
        }
        return notes;
    }

    /** Whether the graph's picture was stored. */
    public boolean isCaptured() {
        return entry.isCaptured();
    }

    Comparison comparison() {
        return entry.comparison();
    }
}

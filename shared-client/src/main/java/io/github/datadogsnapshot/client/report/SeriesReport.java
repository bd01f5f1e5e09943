package io.github.datadogsnapshot.client.report;

import io.github.datadogsnapshot.client.manifest.Manifest;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.client.regression.Breach;
import io.github.datadogsnapshot.client.regression.Figures;
import io.github.datadogsnapshot.client.regression.SeriesComparison;
import io.github.datadogsnapshot.client.regression.SeriesStats;
import io.github.datadogsnapshot.client.regression.Statistic;
import io.github.datadogsnapshot.client.regression.Verdict;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * One series of a graph in the series table, every cell as text: this build's statistics, the baseline's value of
 * the watched statistic, the change and the verdict. A series of the baseline that this build lacks has no
 * statistics ({@link Figures#NONE}) and {@link #isGone()}; one the baseline lacks {@link #isNew()}.
 *
 * @param label      the series' name ({@link #label(String, String, boolean)})
 * @param query      the query it answers
 * @param verdict    how it came out; {@code null} when it was not compared (no thresholds and no baseline)
 * @param verdictText the verdict in words: {@code Regression}, {@code New series}, {@code Series gone} ...
 * @param isNew      whether the baseline had numbers for the graph but not this series
 * @param isGone     whether it is in the baseline only
 * @param points     how many points had data
 * @param values     this build's value of each statistic, in {@link Statistic} order
 * @param baseline   the baseline's value of the watched statistic
 * @param change     the change column ({@link Figures#change})
 * @param note       the limits crossed, then why the verdict is what it is; {@code null} when nothing is to say
 */
public record SeriesReport(String label, String query, Verdict verdict, String verdictText, boolean isNew,
                           boolean isGone, String points, List<String> values, String baseline, String change,
                           String note) {

    /** Copies the values. */
    public SeriesReport {
        values = List.copyOf(values);
    }

    /**
     * The row of a series.
     *
     * @param stats          this build's statistics, null for a series gone
     * @param comparison     its comparison, null when it was not compared
     * @param isNew          whether the baseline had numbers for the graph but not this series
     * @param severalQueries whether the graph's series answer more than one query
     */
    static SeriesReport of(SeriesStats stats, SeriesComparison comparison, boolean isNew, boolean severalQueries) {
        String query = stats != null ? stats.query() : comparison.query();
        String scope = stats != null ? stats.scope() : comparison.scope();
        String unit = stats != null ? stats.unit() : comparison.unit();
        List<String> values = Arrays.stream(Statistic.values()).map(s -> stats == null || stats.get(s).isEmpty()
                ? Figures.NONE : Figures.value(stats.get(s).getAsDouble(), unit)).toList();
        Verdict verdict = comparison == null ? null : comparison.verdict();
        return new SeriesReport(label(query, scope, severalQueries), query, verdict, verdictText(verdict, isNew),
                isNew, verdict == Verdict.SERIES_GONE,
                stats == null ? Figures.NONE : Integer.toString(stats.points()), values,
                comparison == null ? Figures.NONE : Figures.value(comparison.baseline(), unit),
                comparison == null ? Figures.NONE : Figures.change(comparison), note(comparison));
    }

    /** This build's series in their order, each with its comparison (matched by key), then the series gone. */
    static List<SeriesReport> rows(List<SeriesStats> stats, List<SeriesComparison> all, Set<String> baseKeys,
                                   boolean severalQueries) {
        Map<String, SeriesComparison> byKey = new LinkedHashMap<>();
        all.stream().filter(c -> c.key() != null && c.verdict() != Verdict.SERIES_GONE)
                .forEach(c -> byKey.putIfAbsent(c.key(), c));
        List<SeriesReport> rows = new ArrayList<>();
        for (SeriesStats s : stats) {
            SeriesComparison c = byKey.get(s.key());
            boolean isNew = baseKeys != null && c != null && !baseKeys.contains(s.key());
            rows.add(of(s, c, isNew, severalQueries));
        }
        all.stream().filter(c -> c.verdict() == Verdict.SERIES_GONE)
                .forEach(c -> rows.add(of(null, c, false, severalQueries)));
        return List.copyOf(rows);
    }

    /** The keys of the baseline's series of this graph; null when the baseline has no numbers for it. */
    static Set<String> baselineKeys(String graph, Manifest baseline) {
        List<SeriesStats> base = baseline == null ? null
                : baseline.entry(graph).map(ManifestEntry::series).orElse(null);
        return base == null ? null : base.stream().map(SeriesStats::key).collect(Collectors.toSet());
    }

    /**
     * The one way a series is named on pages, in logs and in trends: its scope ({@code host:a}); the query for a
     * series of the whole query (scope {@code *}); when the graph has several queries, the query with the scope in
     * brackets ({@code avg:a{*} (host:a)}), or the query alone when its filter is the scope ({@code avg:a{env:ci}}).
     * {@link Figures#NONE} for no series.
     */
    public static String label(String query, String scope, boolean severalQueries) {
        if (query == null || scope == null) {
            return Figures.NONE;
        }
        if ("*".equals(scope) || (severalQueries && query.contains("{" + scope + "}"))) {
            return query;
        }
        return severalQueries ? query + " (" + scope + ")" : scope;
    }

    private static String verdictText(Verdict verdict, boolean isNew) {
        if (verdict == null) {
            return "Not compared";
        }
        return verdict == Verdict.NO_BASELINE && isNew ? "New series" : ReportStatus.of(verdict).text();
    }

    private static String note(SeriesComparison comparison) {
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

    /** This build's value of one statistic. */
    public String value(Statistic statistic) {
        return values.get(statistic.ordinal());
    }

    /** Whether the series crossed a threshold. */
    public boolean isRegression() {
        return verdict == Verdict.REGRESSION;
    }
}

package io.github.datadogsnapshot.maven;

import io.github.datadogsnapshot.client.manifest.Manifest;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.client.regression.Comparison;
import io.github.datadogsnapshot.client.regression.SeriesComparison;
import io.github.datadogsnapshot.client.regression.Verdict;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * What one graph's numbers came to, for an overview row or a log line: the graph's verdict and the series that
 * stands for it (the one that regressed most, else the one that changed most among those of the graph's verdict).
 *
 * @param verdict  the graph's verdict
 * @param newGraph whether the baseline was there but had no graph of this name (bounds may still have been checked)
 * @param headline the series shown for the graph
 * @param series   how many series the comparison has (this build's and those gone)
 * @param gone     how many of them are in the baseline only
 */
record GraphVerdict(Verdict verdict, boolean newGraph, SeriesComparison headline, int series, int gone) {

    /**
     * The verdict of a graph compared with its baseline; empty when it has no comparison (numbers not asked for, or
     * a manifest of schema 1).
     *
     * @param baseline the baseline capture when known, to tell a graph new in this build; may be null
     */
    static Optional<GraphVerdict> of(ManifestEntry entry, Manifest baseline) {
        Comparison comparison = entry.comparison();
        if (comparison == null || comparison.series().isEmpty()) {
            return Optional.empty();
        }
        Verdict verdict = comparison.verdict();
        List<SeriesComparison> candidates = comparison.series().stream().filter(s -> s.verdict() == verdict).toList();
        Comparator<SeriesComparison> byChange = Comparator.comparingDouble(s -> s.changePercent() == null
                ? Double.NEGATIVE_INFINITY
                : verdict == Verdict.REGRESSION ? s.changePercent() : Math.abs(s.changePercent()));
        SeriesComparison headline = candidates.stream().filter(s -> s.changePercent() != null).max(byChange)
                .orElse(candidates.get(0));
        boolean newGraph = baseline != null && baseline.entry(entry.name()).isEmpty();
        int gone = (int) comparison.series().stream().filter(s -> s.verdict() == Verdict.SERIES_GONE).count();
        return Optional.of(new GraphVerdict(verdict, newGraph, headline, comparison.series().size(), gone));
    }

    /**
     * The verdict in a word or two, with what else is missing: {@code regression}, {@code ok}, {@code new graph},
     * {@code new graph, ok}, {@code ok, 1 series gone} ...
     */
    String status() {
        if (newGraph && verdict == Verdict.NO_BASELINE) {
            return "new graph";
        }
        String word = switch (verdict) {
            case REGRESSION -> "regression";
            case NOT_COMPARABLE -> "not comparable";
            case NO_NUMBERS -> "no numbers";
            case SERIES_GONE -> "series gone";
            case NO_BASELINE -> "no baseline";
            case OK -> "ok";
        };
        return (newGraph ? "new graph, " : "") + word
                + (gone > 0 && verdict != Verdict.SERIES_GONE ? ", " + gone + " series gone" : "");
    }

    /**
     * The series' scope; or, when the graph has several queries, its query, with the scope unless the query names it
     * already; empty for none.
     */
    static String seriesName(SeriesComparison series, boolean withQuery) {
        if (series.scope() == null) {
            return "";
        }
        if (!withQuery) {
            return series.scope();
        }
        return scopeInQuery(series.query(), series.scope()) ? series.query()
                : series.query() + " (" + series.scope() + ")";
    }

    /** Whether the query's filter is exactly the scope: {@code avg:a{env:ci}} and {@code env:ci}. */
    static boolean scopeInQuery(String query, String scope) {
        return query.contains("{" + scope + "}");
    }
}

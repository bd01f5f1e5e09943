package io.github.datadogsnapshot.maven;

import static io.github.datadogsnapshot.maven.ReportTexts.attributes;

import io.github.datadogsnapshot.client.graph.GraphQuery;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.client.regression.Comparison;
import io.github.datadogsnapshot.client.regression.Figures;
import io.github.datadogsnapshot.client.regression.SeriesComparison;
import io.github.datadogsnapshot.client.regression.SeriesStats;
import io.github.datadogsnapshot.client.regression.Statistic;
import io.github.datadogsnapshot.client.regression.Threshold;
import io.github.datadogsnapshot.client.regression.Verdict;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.SinkEventAttributes;
import org.apache.maven.doxia.sink.impl.SinkEventAttributeSet;

/**
 * The numbers on the report page: the overview table (one row per graph: status, watched statistic, this build,
 * baseline, change, a regression marked in words), and per graph the series table (points, min, avg, p50, p95, max,
 * last, baseline and change of the watched statistic) with the notes that explain what is missing. Texts come from
 * the {@code report} resource bundle; Doxia escapes every text.
 */
final class NumbersSection {

    /** Regressions are red and say so in words; colour only helps. */
    private static final String REGRESSION_STYLE = "color:#a94442";
    private static final String OK_STYLE = "color:#3c763d";
    private static final String QUIET_STYLE = "color:#666";
    private static final String NUMBER_CELL = "text-align:right;white-space:nowrap";
    static final String TITLE_CELL = "overflow-wrap:anywhere;word-break:break-word;max-width:40em";

    private final Sink sink;
    private final ResourceBundle bundle;
    private final ReportData data;

    NumbersSection(Sink sink, ResourceBundle bundle, ReportData data) {
        this.sink = sink;
        this.bundle = bundle;
        this.data = data;
    }

    /** A sentence on the regressions, then one row per graph. */
    void renderOverview() {
        List<ManifestEntry> regressed = data.graphs().stream()
                .filter(e -> e.comparison() != null && e.comparison().isRegression()).toList();
        sink.paragraph();
        if (regressed.isEmpty()) {
            sink.text(msg("overview.noRegression"));
        } else {
            styled(REGRESSION_STYLE, msg("overview.regressions", regressed.size(),
                    regressed.stream().map(ManifestEntry::displayTitle).collect(Collectors.joining(", "))));
        }
        Set<String> labels = data.graphs().stream().map(ManifestEntry::baseline).filter(l -> l != null)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        if (!labels.isEmpty()) {
            sink.text(" " + msg("overview.comparedWith", String.join("; ", labels)));
        }
        sink.paragraph_();
        sink.table(attributes(SinkEventAttributes.CLASS, "bodyTable", SinkEventAttributes.STYLE, "width:100%"));
        sink.tableRows();
        sink.tableRow();
        for (String key : List.of("overview.graph", "overview.status", "overview.statistic", "overview.current",
                "overview.baseline", "overview.change")) {
            header(msg(key));
        }
        sink.tableRow_();
        for (ManifestEntry entry : data.graphs()) {
            overviewRow(entry);
        }
        sink.tableRows_();
        sink.table_();
    }

    private void overviewRow(ManifestEntry entry) {
        Optional<GraphVerdict> verdict = GraphVerdict.of(entry, data.baseline());
        sink.tableRow();
        // A long title without spaces wraps anywhere rather than push the status and the numbers off the page.
        sink.tableCell(attributes(SinkEventAttributes.STYLE, TITLE_CELL));
        sink.link("#graph-" + entry.name());
        sink.text(entry.displayTitle());
        sink.link_();
        sink.tableCell_();
        sink.tableCell();
        if (verdict.isPresent()) {
            status(verdict.get());
        } else {
            styled(QUIET_STYLE, msg(entry.series() == null ? "status.noNumbersRecorded" : "status.noNumbers"));
        }
        if (!entry.isCaptured()) {
            sink.text(" " + msg("status.notCaptured"));
        }
        sink.tableCell_();
        if (verdict.isEmpty()) {
            sink.tableCell();
            sink.text(Figures.NONE);
            sink.tableCell_();
            for (int i = 0; i < 3; i++) {
                numberCell(Figures.NONE);
            }
            sink.tableRow_();
            return;
        }
        SeriesComparison s = verdict.get().headline();
        sink.tableCell();
        sink.text(s.watched().label());
        if (verdict.get().series() > 1 && s.scope() != null) {
            styled(QUIET_STYLE, " " + msg("overview.ofSeries", GraphVerdict.seriesName(s, queries(entry) > 1),
                    verdict.get().series()));
        }
        sink.tableCell_();
        numberCell(Figures.value(s.current(), s.unit()));
        numberCell(Figures.value(s.baseline(), s.unit()));
        sink.tableCell(attributes(SinkEventAttributes.STYLE, NUMBER_CELL));
        change(s);
        sink.tableCell_();
        sink.tableRow_();
    }

    /** The series table and the notes of one graph; nothing for a graph whose numbers were not asked for. */
    void renderGraph(ManifestEntry entry) {
        if (entry.series() == null && entry.queries() == null) {
            return;
        }
        Comparison comparison = entry.comparison();
        Statistic watched = comparison != null ? comparison.watched()
                : entry.thresholdList().isEmpty() ? Statistic.P95 : entry.thresholdList().get(0).statistic();
        List<SeriesStats> series = entry.series() == null ? List.of() : entry.series();
        if (!series.isEmpty() || hasGone(comparison)) {
            seriesTable(entry, series, comparison, watched);
        }
        renderNotes(entry, series);
    }

    private void seriesTable(ManifestEntry entry, List<SeriesStats> series, Comparison comparison, Statistic watched) {
        boolean withQuery = queries(entry) > 1;
        sink.table(attributes(SinkEventAttributes.CLASS, "bodyTable", SinkEventAttributes.STYLE, "width:100%"));
        sink.tableRows();
        sink.tableRow();
        header(msg("series.series"));
        header(msg("series.points"));
        for (Statistic statistic : Statistic.values()) {
            header(statistic == watched ? msg("series.watched", statistic.label()) : statistic.label());
        }
        header(msg("series.baseline", watched.label()));
        header(msg("overview.change"));
        header(msg("overview.status"));
        sink.tableRow_();
        Map<String, SeriesComparison> compared = new LinkedHashMap<>();
        if (comparison != null) {
            comparison.series().stream().filter(s -> s.query() != null)
                    .forEach(s -> compared.putIfAbsent(key(s.query(), s.scope(), s.verdict()), s));
        }
        for (SeriesStats stats : series) {
            SeriesComparison c = compared.remove(key(stats.query(), stats.scope(), null));
            sink.tableRow();
            seriesName(stats.query(), stats.scope(), withQuery);
            numberCell(String.valueOf(stats.points()));
            for (Statistic statistic : Statistic.values()) {
                Double value = stats.get(statistic).isPresent() ? stats.get(statistic).getAsDouble() : null;
                numberCell(Figures.value(value, stats.unit()), statistic == watched);
            }
            comparisonCells(c);
            sink.tableRow_();
        }
        for (SeriesComparison gone : compared.values()) {
            if (gone.verdict() != Verdict.SERIES_GONE) {
                continue;
            }
            sink.tableRow();
            seriesName(gone.query(), gone.scope(), withQuery);
            numberCell(Figures.NONE);
            for (int i = 0; i < Statistic.values().length; i++) {
                numberCell(Figures.NONE);
            }
            comparisonCells(gone);
            sink.tableRow_();
        }
        sink.tableRows_();
        sink.table_();
    }

    private void comparisonCells(SeriesComparison c) {
        if (c == null) {
            numberCell(Figures.NONE);
            numberCell(Figures.NONE);
            sink.tableCell();
            sink.tableCell_();
            return;
        }
        numberCell(Figures.value(c.baseline(), c.unit()));
        sink.tableCell(attributes(SinkEventAttributes.STYLE, NUMBER_CELL));
        // The status column beside it says "Regression" in words; here the sign and colour suffice.
        // A bound crossed shows the bound (the core decides what the column holds), with no arrow: it is no rise.
        String change = Figures.change(c);
        if (c.verdict() == Verdict.REGRESSION) {
            styled(REGRESSION_STYLE, c.boundsCrossedOnly() != null ? change : change + " \u25b2");
        } else {
            sink.text(change);
        }
        sink.tableCell_();
        sink.tableCell();
        status(c.verdict());
        sink.tableCell_();
    }

    /** Crossed thresholds, then why numbers are missing or not compared: never left for the reader to guess. */
    private void renderNotes(ManifestEntry entry, List<SeriesStats> series) {
        List<Runnable> notes = new ArrayList<>();
        Comparison comparison = entry.comparison();
        if (comparison != null) {
            comparison.breaches().forEach(b -> notes.add(() -> {
                styled(REGRESSION_STYLE, msg("note.crossed") + " ");
                sink.text(b.message());
            }));
            Map<String, List<String>> reasons = new LinkedHashMap<>();
            for (SeriesComparison s : comparison.series()) {
                if (s.reason() != null) {
                    reasons.computeIfAbsent(s.reason(), r -> new ArrayList<>())
                            .add(s.scope() == null ? "" : GraphVerdict.seriesName(s, queries(entry) > 1));
                }
            }
            reasons.forEach((reason, names) -> notes.add(() -> sink.text(names.stream().allMatch(String::isEmpty)
                    ? reason : msg("note.reason", String.join(", ", names), reason))));
        }
        if (entry.queries() != null) {
            entry.queries().stream().filter(q -> !q.isPlain()).map(GraphQuery::describe)
                    .forEach(text -> notes.add(() -> sink.text(msg("note.noPlainQuery", text))));
        }
        if (entry.numbersError() != null) {
            notes.add(() -> sink.text(msg("note.numbersError", entry.numbersError())));
        } else if (entry.series() != null && series.isEmpty()) {
            notes.add(() -> sink.text(msg("note.noSeries")));
        }
        if (notes.isEmpty()) {
            return;
        }
        sink.list();
        for (Runnable note : notes) {
            sink.listItem();
            note.run();
            sink.listItem_();
        }
        sink.list_();
    }

    /** The graph's thresholds as the manifest writes them, joined by {@code ;}; empty for none. */
    static String thresholds(ManifestEntry entry) {
        return entry.thresholdList().stream().map(Threshold::toString).collect(Collectors.joining("; "));
    }

    private void status(GraphVerdict verdict) {
        if (verdict.newGraph() && verdict.verdict() == Verdict.NO_BASELINE) {
            styled(QUIET_STYLE, msg("status.newGraph"));
            return;
        }
        status(verdict.verdict());
        if (verdict.newGraph()) {
            styled(QUIET_STYLE, " " + msg("status.alsoNewGraph"));
        }
        if (verdict.gone() > 0 && verdict.verdict() != Verdict.SERIES_GONE) {
            styled(QUIET_STYLE, " " + msg("status.alsoGone", verdict.gone()));
        }
    }

    private void status(Verdict verdict) {
        styled(verdict == Verdict.REGRESSION ? REGRESSION_STYLE : verdict == Verdict.OK ? OK_STYLE : QUIET_STYLE,
                msg("status." + verdict.name()));
    }

    private void change(SeriesComparison s) {
        String change = Figures.change(s);
        if (s.verdict() == Verdict.REGRESSION) {
            styled(REGRESSION_STYLE, msg(s.boundsCrossedOnly() != null ? "change.bound" : "change.regression", change));
        } else {
            sink.text(change);
        }
    }

    private void seriesName(String query, String scope, boolean withQuery) {
        sink.tableCell(attributes(SinkEventAttributes.STYLE, "overflow-wrap:anywhere"));
        if (withQuery) {
            sink.inline(SinkEventAttributeSet.Semantics.CODE);
            sink.text(query);
            sink.inline_();
        }
        if (!withQuery || !GraphVerdict.scopeInQuery(query, scope)) {
            sink.text((withQuery ? " " : "") + scope);
        }
        sink.tableCell_();
    }

    private static boolean hasGone(Comparison comparison) {
        return comparison != null && comparison.series().stream().anyMatch(s -> s.verdict() == Verdict.SERIES_GONE);
    }

    /** How many plain queries the graph has: with more than one, series are named by query and scope. */
    private static long queries(ManifestEntry entry) {
        if (entry.series() != null && !entry.series().isEmpty()) {
            return entry.series().stream().map(SeriesStats::query).distinct().count();
        }
        return entry.queries() == null ? 1 : entry.queries().stream().filter(GraphQuery::isPlain).count();
    }

    private static String key(String query, String scope, Verdict verdict) {
        // A series gone keeps its own key: it must not stand in for a series of this build.
        return (verdict == Verdict.SERIES_GONE ? "gone " : "") + query + " " + scope;
    }

    private void header(String text) {
        sink.tableHeaderCell();
        sink.text(text);
        sink.tableHeaderCell_();
    }

    private void numberCell(String text) {
        numberCell(text, false);
    }

    private void numberCell(String text, boolean strong) {
        sink.tableCell(attributes(SinkEventAttributes.STYLE, NUMBER_CELL));
        if (strong) {
            sink.inline(SinkEventAttributeSet.Semantics.STRONG);
            sink.text(text);
            sink.inline_();
        } else {
            sink.text(text);
        }
        sink.tableCell_();
    }

    /** Text in a colour; a regression also in bold, so that it stands out without colour too. */
    private void styled(String style, String text) {
        sink.inline(attributes(SinkEventAttributes.SEMANTICS, style.equals(REGRESSION_STYLE) ? "strong" : "phrase",
                SinkEventAttributes.STYLE, style));
        sink.text(text);
        sink.inline_();
    }

    private String msg(String key, Object... arguments) {
        return ReportTexts.format(bundle, key, arguments);
    }
}

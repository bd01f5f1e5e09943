package io.github.datadogsnapshot.maven;

import static io.github.datadogsnapshot.maven.ReportTexts.attributes;

import io.github.datadogsnapshot.client.regression.Statistic;
import io.github.datadogsnapshot.client.report.CaptureReport;
import io.github.datadogsnapshot.client.report.GraphReport;
import io.github.datadogsnapshot.client.report.OverviewRow;
import io.github.datadogsnapshot.client.report.SeriesReport;
import java.util.List;
import java.util.ResourceBundle;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.SinkEventAttributes;
import org.apache.maven.doxia.sink.impl.SinkEventAttributeSet;

/**
 * The numbers on the report page, laid out from the core's report model ({@link CaptureReport}): the overview table
 * (one row per graph whose numbers were asked for: status, headline series, watched statistic, this build, baseline,
 * change) and per graph the series table with the notes that explain what is missing. Every word, number and status
 * comes from the model; column headings come from the {@code report} resource bundle; Doxia escapes every text.
 */
final class NumbersSection {

    /** Regressions are red and bold and say so in words; colour only helps. */
    private static final String REGRESSION_STYLE = "color:#a94442";
    private static final String OK_STYLE = "color:#3c763d";
    private static final String QUIET_STYLE = "color:#666";
    private static final String NUMBER_CELL = "text-align:right;white-space:nowrap";
    private static final String NAME_CELL = "overflow-wrap:anywhere";
    static final String TITLE_CELL = "overflow-wrap:anywhere;word-break:break-word;max-width:40em";

    private final Sink sink;
    private final ResourceBundle bundle;
    private final CaptureReport report;

    NumbersSection(Sink sink, ResourceBundle bundle, CaptureReport report) {
        this.sink = sink;
        this.bundle = bundle;
        this.report = report;
    }

    /** The sentence on the regressions and the notes, then one row per graph. */
    void renderOverview() {
        sink.paragraph();
        if (report.regressionCount() > 0) {
            styled(REGRESSION_STYLE, report.numbersSummary());
        } else {
            sink.text(report.numbersSummary());
        }
        sink.paragraph_();
        for (String note : report.notes()) {
            sink.paragraph();
            sink.text(note);
            sink.paragraph_();
        }
        sink.table(attributes(SinkEventAttributes.CLASS, "bodyTable", SinkEventAttributes.STYLE, "width:100%"));
        sink.tableRows();
        sink.tableRow();
        for (String key : List.of("overview.graph", "overview.status", "overview.series", "overview.statistic",
                "overview.current", "overview.baseline", "overview.change")) {
            header(msg(key));
        }
        sink.tableRow_();
        for (GraphReport graph : report.fetched()) {
            overviewRow(graph, graph.row());
        }
        sink.tableRows_();
        sink.table_();
    }

    private void overviewRow(GraphReport graph, OverviewRow row) {
        sink.tableRow();
        // A long title without spaces wraps anywhere rather than push the status and the numbers off the page.
        sink.tableCell(attributes(SinkEventAttributes.STYLE, TITLE_CELL));
        sink.link("#graph-" + row.name());
        sink.text(row.title());
        sink.link_();
        if (!graph.isCaptured()) {
            styled(QUIET_STYLE, " " + msg("status.notCaptured"));
        }
        sink.tableCell_();
        sink.tableCell();
        styled(style(row.statusKind()), row.status());
        sink.tableCell_();
        textCell(row.headline(), NAME_CELL);
        textCell(row.statistic(), null);
        textCell(row.current(), NUMBER_CELL);
        textCell(row.baseline(), NUMBER_CELL);
        sink.tableCell(attributes(SinkEventAttributes.STYLE, NUMBER_CELL));
        if (row.regression()) {
            styled(REGRESSION_STYLE, row.change());
        } else {
            sink.text(row.change());
        }
        sink.tableCell_();
        sink.tableRow_();
    }

    /** The series table and the notes of one graph; nothing for a graph whose numbers were not asked for. */
    void renderGraph(GraphReport graph) {
        if (!graph.isFetched()) {
            return;
        }
        if (!graph.series().isEmpty()) {
            seriesTable(graph);
        }
        renderNotes(graph);
    }

    private void seriesTable(GraphReport graph) {
        Statistic watched = graph.watched();
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
        for (SeriesReport series : graph.series()) {
            sink.tableRow();
            textCell(series.label(), NAME_CELL);
            textCell(series.points(), NUMBER_CELL);
            for (Statistic statistic : Statistic.values()) {
                sink.tableCell(attributes(SinkEventAttributes.STYLE, NUMBER_CELL));
                if (statistic == watched) {
                    sink.inline(SinkEventAttributeSet.Semantics.STRONG);
                    sink.text(series.value(statistic));
                    sink.inline_();
                } else {
                    sink.text(series.value(statistic));
                }
                sink.tableCell_();
            }
            textCell(series.baseline(), NUMBER_CELL);
            sink.tableCell(attributes(SinkEventAttributes.STYLE, NUMBER_CELL));
            if (series.isRegression()) {
                styled(REGRESSION_STYLE, series.change());
            } else {
                sink.text(series.change());
            }
            sink.tableCell_();
            sink.tableCell();
            styled(series.isRegression() ? REGRESSION_STYLE : QUIET_STYLE, series.verdictText());
            sink.tableCell_();
            sink.tableRow_();
        }
        sink.tableRows_();
        sink.table_();
    }

    /** Crossed thresholds, then why numbers are missing or not compared: never left for the reader to guess. */
    private void renderNotes(GraphReport graph) {
        if (graph.breaches().isEmpty() && graph.reasons().isEmpty() && graph.notes().isEmpty()) {
            return;
        }
        sink.list();
        for (String breach : graph.breaches()) {
            sink.listItem();
            styled(REGRESSION_STYLE, msg("note.crossed") + " ");
            sink.text(breach);
            sink.listItem_();
        }
        for (List<String> texts : List.of(graph.reasons(), graph.notes())) {
            for (String text : texts) {
                sink.listItem();
                sink.text(text);
                sink.listItem_();
            }
        }
        sink.list_();
    }

    private static String style(String kind) {
        return switch (kind) {
            case "regression" -> REGRESSION_STYLE;
            case "ok" -> OK_STYLE;
            default -> QUIET_STYLE;
        };
    }

    private void header(String text) {
        sink.tableHeaderCell();
        sink.text(text);
        sink.tableHeaderCell_();
    }

    private void textCell(String text, String style) {
        if (style == null) {
            sink.tableCell();
        } else {
            sink.tableCell(attributes(SinkEventAttributes.STYLE, style));
        }
        sink.text(text);
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

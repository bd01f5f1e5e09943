package io.github.datadogsnapshot.maven;

import static io.github.datadogsnapshot.maven.ReportTexts.attributes;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.datadogsnapshot.client.manifest.Manifest;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.SinkEventAttributes;
import org.apache.maven.doxia.sink.impl.SinkEventAttributeSet;
import org.apache.maven.doxia.util.HtmlTools;
import org.apache.maven.reporting.AbstractMavenReportRenderer;

/**
 * Renders the "Datadog Snapshots" page from {@link ReportData}: a summary and, when the capture has numbers, the
 * overview of every graph's numbers against its baseline ({@link NumbersSection}); then one section per graph with
 * its image (side by side with the baseline's when there is one; a picture drawn here says so), its series table,
 * its query, thresholds, window, size, snapshot URL and timing, or its error. Texts come from the {@code report}
 * resource bundle.
 */
class SnapshotReportRenderer extends AbstractMavenReportRenderer {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ResourceBundle bundle;
    private final ReportData data;
    private final NumbersSection numbers;

    SnapshotReportRenderer(Sink sink, ResourceBundle bundle, ReportData data) {
        super(sink);
        this.bundle = bundle;
        this.data = data;
        this.numbers = new NumbersSection(sink, bundle, data);
    }

    @Override
    public String getTitle() {
        return msg("report.title");
    }

    @Override
    protected void renderBody() {
        startSection(getTitle());
        renderSummary();
        if (data.hasNumbers()) {
            startSection(msg("overview.title"), "overview");
            numbers.renderOverview();
            endSection();
        }
        for (ManifestEntry entry : data.graphs()) {
            renderGraph(entry);
        }
        renderBaselineOnly();
        endSection();
    }

    private void renderSummary() {
        Manifest current = data.current();
        paragraph(msg("summary.graphs", current.graphs().size(), current.endpoint(), when(current)));
        if (current.failedCount() > 0) {
            paragraph(msg("summary.failed", current.failedCount()));
        }
        if (data.hasBaseline()) {
            paragraph(msg("summary.baseline", data.baselineLocation(), when(data.baseline())));
        } else if (data.baselineLocation() != null) {
            paragraph(msg("summary.noBaseline", data.baselineLocation()));
        }
    }

    private void renderGraph(ManifestEntry entry) {
        startSection(entry.displayTitle(), "graph-" + entry.name());
        if (data.hasBaseline()) {
            renderSideBySide(entry);
        } else {
            renderPicture(entry, data.currentImages());
        }
        numbers.renderGraph(entry);
        renderDetails(entry);
        endSection();
    }

    private void renderSideBySide(ManifestEntry entry) {
        Optional<ManifestEntry> baseline = data.baselineOf(entry);
        // A fixed layout splits the width evenly, so two wide images shrink into their halves instead of overflowing.
        sink.table(attributes(SinkEventAttributes.STYLE, "width:100%;table-layout:fixed", SinkEventAttributes.CLASS,
                "bodyTable"));
        sink.tableRows();
        sink.tableRow();
        tableHeaderCell(msg("column.current"));
        tableHeaderCell(msg("column.baseline"));
        sink.tableRow_();
        sink.tableRow();
        sink.tableCell();
        renderPicture(entry, data.currentImages());
        sink.tableCell_();
        sink.tableCell();
        if (baseline.isPresent()) {
            renderPicture(baseline.get(), data.baselineImages());
        } else {
            paragraph(msg("baseline.missing"));
        }
        sink.tableCell_();
        sink.tableRow_();
        sink.tableRow();
        tableCell(window(entry));
        tableCell(baseline.map(this::window).orElse(""));
        sink.tableRow_();
        sink.tableRows_();
        sink.table_();
    }

    private void renderPicture(ManifestEntry entry, Map<String, String> images) {
        if (!entry.isCaptured()) {
            sink.paragraph(attributes(SinkEventAttributes.STYLE, "color:#a94442"));
            sink.inline(SinkEventAttributeSet.Semantics.STRONG);
            sink.text(msg("label.error") + ": ");
            sink.inline_();
            sink.text(entry.error() == null ? "" : entry.error());
            sink.paragraph_();
            return;
        }
        if (entry.image() == null) {
            // A baseline kept for its numbers only (e.g. written by hand) names no image.
            paragraph(msg("image.none"));
            return;
        }
        String src = images.get(entry.name());
        if (src == null) {
            paragraph(msg("image.missing"));
            return;
        }
        sink.figure();
        sink.link(src);
        // Doxia escapes text and link targets but writes other attribute values as given; titles come from the POM.
        sink.figureGraphics(HtmlTools.escapeHTML(src), attributes(
                SinkEventAttributes.ALT, HtmlTools.escapeHTML(msg("image.alt", entry.displayTitle(), window(entry))),
                SinkEventAttributes.WIDTH, String.valueOf(entry.image().width()),
                SinkEventAttributes.HEIGHT, String.valueOf(entry.image().height()),
                SinkEventAttributes.STYLE, "max-width:100%;height:auto"));
        sink.link_();
        sink.figure_();
        if (entry.isDrawnLocally()) {
            sink.paragraph();
            sink.inline(SinkEventAttributeSet.Semantics.EMPHASIS);
            sink.text(entry.rendererReason() == null ? msg("image.local")
                    : msg("image.localBecause", entry.rendererReason()));
            sink.inline_();
            sink.paragraph_();
        }
    }

    private void renderDetails(ManifestEntry entry) {
        // Fixed layout with a set label width: every graph's table lines up, and long queries wrap, not overflow.
        sink.table(attributes(SinkEventAttributes.CLASS, "bodyTable",
                SinkEventAttributes.STYLE, "width:100%;table-layout:fixed"));
        sink.tableRows(new int[] {Sink.JUSTIFY_LEFT, Sink.JUSTIFY_LEFT}, false);
        if (entry.graphDef() != null && entry.metricQuery() == null) {
            detail("label.graphDef", () -> {
                sink.verbatim(attributes(SinkEventAttributes.STYLE,
                        "margin:0;white-space:pre-wrap;overflow-wrap:anywhere"));
                sink.text(prettyJson(entry.graphDef()));
                sink.verbatim_();
            });
        } else {
            detail("label.query", () -> code(entry.metricQuery()));
        }
        if (entry.eventQuery() != null) {
            detail("label.eventQuery", () -> code(entry.eventQuery()));
        }
        if (!entry.thresholdList().isEmpty()) {
            detail("label.thresholds", () -> code(NumbersSection.thresholds(entry)));
        }
        if (entry.baseline() != null) {
            detail("label.comparedWith", () -> sink.text(entry.baseline()));
        }
        detail("label.window", () -> sink.text(window(entry)));
        if (entry.image() != null) {
            detail("label.image", () -> sink.text(msg("value.image", entry.image().width(), entry.image().height(),
                    size(entry.image().bytes()))));
        }
        if (entry.snapshotUrl() != null) {
            detail("label.snapshot", () -> {
                if (entry.snapshotUrl().startsWith("https://") || entry.snapshotUrl().startsWith("http://")) {
                    link(entry.snapshotUrl(), entry.snapshotUrl());
                } else {
                    sink.text(entry.snapshotUrl());
                }
            });
        }
        if (entry.timings() != null) {
            ManifestEntry.Timings t = entry.timings();
            detail("label.timing", () -> sink.text(msg(entry.isCaptured() ? "value.timing" : "value.timingFailed",
                    TimeValues.format(Duration.ofMillis(t.totalMillis())), orZero(t.attempts()), orZero(t.checks()))));
        }
        sink.tableRows_();
        sink.table_();
    }

    private void detail(String labelKey, Runnable value) {
        sink.tableRow();
        sink.tableHeaderCell(attributes(SinkEventAttributes.STYLE, "width:9em"));
        sink.text(msg(labelKey));
        sink.tableHeaderCell_();
        sink.tableCell(attributes(SinkEventAttributes.STYLE, "overflow-wrap:anywhere"));
        value.run();
        sink.tableCell_();
        sink.tableRow_();
    }

    private void code(String text) {
        sink.inline(SinkEventAttributeSet.Semantics.CODE);
        sink.text(text == null ? "" : text);
        sink.inline_();
    }

    /** A graph definition over several lines, as people write it; the manifest keeps it minified. */
    private static String prettyJson(String json) {
        try {
            return JSON.readTree(json).toPrettyString();
        } catch (IOException e) {
            return json;
        }
    }

    private void renderBaselineOnly() {
        if (!data.hasBaseline()) {
            return;
        }
        List<String> only = data.baseline().graphs().stream()
                .filter(b -> data.current().entry(b.name()).isEmpty())
                .map(ManifestEntry::displayTitle)
                .toList();
        if (!only.isEmpty()) {
            startSection(msg("baselineOnly.title"));
            paragraph(msg("baselineOnly.text", String.join(", ", only)));
            endSection();
        }
    }

    private String window(ManifestEntry entry) {
        ManifestEntry.Window w = entry.window();
        if (w == null || w.start() == null || w.end() == null) {
            return "";
        }
        // The whole seconds sent to Datadog, which is what the graph shows.
        Instant start = w.startSeconds() > 0 ? Instant.ofEpochSecond(w.startSeconds()) : w.start();
        Instant end = w.endSeconds() > 0 ? Instant.ofEpochSecond(w.endSeconds()) : w.end();
        return msg("value.window", TimeValues.format(start), TimeValues.format(end),
                TimeValues.format(Duration.between(start, end)));
    }

    private String when(Manifest manifest) {
        return manifest.updatedAt() == null ? "?" : TimeValues.format(manifest.updatedAt());
    }

    private String size(long bytes) {
        return bytes < 1024 ? bytes + " B" : String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
    }

    private static int orZero(Integer i) {
        return i == null ? 0 : i;
    }

    private String msg(String key, Object... arguments) {
        return ReportTexts.format(bundle, key, arguments);
    }
}

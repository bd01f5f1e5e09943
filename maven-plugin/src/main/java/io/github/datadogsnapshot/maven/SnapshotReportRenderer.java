package io.github.datadogsnapshot.maven;

import static io.github.datadogsnapshot.maven.ReportTexts.attributes;

import io.github.datadogsnapshot.client.manifest.Manifest;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.client.report.CaptureReport;
import io.github.datadogsnapshot.client.report.GraphReport;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
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
 * its details ({@link GraphDetails}), or its error. Texts come from the {@code report}
 * resource bundle.
 */
class SnapshotReportRenderer extends AbstractMavenReportRenderer {

    private final ResourceBundle bundle;
    private final ReportData data;
    private final CaptureReport report;
    private final NumbersSection numbers;

    SnapshotReportRenderer(Sink sink, ResourceBundle bundle, ReportData data) {
        super(sink);
        this.bundle = bundle;
        this.data = data;
        this.report = data.report();
        this.numbers = new NumbersSection(sink, bundle, report);
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
        for (int i = 0; i < data.graphs().size(); i++) {
            renderGraph(data.graphs().get(i), report.graphs().get(i));
        }
        renderBaselineOnly();
        endSection();
    }

    private void renderSummary() {
        Manifest current = data.current();
        paragraph(msg("summary.graphs", current.graphs().size(), current.endpoint(), when(current)));
        if (report.failedCount() > 0) {
            paragraph(msg("summary.failed", report.failedCount()));
        }
        if (data.hasBaseline()) {
            paragraph(msg("summary.baseline", data.baselineLocation(), when(data.baseline())));
        } else if (data.baselineLocation() != null) {
            paragraph(msg("summary.noBaseline", data.baselineLocation()));
        }
    }

    private void renderGraph(ManifestEntry entry, GraphReport graph) {
        startSection(entry.displayTitle(), "graph-" + entry.name());
        if (data.hasBaseline()) {
            renderSideBySide(entry);
        } else {
            renderPicture(entry, data.currentImages());
        }
        numbers.renderGraph(graph);
        new GraphDetails(sink, bundle).render(entry, graph);
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

    private void renderBaselineOnly() {
        if (!report.goneGraphs().isEmpty()) {
            startSection(msg("baselineOnly.title"));
            paragraph(msg("baselineOnly.text", String.join(", ", report.goneGraphs())));
            endSection();
        }
    }

    private String window(ManifestEntry entry) {
        return GraphDetails.window(bundle, entry);
    }

    private String when(Manifest manifest) {
        return manifest.updatedAt() == null ? "?" : TimeValues.format(manifest.updatedAt());
    }

    private String msg(String key, Object... arguments) {
        return ReportTexts.format(bundle, key, arguments);
    }
}

package io.github.datadogsnapshot.maven;

import static io.github.datadogsnapshot.maven.ReportTexts.attributes;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.client.report.GraphReport;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.maven.doxia.sink.Sink;
import org.apache.maven.doxia.sink.SinkEventAttributes;
import org.apache.maven.doxia.sink.impl.SinkEventAttributeSet;

/**
 * The details table of one graph on the report page: its query (or graph definition), event query, thresholds, what
 * it was compared with, window, image size, snapshot URL and timing. Texts come from the {@code report} bundle.
 */
final class GraphDetails {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Sink sink;
    private final ResourceBundle bundle;

    GraphDetails(Sink sink, ResourceBundle bundle) {
        this.sink = sink;
        this.bundle = bundle;
    }

    void render(ManifestEntry entry, GraphReport graph) {
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
        if (graph.thresholds() != null) {
            detail("label.thresholds", () -> code(graph.thresholds()));
        }
        if (entry.baseline() != null) {
            detail("label.comparedWith", () -> sink.text(entry.baseline()));
        }
        detail("label.window", () -> sink.text(window(bundle, entry)));
        if (entry.image() != null) {
            detail("label.image", () -> sink.text(msg("value.image", entry.image().width(), entry.image().height(),
                    size(entry.image().bytes()))));
        }
        if (entry.snapshotUrl() != null) {
            detail("label.snapshot", () -> {
                if (entry.snapshotUrl().startsWith("https://") || entry.snapshotUrl().startsWith("http://")) {
                    sink.link(entry.snapshotUrl());
                    sink.text(entry.snapshotUrl());
                    sink.link_();
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

    static String window(ResourceBundle bundle, ManifestEntry entry) {
        ManifestEntry.Window w = entry.window();
        if (w == null || w.start() == null || w.end() == null) {
            return "";
        }
        // The whole seconds sent to Datadog, which is what the graph shows.
        Instant start = w.startSeconds() > 0 ? Instant.ofEpochSecond(w.startSeconds()) : w.start();
        Instant end = w.endSeconds() > 0 ? Instant.ofEpochSecond(w.endSeconds()) : w.end();
        return ReportTexts.format(bundle, "value.window", TimeValues.format(start), TimeValues.format(end),
                TimeValues.format(Duration.between(start, end)));
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

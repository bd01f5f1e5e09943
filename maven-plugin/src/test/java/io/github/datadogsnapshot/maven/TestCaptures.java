package io.github.datadogsnapshot.maven;

import io.github.datadogsnapshot.client.graph.GraphQuery;
import io.github.datadogsnapshot.client.manifest.Manifest;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.client.manifest.Manifests;
import io.github.datadogsnapshot.client.regression.SeriesStats;
import io.github.datadogsnapshot.client.regression.Threshold;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.apache.maven.doxia.sink.impl.Xhtml5BaseSink;

/** Manifests and captures on disk for the report tests, as the capture goal would leave them. */
final class TestCaptures {

    static final Instant START = Instant.parse("2024-05-01T10:00:00Z");
    static final Instant END = Instant.parse("2024-05-01T10:05:03Z");

    private TestCaptures() {
    }

    static ManifestEntry captured(String name, String title, String query) {
        return new ManifestEntry(name, title, ManifestEntry.Status.CAPTURED, null, query, null, "sources:deploy",
                new ManifestEntry.Window(START, END, START.getEpochSecond(), END.getEpochSecond()),
                new ManifestEntry.Image(name + ".png", 20_580, 800, 400),
                "https://p.datadoghq.com/snapshot/view/dd-snapshots-prod/org_1/2024-05-01/" + name + ".png",
                new ManifestEntry.Timings(END, 300L, 2_100L, 2_400L, 1, 2));
    }

    static ManifestEntry failed(String name, String title, String error) {
        return new ManifestEntry(name, title, ManifestEntry.Status.FAILED, error, "avg:system.disk.in_use{*}", null,
                null, new ManifestEntry.Window(START, END, START.getEpochSecond(), END.getEpochSecond()), null, null,
                new ManifestEntry.Timings(END, null, null, 500L, 1, 1));
    }

    /** The entry with numbers: its metric query, {@code thresholds} (may be null) and these series. */
    static ManifestEntry withNumbers(ManifestEntry entry, String thresholds, SeriesStats... series) {
        return entry.withThresholds(thresholds == null ? null : Threshold.parseAll(thresholds, "thresholds"))
                .withNumbers(List.of(new GraphQuery("metricQuery", entry.metricQuery(), null)), List.of(series), null);
    }

    /** A series of {@code query} whose points are {@code values}; its p95 is near the largest. */
    static SeriesStats series(String query, String scope, String unit, double... values) {
        return SeriesStats.of(query, scope, unit, java.util.Arrays.stream(values).boxed().toList());
    }

    static Manifest manifest(ManifestEntry... entries) {
        return Manifest.of(END.plusSeconds(5), "datadoghq.com (https://api.datadoghq.com)", List.of(entries));
    }

    /** A small valid PNG, its colour (so its bytes) depending on {@code label}. */
    static byte[] png(String label) throws IOException {
        java.awt.image.BufferedImage image = new java.awt.image.BufferedImage(8, 4,
                java.awt.image.BufferedImage.TYPE_INT_RGB);
        for (int x = 0; x < 8; x++) {
            for (int y = 0; y < 4; y++) {
                image.setRGB(x, y, label.hashCode() + x * 31 + y);
            }
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    /** Writes the manifest and a small PNG for each captured image into {@code dir}. */
    static Path capture(Path dir, Manifest manifest) throws IOException {
        Files.createDirectories(dir);
        for (ManifestEntry entry : manifest.graphs()) {
            if (entry.image() != null) {
                Files.write(dir.resolve(entry.image().file()), png(dir.getFileName() + "/" + entry.name()));
            }
        }
        Manifests.write(manifest, dir);
        return dir;
    }

    /** The report page of {@code data} as HTML, rendered into Doxia's XHTML5 sink in memory. */
    static String page(ReportData data) {
        StringWriter html = new StringWriter();
        Xhtml5BaseSink sink = new Xhtml5BaseSink(html);
        ResourceBundle bundle = ResourceBundle.getBundle("io.github.datadogsnapshot.maven.report", Locale.ROOT);
        new SnapshotReportRenderer(sink, bundle, data).render();
        sink.close();
        return html.toString();
    }
}

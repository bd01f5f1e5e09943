package io.github.datadogsnapshot.client.report;

import io.github.datadogsnapshot.client.graph.GraphQuery;
import io.github.datadogsnapshot.client.manifest.Manifest;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.client.manifest.Manifests;
import io.github.datadogsnapshot.client.manifest.Regressions;
import io.github.datadogsnapshot.client.regression.SeriesStats;
import io.github.datadogsnapshot.client.regression.Threshold;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The cross-plugin golden capture and its baseline, built here and stored as {@code golden/capture.json} and
 * {@code golden/baseline.json} (test resources of shared-client), which the Maven page's and the Jenkins views'
 * golden tests read too; {@code golden/overview.txt} is the overview all three must show. Five graphs: a regression
 * of 12345 ms with a series new and one gone, a bound crossed by 0.000123, 1.5e9 bytes improved, a graph new in this
 * build, and a graph whose baseline has no numbers.
 */
final class GoldenCapture {

    static final String BASELINE_LABEL = "build #41";
    static final Instant START = Instant.parse("2026-11-28T10:00:00Z");

    private GoldenCapture() {
    }

    static Manifest baseline() {
        return Manifest.of(START.plusSeconds(600), "datadoghq.com", List.of(
                entry("latency", "Checkout latency", LATENCY, "p95 +10%",
                        stats(LATENCY, "host:a", "ms", 10000.0), stats(LATENCY, "host:b", "ms", 9100.0),
                        stats(LATENCY, "host:z", "ms", 8000.0)),
                entry("errors", "Error ratio", ERRORS, "max < 0.0001", stats(ERRORS, "*", null, 0.00009)),
                entry("bytes", "Bytes sent", BYTES, null, stats(BYTES, "*", "byte", 2.0e9)),
                entry("disk", "Disk", DISK, null)));
    }

    /** This build's capture, compared with {@link #baseline()} as a capture compares. */
    static Manifest capture() {
        Manifest baseline = baseline();
        List<ManifestEntry> entries = List.of(
                entry("latency", "Checkout latency", LATENCY, "p95 +10%",
                        stats(LATENCY, "host:a", "ms", 12345.0), stats(LATENCY, "host:b", "ms", 9000.0),
                        stats(LATENCY, "host:c", "ms", 7000.0)),
                entry("errors", "Error ratio", ERRORS, "max < 0.0001", stats(ERRORS, "*", null, 0.000123)),
                entry("bytes", "Bytes sent", BYTES, null, stats(BYTES, "*", "byte", 1.5e9)),
                entry("queue", "Queue depth", QUEUE, null, stats(QUEUE, "*", "message", 42.0)),
                entry("disk", "Disk", DISK, null, stats(DISK, "*", "%", 71.25)));
        return Manifest.of(START.plusSeconds(1200), "datadoghq.com",
                entries.stream().map(e -> Regressions.compare(e, baseline, BASELINE_LABEL)).toList());
    }

    private static final String LATENCY = "avg:trace.http.request.duration{service:checkout} by {host}";
    private static final String ERRORS = "avg:checkout.errors.ratio{*}";
    private static final String BYTES = "sum:net.bytes_sent{*}";
    private static final String QUEUE = "max:queue.depth{*}";
    private static final String DISK = "avg:system.disk.in_use{*}";

    /** An entry; no statistics at all (numbers not asked for) when {@code series} is empty. */
    private static ManifestEntry entry(String name, String title, String query, String thresholds,
                                       SeriesStats... series) {
        ManifestEntry entry = new ManifestEntry(name, title, ManifestEntry.Status.CAPTURED, null, query, null, null,
                new ManifestEntry.Window(START, START.plusSeconds(900), START.getEpochSecond(),
                        START.getEpochSecond() + 900),
                new ManifestEntry.Image(name + ".png", 1234, 600, 300), null, null)
                .withThresholds(thresholds == null ? List.of() : Threshold.parseAll(thresholds, "thresholds"));
        return series.length == 0 ? entry
                : entry.withNumbers(List.of(new GraphQuery("metricQuery", query, null)), Arrays.asList(series), null);
    }

    private static SeriesStats stats(String query, String scope, String unit, double value) {
        List<Double> values = new ArrayList<>();
        values.add(value);
        return SeriesStats.of(query, scope, unit, values);
    }

    static Manifest read(String file) {
        try (InputStream in = GoldenCapture.class.getResourceAsStream("/golden/" + file)) {
            return Manifests.read(in, file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> overview() {
        try (InputStream in = GoldenCapture.class.getResourceAsStream("/golden/overview.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package io.github.datadogsnapshot.client.engine;

import io.github.datadogsnapshot.client.config.CaptureListener;
import io.github.datadogsnapshot.client.config.CaptureOptions;
import io.github.datadogsnapshot.client.config.Snapshot;
import io.github.datadogsnapshot.client.config.StoredImage;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.graph.TimeWindow;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.client.manifest.Regressions;
import io.github.datadogsnapshot.client.regression.MetricSeries;
import io.github.datadogsnapshot.client.regression.SeriesStats;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Turns how each graph of a capture ended into its manifest entry: timings, numbers, comparison. */
final class GraphEntries {

    private final TimeWindow window;
    private final Path outputDir;
    private final CaptureListener listener;
    private final CaptureOptions options;

    GraphEntries(TimeWindow window, Path outputDir, CaptureListener listener, CaptureOptions options) {
        this.window = window;
        this.outputDir = outputDir;
        this.listener = listener;
        this.options = options;
    }

    /** Turns an outcome into the graph's manifest entry, tells the listener, removes a stale image of a failure. */
    ManifestEntry ended(GraphOutcome outcome) {
        GraphSpec graph = outcome.graph();
        Instant started = outcome.requestedAt();
        Snapshot snapshot = outcome.snapshot();
        Long createMillis = snapshot == null ? null : millis(started, snapshot.createdAt());
        if (outcome.isStored()) {
            StoredImage image = outcome.image();
            // A picture drawn here has no snapshot: its rendering counts from the request.
            Instant renderFrom = snapshot == null ? started : snapshot.createdAt();
            ManifestEntry entry = new ManifestEntry(graph.name(), graph.title().orElse(null),
                    ManifestEntry.Status.CAPTURED, null, graph.metricQuery().orElse(null), graph.graphDef().orElse(null),
                    graph.eventQuery().orElse(null), ManifestEntry.Window.of(window),
                    new ManifestEntry.Image(image.file().getFileName().toString(), image.bytes(), image.width(),
                            image.height()),
                    snapshot == null ? null : snapshot.url().toString(),
                    new ManifestEntry.Timings(started, createMillis, millis(renderFrom, image.readyAt()),
                            millis(started, image.readyAt()), snapshot == null ? null : outcome.attempts(),
                            image.checks()));
            entry = compared(withNumbers(entry.withThresholds(graph.thresholds()), outcome));
            listener.stored(graph, entry);
            return entry;
        }
        String error = outcome.interrupted() ? CaptureEngine.INTERRUPTED : outcome.failure().getMessage();
        ManifestEntry entry = ManifestEntry.failed(graph, window, error, snapshot == null ? null : snapshot.url().toString(),
                new ManifestEntry.Timings(started, createMillis, null, millis(started, outcome.endedAt()),
                        outcome.attempts(), snapshot == null ? null : outcome.checks()));
        entry = compared(withNumbers(entry, outcome));
        deleteStale(outputDir.resolve(graph.name() + ".png"));
        listener.failed(graph, entry);
        return entry;
    }

    /**
     * The entry with the graph's numbers (when asked for) and, for a picture drawn here, why. Numbers are data from
     * outside: values that are not finite numbers are left out and said so in {@code numbersError}, and whatever
     * else goes wrong with them is recorded there too; it never costs the graph its entry.
     */
    private ManifestEntry withNumbers(ManifestEntry entry, GraphOutcome outcome) {
        Numbers numbers = outcome.numbers();
        if (numbers != null) {
            List<String> errors = new ArrayList<>();
            if (numbers.error() != null) {
                errors.add(numbers.error());
            }
            List<SeriesStats> stats = new ArrayList<>();
            try {
                for (MetricSeries series : numbers.series()) {
                    int left = SeriesStats.nonFinite(series);
                    if (left > 0) {
                        errors.add("series " + series.scope() + " of " + series.query() + ": " + left
                                + (left == 1 ? " value was" : " values were") + " not a finite number (NaN, Infinity"
                                + " or beyond 1.8e308) and left out of its statistics");
                    }
                    stats.add(SeriesStats.of(series));
                }
            } catch (RuntimeException e) {
                errors.add("the statistics could not be computed: " + e.getMessage());
            }
            entry = entry.withNumbers(numbers.queries(), stats, errors.isEmpty() ? null : String.join("; ", errors));
        }
        return outcome.isLocal() ? entry.drawnLocally(outcome.rendererReason()) : entry;
    }

    /** The entry compared with the baseline; a comparison that fails is recorded, never thrown out of the graph. */
    private ManifestEntry compared(ManifestEntry entry) {
        try {
            return Regressions.compare(entry, options.baseline(), options.baselineLabel());
        } catch (RuntimeException e) {
            String error = "the numbers could not be compared: " + e.getMessage();
            return entry.withNumbers(entry.queries(), entry.series(),
                    entry.numbersError() == null ? error : entry.numbersError() + "; " + error);
        }
    }

    /** An image left by an earlier capture of the same name would contradict the manifest's failure. */
    private static void deleteStale(Path target) {
        try {
            Files.deleteIfExists(target);
        } catch (IOException e) {
            // The manifest says FAILED and names no file; reports do not show unnamed files.
        }
    }

    private static long millis(Instant from, Instant to) {
        return Duration.between(from, to).toMillis();
    }
}

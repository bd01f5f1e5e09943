package io.github.datadogsnapshot.client;

import io.github.datadogsnapshot.client.config.CaptureListener;
import io.github.datadogsnapshot.client.config.CaptureOptions;
import io.github.datadogsnapshot.client.config.Snapshot;
import io.github.datadogsnapshot.client.config.StoredImage;
import io.github.datadogsnapshot.client.engine.Batch;
import io.github.datadogsnapshot.client.engine.GraphCapture;
import io.github.datadogsnapshot.client.engine.GraphOutcome;
import io.github.datadogsnapshot.client.engine.Numbers;
import io.github.datadogsnapshot.client.graph.GraphNames;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.graph.InvalidGraphField;
import io.github.datadogsnapshot.client.graph.TimeWindow;
import io.github.datadogsnapshot.client.manifest.Manifest;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.client.manifest.Manifests;
import io.github.datadogsnapshot.client.manifest.OutputFolder;
import io.github.datadogsnapshot.client.manifest.Regressions;
import io.github.datadogsnapshot.client.regression.MetricSeries;
import io.github.datadogsnapshot.client.regression.SeriesStats;
import io.github.datadogsnapshot.client.wire.FileNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

/**
 * Captures a list of graphs for one time window into an output folder: every graph requested as the snapshot
 * budget allows, all waiting for their images at once, each ending as {@code <name>.png} or as a recorded
 * failure, and the manifest {@code snapshots.json} written last (merged, under a lock, with one already in the
 * folder). Interrupted, or stopped by the JVM's shutdown (Ctrl-C), it calls the unfinished graphs off, removes
 * partial files and still writes the manifest.
 */
public final class SnapshotCapture {

    /** After a capture is called off, how long its graphs may take to end and the manifest to be written. */
    static final Duration WIND_DOWN = Duration.ofSeconds(3);
    static final String INTERRUPTED = "the capture was interrupted before this graph finished";

    private final SnapshotClient client;
    private final CaptureOptions options;

    /** Datadog's pictures and the graphs' numbers ({@link CaptureOptions#DEFAULT}). */
    public SnapshotCapture(SnapshotClient client) {
        this(client, CaptureOptions.DEFAULT);
    }

    public SnapshotCapture(SnapshotClient client, CaptureOptions options) {
        this.client = Objects.requireNonNull(client, "client");
        this.options = Objects.requireNonNull(options, "options");
        options.requireDrawable();
    }

    /**
     * Captures {@code graphs}. Returns when every graph has ended; failures are in the result, not thrown.
     *
     * @throws IllegalArgumentException when the list is empty, two graphs are given the same name, or the output
     *                                  folder is unusable ({@link OutputFolder#check}): all before any request
     * @throws IOException              when the manifest cannot be written
     * @throws InterruptedException     when interrupted; the manifest is still written, unfinished graphs as failed
     */
    public CaptureResult capture(List<GraphSpec> graphs, TimeWindow window, Path outputDir, CaptureListener listener)
            throws IOException, InterruptedException {
        List<GraphSpec> named = uniqueNames(graphs);
        Objects.requireNonNull(window, "window");
        OutputFolder.check(outputDir);
        CaptureListener serial = new SerialListener(listener);
        Batch batch = new Batch(named.size());
        List<GraphCapture> jobs = new ArrayList<>();
        List<CompletableFuture<ManifestEntry>> entries = new ArrayList<>();
        for (GraphSpec graph : named) {
            serial.requested(graph, window);
            GraphCapture job = client.engine().capture(graph, window, outputDir.resolve(graph.name() + ".png"), batch,
                    serial, options);
            jobs.add(job);
            entries.add(job.result().thenApply(outcome -> ended(outcome, window, outputDir, serial)));
        }
        // Whether this thread wrote the manifest, once it has tried.
        CompletableFuture<Boolean> manifestWritten = new CompletableFuture<>();
        ShutdownGuard guard = ShutdownGuard.install(() -> {
            jobs.forEach(GraphCapture::cancel);
            // This capture's thread wakes up as its graphs end and writes the manifest: wait for it rather than race
            // it, so that the JVM does not stop in the middle of its write (a partial file) and nothing runs once a
            // build tool has closed the client's class loader after the capture returned. Write only without it.
            if (!Boolean.TRUE.equals(awaitQuietly(manifestWritten, WIND_DOWN.multipliedBy(2)))) {
                writeManifest(outputDir, settled(entries, named, window));
            }
        });
        boolean written = false;
        try {
            try {
                CompletableFuture.allOf(entries.toArray(CompletableFuture[]::new)).get();
            } catch (InterruptedException e) {
                jobs.forEach(GraphCapture::cancel);
                awaitQuietly(CompletableFuture.allOf(entries.toArray(CompletableFuture[]::new)), WIND_DOWN);
                // File channels refuse to work for an interrupted thread: the interrupt waits until the manifest is out.
                boolean interruptedAgain = Thread.interrupted();
                try {
                    writeManifest(outputDir, settled(entries, named, window));
                    written = true;
                } finally {
                    if (interruptedAgain) {
                        Thread.currentThread().interrupt();
                    }
                }
                throw e;
            } catch (ExecutionException e) {
                throw new IllegalStateException("a graph's result never completes exceptionally", e);
            }
            List<ManifestEntry> result = settled(entries, named, window);
            CaptureResult captured = new CaptureResult(result, writeManifest(outputDir, result));
            written = true;
            return captured;
        } finally {
            manifestWritten.complete(written);
            guard.remove();
        }
    }

    /** Turns an outcome into the graph's manifest entry, tells the listener, removes a stale image of a failure. */
    private ManifestEntry ended(GraphOutcome outcome, TimeWindow window, Path outputDir, CaptureListener listener) {
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
        String error = outcome.interrupted() ? INTERRUPTED : outcome.failure().getMessage();
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

    /** The entries of graphs that have ended; the others recorded as interrupted. */
    private List<ManifestEntry> settled(List<CompletableFuture<ManifestEntry>> entries, List<GraphSpec> graphs,
                                        TimeWindow window) {
        List<ManifestEntry> result = new ArrayList<>();
        Instant now = clock().instant();
        for (int i = 0; i < entries.size(); i++) {
            ManifestEntry done = entries.get(i).getNow(null);
            result.add(done != null ? done : ManifestEntry.failed(graphs.get(i), window, INTERRUPTED, null,
                    new ManifestEntry.Timings(now, null, null, 0, null, null)));
        }
        return result;
    }

    private Path writeManifest(Path outputDir, List<ManifestEntry> entries) throws IOException {
        return Manifests.update(outputDir, earlier -> earlier
                .orElse(Manifest.of(clock().instant(), describeEndpoint(), List.of()))
                .withEntries(clock().instant(), describeEndpoint(), entries));
    }

    /**
     * Waits up to {@code limit} for {@code future} (called-off graphs to end, the manifest to be written), also when
     * interrupted again; returns its value, or null when it did not complete in time.
     */
    private static <T> T awaitQuietly(CompletableFuture<T> future, Duration limit) {
        try {
            return future.get(limit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            // Whatever has not ended by now is recorded as interrupted.
        }
        return null;
    }

    /** An image left by an earlier capture of the same name would contradict the manifest's failure. */
    private static void deleteStale(Path target) {
        try {
            Files.deleteIfExists(target);
        } catch (IOException e) {
            // The manifest says FAILED and names no file; reports do not show unnamed files.
        }
    }

    /**
     * The graphs with names unique in this capture: a name given twice is an error, derived names that
     * collide get {@code -2}, {@code -3}, ... in request order. {@link #capture} applies it; plugins may call it
     * to check their configuration before anything else happens.
     *
     * @throws InvalidGraphField naming the two graphs (counted from 1) that share a name
     */
    public static List<GraphSpec> uniqueNames(List<GraphSpec> graphs) {
        return uniqueNames(graphs, i -> "graphs[" + i + "].name");
    }

    /**
     * {@link #uniqueNames(List)}, naming the graph at an index (from 0) in errors by {@code nameLabel}.
     *
     * @throws InvalidGraphField naming the later of two graphs that share a name, by its index
     */
    public static List<GraphSpec> uniqueNames(List<GraphSpec> graphs, IntFunction<String> nameLabel) {
        return GraphNames.unique(graphs, nameLabel);
    }

    private String describeEndpoint() {
        return client.settings().endpoint().toString();
    }

    private Clock clock() {
        return client.settings().clock();
    }

    private static long millis(Instant from, Instant to) {
        return Duration.between(from, to).toMillis();
    }

    /** Delivers listener calls one at a time, so listeners need not be thread-safe. */
    private static final class SerialListener implements CaptureListener {
        private final CaptureListener delegate;

        SerialListener(CaptureListener delegate) {
            this.delegate = delegate == null ? CaptureListener.NONE : delegate;
        }

        @Override
        public synchronized void requested(GraphSpec graph, TimeWindow window) {
            delegate.requested(graph, window);
        }

        @Override
        public synchronized void retrying(GraphSpec graph, String reason, Duration delay) {
            delegate.retrying(graph, reason, delay);
        }

        @Override
        public synchronized void rateLimited(GraphSpec graph, Duration wait) {
            delegate.rateLimited(graph, wait);
        }

        @Override
        public synchronized void stillRendering(GraphSpec graph, Duration waited, String lastAnswer) {
            delegate.stillRendering(graph, waited, lastAnswer);
        }

        @Override
        public synchronized void stored(GraphSpec graph, ManifestEntry entry) {
            delegate.stored(graph, entry);
        }

        @Override
        public synchronized void failed(GraphSpec graph, ManifestEntry entry) {
            delegate.failed(graph, entry);
        }
    }
}

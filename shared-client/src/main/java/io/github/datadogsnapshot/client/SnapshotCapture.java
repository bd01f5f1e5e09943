package io.github.datadogsnapshot.client;

import io.github.datadogsnapshot.client.config.CaptureListener;
import io.github.datadogsnapshot.client.config.CaptureOptions;
import io.github.datadogsnapshot.client.engine.CaptureEngine;
import io.github.datadogsnapshot.client.engine.GraphCapture;
import io.github.datadogsnapshot.client.graph.GraphNames;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.graph.InvalidGraphField;
import io.github.datadogsnapshot.client.graph.TimeWindow;
import io.github.datadogsnapshot.client.manifest.Manifest;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.client.manifest.Manifests;
import io.github.datadogsnapshot.client.manifest.OutputFolder;
import io.github.datadogsnapshot.client.wire.FileNames;
import java.io.IOException;
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
    static final String INTERRUPTED = CaptureEngine.INTERRUPTED;

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
        List<GraphCapture> jobs = client.engine().capture(named, window, outputDir, serial, options);
        List<CompletableFuture<ManifestEntry>> entries = jobs.stream().map(GraphCapture::entry).toList();
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

    /**
     * The graphs with names unique in this capture: a name given twice is an error, derived names that
     * collide get {@code -2}, {@code -3}, ... in request order. {@link #capture} applies it; plugins may call it
     * to check their configuration before anything else happens.
     *
     * @throws InvalidGraphField naming the two graphs (counted from 1) that share a name
     */
    public static List<GraphSpec> uniqueNames(List<GraphSpec> graphs) {
        return GraphNames.unique(graphs, i -> "graphs[" + i + "].name");
    }

    private String describeEndpoint() {
        return client.settings().endpoint().toString();
    }

    private Clock clock() {
        return client.settings().clock();
    }
}

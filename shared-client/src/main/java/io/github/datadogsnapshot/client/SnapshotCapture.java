package io.github.datadogsnapshot.client;

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
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Captures a list of graphs for one time window into an output folder: concurrently (at most the client's
 * concurrency at once), each graph ending as {@code <name>.png} or as a recorded failure, and the manifest
 * {@code snapshots.json} written last (merged with one already in the folder).
 */
public final class SnapshotCapture {

    private final SnapshotClient client;

    public SnapshotCapture(SnapshotClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    /**
     * Captures {@code graphs}. Returns when every graph has ended; failures are in the result, not thrown.
     *
     * @throws IllegalArgumentException when the list is empty or two graphs are given the same name
     * @throws IOException              when the output folder or the manifest cannot be written
     * @throws InterruptedException     when interrupted; the manifest is still written, unfinished graphs as failed
     */
    public CaptureResult capture(List<GraphSpec> graphs, TimeWindow window, Path outputDir, CaptureListener listener)
            throws IOException, InterruptedException {
        List<GraphSpec> named = uniqueNames(graphs);
        Objects.requireNonNull(window, "window");
        Files.createDirectories(outputDir);
        CaptureListener serial = new SerialListener(listener);
        List<ManifestEntry> entries = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(named.size(), client.settings().concurrency()),
                new DaemonThreads());
        InterruptedException interrupted = null;
        try {
            List<Future<ManifestEntry>> futures = new ArrayList<>();
            for (GraphSpec graph : named) {
                futures.add(pool.submit(() -> captureOne(graph, window, outputDir, serial)));
            }
            for (int i = 0; i < futures.size(); i++) {
                GraphSpec graph = named.get(i);
                if (interrupted != null) {
                    entries.add(failed(graph, window, null, "the capture was interrupted before this graph finished",
                            clock().instant(), null, null));
                    continue;
                }
                try {
                    entries.add(futures.get(i).get());
                } catch (InterruptedException e) {
                    interrupted = e;
                    pool.shutdownNow();
                    entries.add(failed(graph, window, null, "the capture was interrupted before this graph finished",
                            clock().instant(), null, null));
                } catch (ExecutionException e) {
                    entries.add(failed(graph, window, null, "unexpected error: " + e.getCause(), clock().instant(), null, null));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        Manifest manifest = Manifests.readIfPresent(outputDir)
                .orElse(Manifest.of(clock().instant(), describeEndpoint(), List.of()))
                .withEntries(clock().instant(), describeEndpoint(), entries);
        Path manifestFile = Manifests.write(manifest, outputDir);
        if (interrupted != null) {
            throw interrupted;
        }
        return new CaptureResult(entries, manifestFile);
    }

    private ManifestEntry captureOne(GraphSpec graph, TimeWindow window, Path outputDir, CaptureListener listener)
            throws InterruptedException {
        Instant started = clock().instant();
        Instant deadline = started.plus(client.settings().timeout());
        Path target = outputDir.resolve(graph.name() + ".png");
        listener.requested(graph, window);
        Snapshot snapshot = null;
        ManifestEntry entry;
        try {
            snapshot = client.create(graph, window, deadline, listener);
            StoredImage image = client.awaitImage(graph, snapshot, target, deadline, listener);
            Instant done = clock().instant();
            entry = new ManifestEntry(graph.name(), graph.title().orElse(null), ManifestEntry.Status.CAPTURED, null,
                    graph.metricQuery().orElse(null), graph.graphDef().orElse(null), graph.eventQuery().orElse(null),
                    ManifestEntry.Window.of(window),
                    new ManifestEntry.Image(target.getFileName().toString(), image.bytes(), image.width(), image.height()),
                    snapshot.url().toString(),
                    new ManifestEntry.Timings(started, millis(started, snapshot.createdAt()),
                            millis(snapshot.createdAt(), done), millis(started, done), snapshot.attempts(), image.checks()));
            listener.stored(graph, entry);
            return entry;
        } catch (SnapshotException e) {
            entry = failed(graph, window, snapshot, e.getMessage(), started, null, null);
        } catch (RuntimeException e) {
            entry = failed(graph, window, snapshot, "unexpected error: " + e, started, null, null);
        }
        deleteStale(target);
        listener.failed(graph, entry);
        return entry;
    }

    private ManifestEntry failed(GraphSpec graph, TimeWindow window, Snapshot snapshot, String error, Instant started,
                                 Integer attempts, Integer checks) {
        Instant now = clock().instant();
        return ManifestEntry.failed(graph, window, error, snapshot == null ? null : snapshot.url().toString(),
                new ManifestEntry.Timings(started, snapshot == null ? null : millis(started, snapshot.createdAt()), null,
                        millis(started, now), snapshot == null ? attempts : (Integer) snapshot.attempts(), checks));
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
     * @throws IllegalArgumentException naming the two graphs (counted from 1) that share a name
     */
    public static List<GraphSpec> uniqueNames(List<GraphSpec> graphs) {
        if (graphs == null || graphs.isEmpty()) {
            throw new IllegalArgumentException("graphs: no graph to capture; give at least one metric query or graphDef");
        }
        Map<String, Integer> given = new HashMap<>();
        for (int i = 0; i < graphs.size(); i++) {
            GraphSpec g = Objects.requireNonNull(graphs.get(i), "graphs[" + i + "]");
            if (g.isNameGiven()) {
                Integer first = given.putIfAbsent(g.name().toLowerCase(java.util.Locale.ROOT), i);
                if (first != null) {
                    throw new IllegalArgumentException("name: graph " + (i + 1) + " is named '" + g.name()
                            + "' like graph " + (first + 1) + "; names must be unique (they become file names)");
                }
            }
        }
        Set<String> taken = new HashSet<>(given.keySet());
        List<GraphSpec> result = new ArrayList<>();
        for (GraphSpec g : graphs) {
            if (g.isNameGiven()) {
                result.add(g);
                continue;
            }
            String name = g.name();
            for (int n = 2; taken.contains(name.toLowerCase(java.util.Locale.ROOT)); n++) {
                name = g.name() + "-" + n;
            }
            taken.add(name.toLowerCase(java.util.Locale.ROOT));
            result.add(name.equals(g.name()) ? g : g.withName(name));
        }
        return result;
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

    private static final class DaemonThreads implements ThreadFactory {
        private static final AtomicInteger COUNT = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "datadog-snapshot-" + COUNT.incrementAndGet());
            t.setDaemon(true);
            return t;
        }
    }
}

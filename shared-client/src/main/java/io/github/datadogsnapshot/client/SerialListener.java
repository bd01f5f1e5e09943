package io.github.datadogsnapshot.client;

import io.github.datadogsnapshot.client.config.CaptureListener;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.graph.TimeWindow;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import java.time.Duration;

/** Delivers listener calls one at a time, so listeners need not be thread-safe. */
final class SerialListener implements CaptureListener {
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

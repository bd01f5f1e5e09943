package io.github.datadogsnapshot.client;

import io.github.datadogsnapshot.client.config.CaptureListener;
import io.github.datadogsnapshot.client.config.ClientSettings;
import io.github.datadogsnapshot.client.config.KeyCheck;
import io.github.datadogsnapshot.client.config.RateLimitStatus;
import io.github.datadogsnapshot.client.config.StoredImage;
import io.github.datadogsnapshot.client.engine.CaptureEngine;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.graph.TimeWindow;
import io.github.datadogsnapshot.client.manifest.Version;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Creates graph snapshots, waits until they are rendered and stores the images. One instance holds one pooled HTTP
 * client, a few threads (one timer, at most {@link ClientSettings#concurrency()} for requests, none while idle)
 * and one view of the snapshot budget shared by all its captures; it is thread-safe, meant to be shared, and
 * closed by its owner. {@link SnapshotCapture} captures many graphs at once.
 */
public final class SnapshotClient implements AutoCloseable {

    private final ClientSettings settings;
    private final CaptureEngine engine;

    public SnapshotClient(ClientSettings settings) {
        this.settings = settings;
        this.engine = new CaptureEngine(settings, "datadog-snapshot/" + Version.get());
    }

    public ClientSettings settings() {
        return settings;
    }

    /** The snapshot budget as the last answer stated it; empty before the first answer with the headers. */
    public Optional<RateLimitStatus> lastRateLimit() {
        return engine.lastRateLimit();
    }

    /**
     * Checks both keys without creating a snapshot: {@code GET /api/v1/validate} (the API key alone), then
     * {@code GET /api/v2/validate_keys} (both keys; one ordinary API request each). Scoped application keys, which
     * the snapshot endpoint refuses, pass this check: Datadog does not show scopes here.
     */
    public KeyCheck checkKeys() {
        return engine.checkKeys();
    }

    /**
     * Captures one graph: creates the snapshot, waits for the image and stores it at {@code target}, all within the
     * configured timeout. When interrupted, the capture is called off (nothing partial is left) and the interrupt
     * is rethrown.
     *
     * @throws io.github.datadogsnapshot.client.exception.SnapshotException saying what went wrong and what to do
     */
    public StoredImage capture(GraphSpec graph, TimeWindow window, Path target, CaptureListener listener)
            throws InterruptedException {
        return engine.captureOne(graph, window, target, listener == null ? CaptureListener.NONE : listener);
    }

    CaptureEngine engine() {
        return engine;
    }

    /** Stops the client's threads (a capture still running is cut) and closes its connections. */
    @Override
    public void close() {
        engine.close();
    }

    @Override
    public String toString() {
        return "SnapshotClient[" + settings.endpoint() + "]";
    }
}

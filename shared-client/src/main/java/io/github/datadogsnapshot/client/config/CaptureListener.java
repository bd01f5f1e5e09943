package io.github.datadogsnapshot.client.config;

import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.graph.TimeWindow;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import java.time.Duration;

/**
 * Progress of a capture. The client never prints; build tools adapt this to their log. Calls come from
 * several threads; {@link io.github.datadogsnapshot.client.SnapshotCapture} serialises them, so implementations need not be thread-safe
 * when used through it. Every method has a no-op default.
 */
public interface CaptureListener {

    /** Ignores everything. */
    CaptureListener NONE = new CaptureListener() {
    };

    /** The create request for {@code graph} is about to be sent. */
    default void requested(GraphSpec graph, TimeWindow window) {
    }

    /** A request failed in a way worth another try; the next one follows after {@code delay}. */
    default void retrying(GraphSpec graph, String reason, Duration delay) {
    }

    /** The organization's snapshot budget is used up; all captures of this client wait {@code wait}. */
    default void rateLimited(GraphSpec graph, Duration wait) {
    }

    /** The image is still rendering after {@code waited}; called about every 10 seconds of waiting. */
    default void stillRendering(GraphSpec graph, Duration waited, String lastAnswer) {
    }

    /** The image is on disk. */
    default void stored(GraphSpec graph, ManifestEntry entry) {
    }

    /** The graph ended without an image; {@code entry} holds the error. */
    default void failed(GraphSpec graph, ManifestEntry entry) {
    }
}

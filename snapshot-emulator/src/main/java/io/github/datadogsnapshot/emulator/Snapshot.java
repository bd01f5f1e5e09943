package io.github.datadogsnapshot.emulator;

import java.lang.ref.SoftReference;
import java.time.Duration;
import java.time.Instant;

/** One created snapshot. Its chart is drawn on first demand and kept while memory allows. */
final class Snapshot {

    private final String key;
    private final SnapshotRequest request;
    private final Instant createdAt;
    private final Duration renderDelay;
    private SoftReference<byte[]> image = new SoftReference<>(null);

    Snapshot(String key, SnapshotRequest request, Instant createdAt, Duration renderDelay) {
        this.key = key;
        this.request = request;
        this.createdAt = createdAt;
        this.renderDelay = renderDelay;
    }

    /** The part of the image URL after {@code /snapshot/view/}, without {@code .png}. */
    String key() {
        return key;
    }

    SnapshotRequest request() {
        return request;
    }

    Instant createdAt() {
        return createdAt;
    }

    /** When the real image is served instead of the placeholder. */
    Instant readyAt() {
        return createdAt.plus(renderDelay);
    }

    /**
     * The chart PNG. Concurrent callers share one rendering; rendering is deterministic, so a redraw
     * after the garbage collector dropped the bytes gives the same bytes.
     */
    synchronized byte[] image() {
        byte[] bytes = image.get();
        if (bytes == null) {
            bytes = SnapshotChart.render(request);
            image = new SoftReference<>(bytes);
        }
        return bytes;
    }
}

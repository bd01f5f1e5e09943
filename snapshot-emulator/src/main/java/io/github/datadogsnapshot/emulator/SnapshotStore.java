package io.github.datadogsnapshot.emulator;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** The snapshots created so far, by the key their URLs carry. Thread-safe. */
final class SnapshotStore {

    static final String BUCKET = "dd-snapshots-emulator";
    static final String ORG = "org_1";

    private final Map<String, Snapshot> snapshots = new ConcurrentHashMap<>();
    // Never reset, so that no two snapshots of one JVM share a URL, even across reset().
    private final AtomicLong counter = new AtomicLong();
    private final RenderDelays renderDelays;

    SnapshotStore(RenderDelays renderDelays) {
        this.renderDelays = renderDelays;
    }

    /** Stores a new snapshot; its key is unique even for identical parameters. */
    Snapshot create(SnapshotRequest request, Map<String, String> params, Instant createdAt) {
        LocalDate day = LocalDate.ofInstant(Instant.ofEpochSecond(request.start()), ZoneOffset.UTC);
        String key = BUCKET + "/" + ORG + "/" + day + "/" + sha1(new TreeMap<>(params) + "#" + counter.incrementAndGet());
        Snapshot snapshot = new Snapshot(key, request, createdAt, renderDelays.next());
        snapshots.put(key, snapshot);
        return snapshot;
    }

    Optional<Snapshot> find(String key) {
        return Optional.ofNullable(snapshots.get(key));
    }

    List<Duration> renderDelays() {
        return renderDelays.drawn();
    }

    void clear() {
        snapshots.clear();
        renderDelays.restart();
    }

    private static String sha1(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-1");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-1", e);
        }
    }
}

package io.github.datadogsnapshot.emulator;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The state of the {@link Faults} switches and what the emulator's endpoints read from it. {@link Faults} checks
 * and sets the values; the handlers and APIs only read them (and take the counted ones).
 */
final class FaultSwitches {

    final AtomicInteger serverErrors = new AtomicInteger();
    final AtomicInteger droppedConnections = new AtomicInteger();
    volatile Duration slowAnswers = Duration.ZERO;
    volatile String slowPaths = "/";
    volatile boolean brokenPng;
    volatile long oversizedPng;
    volatile String foreignSnapshotHost;
    volatile boolean neverReady;
    volatile boolean nonPngBeforeReady;
    volatile Duration trickle = Duration.ZERO;
    volatile String tricklePaths = "/";
    volatile String dropMidBodyPaths;
    volatile boolean hugeDimensions;
    volatile String redirectImagesTo;
    volatile boolean withoutContentLength;
    volatile byte[] queryAnswer;
    volatile boolean withoutRateLimitHeaders;
    // Guarded by this.
    private double randomShare;
    private SplittableRandom random;
    private final Map<Faults.RandomFault, Integer> randomDrawn = new EnumMap<>(Faults.RandomFault.class);

    /** Every switch off. */
    void clear() {
        serverErrors.set(0);
        droppedConnections.set(0);
        slowAnswers = Duration.ZERO;
        slowPaths = "/";
        redirectImagesTo = null;
        withoutContentLength = false;
        queryAnswer = null;
        withoutRateLimitHeaders = false;
        random(0, 0);
        brokenPng = false;
        oversizedPng = 0;
        foreignSnapshotHost = null;
        neverReady = false;
        nonPngBeforeReady = false;
        trickle = Duration.ZERO;
        tricklePaths = "/";
        dropMidBodyPaths = null;
        hugeDimensions = false;
    }

    synchronized void random(double share, long seed) {
        randomShare = share;
        random = share == 0 ? null : new SplittableRandom(seed);
        randomDrawn.clear();
    }

    synchronized Map<Faults.RandomFault, Integer> randomDrawn() {
        return Map.copyOf(randomDrawn);
    }

    /** The random fault a request to {@code path} meets, or null; a broken PNG is drawn only for images. */
    synchronized Faults.RandomFault drawRandom(String path) {
        if (random == null || random.nextDouble() >= randomShare) {
            return null;
        }
        Faults.RandomFault[] kinds = Faults.RandomFault.values();
        int choices = path.startsWith(SnapshotApi.VIEW_PREFIX) ? kinds.length : kinds.length - 1;
        Faults.RandomFault fault = kinds[random.nextInt(choices)];
        randomDrawn.merge(fault, 1, Integer::sum);
        return fault;
    }

    boolean takeServerError() {
        return takeOne(serverErrors);
    }

    boolean takeDroppedConnection() {
        return takeOne(droppedConnections);
    }

    Duration slowAnswersFor(String path) {
        return path.startsWith(slowPaths) ? slowAnswers : Duration.ZERO;
    }

    Duration trickleFor(String path) {
        return path.startsWith(tricklePaths) ? trickle : Duration.ZERO;
    }

    boolean dropsMidBody(String path) {
        String prefix = dropMidBodyPaths;
        return prefix != null && path.startsWith(prefix);
    }

    String redirectImagesTo() {
        return redirectImagesTo;
    }

    boolean withoutContentLength() {
        return withoutContentLength;
    }

    boolean withoutRateLimitHeaders() {
        return withoutRateLimitHeaders;
    }

    byte[] queryAnswer() {
        return queryAnswer;
    }

    boolean brokenPng() {
        return brokenPng;
    }

    long oversizedPng() {
        return oversizedPng;
    }

    String foreignSnapshotHost() {
        return foreignSnapshotHost;
    }

    boolean neverReady() {
        return neverReady;
    }

    boolean nonPngBeforeReady() {
        return nonPngBeforeReady;
    }

    boolean hugeDimensions() {
        return hugeDimensions;
    }

    private static boolean takeOne(AtomicInteger counter) {
        return counter.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }

    static String requireHost(String host, String name) {
        if (host != null && (host.isBlank() || host.contains("/"))) {
            throw new IllegalArgumentException(name + " must be a host name, got '" + host + "'");
        }
        return host;
    }

    static int requireNotNegative(int value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative, got " + value);
        }
        return value;
    }
}

package io.github.datadogsnapshot.emulator;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Switches that make the emulator misbehave the way a real service sometimes does. All are off by
 * default, may be changed at any time from any thread, and are cleared by
 * {@link DatadogEmulator#reset()}. Every setter returns this object so calls can be chained.
 */
public final class Faults {

    /** The largest padded image the emulator builds (it is held in memory). */
    public static final long MAX_OVERSIZED_PNG = 1L << 30;

    private final RateLimitWindow rateLimit;
    private final RateLimitWindow queryRateLimit;
    private final AtomicInteger serverErrors = new AtomicInteger();
    private final AtomicInteger droppedConnections = new AtomicInteger();
    private volatile Duration slowAnswers = Duration.ZERO;
    private volatile String slowPaths = "/";
    private volatile boolean brokenPng;
    private volatile long oversizedPng;
    private volatile String foreignSnapshotHost;
    private volatile boolean neverReady;
    private volatile boolean nonPngBeforeReady;
    private volatile Duration trickle = Duration.ZERO;
    private volatile String tricklePaths = "/";
    private volatile String dropMidBodyPaths;
    private volatile boolean hugeDimensions;
    private volatile String redirectImagesTo;
    private volatile boolean withoutContentLength;
    private volatile byte[] queryAnswer;
    private volatile boolean withoutRateLimitHeaders;
    // Guarded by this.
    private double randomShare;
    private SplittableRandom random;
    private final Map<RandomFault, Integer> randomDrawn = new EnumMap<>(RandomFault.class);

    /**
     * What {@link #randomFaults(double, long)} may do to one request: answer 500, close the connection without an
     * answer, answer 2 s late, close it halfway through the body, or (images only) serve a broken PNG.
     */
    public enum RandomFault {
        SERVER_ERROR, DROPPED_CONNECTION, SLOW_ANSWER, DROPPED_MID_BODY, BROKEN_PNG
    }

    /** How late a {@link RandomFault#SLOW_ANSWER} comes. */
    public static final Duration RANDOM_SLOW_ANSWER = Duration.ofSeconds(2);

    Faults(RateLimitWindow rateLimit, RateLimitWindow queryRateLimit) {
        this.rateLimit = rateLimit;
        this.queryRateLimit = queryRateLimit;
    }

    /**
     * The next {@code count} requests under {@code /api/} (snapshots, status, validation, metrics queries and
     * events alike) answer 500 with a Datadog error body.
     */
    public Faults serverErrors(int count) {
        serverErrors.set(requireNotNegative(count, "serverErrors"));
        return this;
    }

    /**
     * Delays every answer by {@code delay} of real time (the one real wait of the emulator, there to
     * exercise client-side timeouts). {@link Duration#ZERO} switches it off.
     */
    public Faults slowAnswers(Duration delay) {
        return slowAnswers(delay, "/");
    }

    /**
     * Delays the answers to paths starting with {@code pathPrefix} by {@code delay} of real time, nothing sent
     * before (e.g. {@code "/snapshot/view/"}: only the images are slow). {@link Duration#ZERO} switches it off.
     */
    public Faults slowAnswers(Duration delay, String pathPrefix) {
        Objects.requireNonNull(delay, "delay");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("slowAnswers must not be negative, got " + delay);
        }
        slowPaths = Objects.requireNonNull(pathPrefix, "pathPrefix");
        slowAnswers = delay;
        return this;
    }

    /** The next {@code count} requests (any path) get their connection closed without any answer. */
    public Faults dropConnections(int count) {
        droppedConnections.set(requireNotNegative(count, "dropConnections"));
        return this;
    }

    /** Once ready, images are served as a PNG signature followed by garbage (still {@code image/png}). */
    public Faults brokenPng(boolean enabled) {
        brokenPng = enabled;
        return this;
    }

    /**
     * Once ready, images are served as the real PNG padded with a private ancillary chunk to at least
     * {@code bytes} bytes (at most {@link #MAX_OVERSIZED_PNG}); the PNG stays valid. {@code 0}
     * switches it off.
     */
    public Faults oversizedPng(long bytes) {
        if (bytes < 0 || bytes > MAX_OVERSIZED_PNG) {
            throw new IllegalArgumentException(
                    "oversizedPng must be from 0 to " + MAX_OVERSIZED_PNG + " bytes, got " + bytes);
        }
        oversizedPng = bytes;
        return this;
    }

    /**
     * The {@code snapshot_url} of new snapshots names this host instead of the emulator's, with the
     * same scheme, port and path ({@code "evil.example:8443"} replaces the port too). {@code null}
     * switches it off.
     */
    public Faults foreignSnapshotHost(String host) {
        foreignSnapshotHost = requireHost(host, "foreignSnapshotHost");
        return this;
    }

    /** Images stay the placeholder forever and the status call keeps answering 403. */
    public Faults neverReady(boolean enabled) {
        neverReady = enabled;
        return this;
    }

    /** Before an image is ready its URL answers 200 {@code text/html} instead of the placeholder PNG. */
    public Faults nonPngBeforeReady(boolean enabled) {
        nonPngBeforeReady = enabled;
        return this;
    }

    /**
     * Answers to paths starting with {@code pathPrefix} send their headers at once, then the body one byte every
     * {@code perByte} of real time: a server that keeps a connection busy without ever going silent long enough
     * for a read timeout. {@link Duration#ZERO} switches it off.
     */
    public Faults trickle(Duration perByte, String pathPrefix) {
        Objects.requireNonNull(perByte, "perByte");
        if (perByte.isNegative()) {
            throw new IllegalArgumentException("trickle must not be negative, got " + perByte);
        }
        trickle = perByte;
        tricklePaths = Objects.requireNonNull(pathPrefix, "pathPrefix");
        return this;
    }

    /**
     * Answers to paths starting with {@code pathPrefix} send their headers and half their body, then close the
     * connection. {@code null} switches it off.
     */
    public Faults dropMidBody(String pathPrefix) {
        dropMidBodyPaths = pathPrefix;
        return this;
    }

    /**
     * Once ready, images claim to be 100000x100000 pixels in a valid PNG header with next to no pixel data, as a
     * decompression bomb would.
     */
    public Faults hugeDimensions(boolean enabled) {
        hugeDimensions = enabled;
        return this;
    }

    /**
     * Image URLs answer {@code 302 Found} with a {@code Location} on this host (same scheme, port and path, as
     * {@link #foreignSnapshotHost} does for {@code snapshot_url}): a redirect a client must not follow. {@code null}
     * switches it off.
     */
    public Faults redirectImages(String host) {
        redirectImagesTo = requireHost(host, "redirectImages");
        return this;
    }

    /**
     * Answers are sent in chunks without {@code Content-Length}, so a client learns the size of a body only by
     * reading it (an oversized image included).
     */
    public Faults withoutContentLength(boolean enabled) {
        withoutContentLength = enabled;
        return this;
    }

    /**
     * Answers carry no {@code X-RateLimit-*} headers, as behind a proxy that strips them; the budgets still count
     * and still answer 429 when spent.
     */
    public Faults withoutRateLimitHeaders(boolean enabled) {
        withoutRateLimitHeaders = enabled;
        return this;
    }

    /**
     * Each request (any path), with probability {@code share}, meets one {@link RandomFault} drawn at random; the
     * draws come from a random sequence seeded with {@code seed}, so a run with one thread asking is repeatable.
     * {@code 0} switches it off. {@link #randomFaultsDrawn()} counts what was drawn.
     */
    public synchronized Faults randomFaults(double share, long seed) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("randomFaults share must be from 0 to 1, got " + share);
        }
        randomShare = share;
        random = share == 0 ? null : new SplittableRandom(seed);
        randomDrawn.clear();
        return this;
    }

    /** How many times each random fault was drawn since {@link #randomFaults(double, long)} was set. */
    public synchronized Map<RandomFault, Integer> randomFaultsDrawn() {
        return Map.copyOf(randomDrawn);
    }

    /** Sets the snapshot calls left in the current rate-limit window ({@code 0}: the next call gets 429). */
    public Faults rateLimitRemaining(int remaining) {
        rateLimit.setRemaining(requireNotNegative(remaining, "rateLimitRemaining"));
        return this;
    }

    /** Makes the current rate-limit window reset after {@code untilReset} (emulator clock). */
    public Faults rateLimitReset(Duration untilReset) {
        rateLimit.setResetIn(Objects.requireNonNull(untilReset, "untilReset"));
        return this;
    }

    /** Sets the metrics query calls left in the current query window ({@code 0}: the next query gets 429). */
    public Faults queryRateLimitRemaining(int remaining) {
        queryRateLimit.setRemaining(requireNotNegative(remaining, "queryRateLimitRemaining"));
        return this;
    }

    /** Makes the current window of the query budget reset after {@code untilReset} (emulator clock). */
    public Faults queryRateLimitReset(Duration untilReset) {
        queryRateLimit.setResetIn(Objects.requireNonNull(untilReset, "untilReset"));
        return this;
    }

    /**
     * Makes every metrics query that the emulator would answer 200 answer with {@code body} instead (as UTF-8, as
     * {@code application/json}), for answers Datadog might send and the synthetic series never hold: values such as
     * {@code 1e309}, points out of time order, very large answers. {@code null} switches it off.
     */
    public Faults queryAnswer(String body) {
        queryAnswer = body == null ? null : body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return this;
    }

    byte[] queryAnswer() {
        return queryAnswer;
    }

    /** Switches every fault off (the rate-limit windows are left alone). */
    public Faults clear() {
        serverErrors.set(0);
        droppedConnections.set(0);
        slowAnswers = Duration.ZERO;
        slowPaths = "/";
        redirectImagesTo = null;
        withoutContentLength = false;
        queryAnswer = null;
        withoutRateLimitHeaders = false;
        randomFaults(0, 0);
        brokenPng = false;
        oversizedPng = 0;
        foreignSnapshotHost = null;
        neverReady = false;
        nonPngBeforeReady = false;
        trickle = Duration.ZERO;
        tricklePaths = "/";
        dropMidBodyPaths = null;
        hugeDimensions = false;
        return this;
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

    String redirectImagesTo() {
        return redirectImagesTo;
    }

    boolean withoutContentLength() {
        return withoutContentLength;
    }

    boolean withoutRateLimitHeaders() {
        return withoutRateLimitHeaders;
    }

    /** The random fault a request to {@code path} meets, or null; a broken PNG is drawn only for images. */
    synchronized RandomFault drawRandom(String path) {
        if (random == null || random.nextDouble() >= randomShare) {
            return null;
        }
        RandomFault[] kinds = RandomFault.values();
        int choices = path.startsWith(SnapshotApi.VIEW_PREFIX) ? kinds.length : kinds.length - 1;
        RandomFault fault = kinds[random.nextInt(choices)];
        randomDrawn.merge(fault, 1, Integer::sum);
        return fault;
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

    Duration trickleFor(String path) {
        return path.startsWith(tricklePaths) ? trickle : Duration.ZERO;
    }

    boolean dropsMidBody(String path) {
        String prefix = dropMidBodyPaths;
        return prefix != null && path.startsWith(prefix);
    }

    boolean hugeDimensions() {
        return hugeDimensions;
    }

    private static boolean takeOne(AtomicInteger counter) {
        return counter.getAndUpdate(n -> n > 0 ? n - 1 : 0) > 0;
    }

    private static String requireHost(String host, String name) {
        if (host != null && (host.isBlank() || host.contains("/"))) {
            throw new IllegalArgumentException(name + " must be a host name, got '" + host + "'");
        }
        return host;
    }

    private static int requireNotNegative(int value, String name) {
        if (value < 0) {
            throw new IllegalArgumentException(name + " must not be negative, got " + value);
        }
        return value;
    }
}

package io.github.datadogsnapshot.emulator;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;

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
    private final FaultSwitches switches = new FaultSwitches();

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
        switches.serverErrors.set(FaultSwitches.requireNotNegative(count, "serverErrors"));
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
        switches.slowPaths = Objects.requireNonNull(pathPrefix, "pathPrefix");
        switches.slowAnswers = delay;
        return this;
    }

    /** The next {@code count} requests (any path) get their connection closed without any answer. */
    public Faults dropConnections(int count) {
        switches.droppedConnections.set(FaultSwitches.requireNotNegative(count, "dropConnections"));
        return this;
    }

    /** Once ready, images are served as a PNG signature followed by garbage (still {@code image/png}). */
    public Faults brokenPng(boolean enabled) {
        switches.brokenPng = enabled;
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
        switches.oversizedPng = bytes;
        return this;
    }

    /**
     * The {@code snapshot_url} of new snapshots names this host instead of the emulator's, with the
     * same scheme, port and path ({@code "evil.example:8443"} replaces the port too). {@code null}
     * switches it off.
     */
    public Faults foreignSnapshotHost(String host) {
        switches.foreignSnapshotHost = FaultSwitches.requireHost(host, "foreignSnapshotHost");
        return this;
    }

    /** Images stay the placeholder forever and the status call keeps answering 403. */
    public Faults neverReady(boolean enabled) {
        switches.neverReady = enabled;
        return this;
    }

    /** Before an image is ready its URL answers 200 {@code text/html} instead of the placeholder PNG. */
    public Faults nonPngBeforeReady(boolean enabled) {
        switches.nonPngBeforeReady = enabled;
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
        switches.trickle = perByte;
        switches.tricklePaths = Objects.requireNonNull(pathPrefix, "pathPrefix");
        return this;
    }

    /**
     * Answers to paths starting with {@code pathPrefix} send their headers and half their body, then close the
     * connection. {@code null} switches it off.
     */
    public Faults dropMidBody(String pathPrefix) {
        switches.dropMidBodyPaths = pathPrefix;
        return this;
    }

    /**
     * Once ready, images claim to be 100000x100000 pixels in a valid PNG header with next to no pixel data, as a
     * decompression bomb would.
     */
    public Faults hugeDimensions(boolean enabled) {
        switches.hugeDimensions = enabled;
        return this;
    }

    /**
     * Image URLs answer {@code 302 Found} with a {@code Location} on this host (same scheme, port and path, as
     * {@link #foreignSnapshotHost} does for {@code snapshot_url}): a redirect a client must not follow. {@code null}
     * switches it off.
     */
    public Faults redirectImages(String host) {
        switches.redirectImagesTo = FaultSwitches.requireHost(host, "redirectImages");
        return this;
    }

    /**
     * Answers are sent in chunks without {@code Content-Length}, so a client learns the size of a body only by
     * reading it (an oversized image included).
     */
    public Faults withoutContentLength(boolean enabled) {
        switches.withoutContentLength = enabled;
        return this;
    }

    /**
     * Answers carry no {@code X-RateLimit-*} headers, as behind a proxy that strips them; the budgets still count
     * and still answer 429 when spent.
     */
    public Faults withoutRateLimitHeaders(boolean enabled) {
        switches.withoutRateLimitHeaders = enabled;
        return this;
    }

    /**
     * Each request (any path), with probability {@code share}, meets one {@link RandomFault} drawn at random; the
     * draws come from a random sequence seeded with {@code seed}, so a run with one thread asking is repeatable.
     * {@code 0} switches it off. {@link #randomFaultsDrawn()} counts what was drawn.
     */
    public Faults randomFaults(double share, long seed) {
        if (!(share >= 0 && share <= 1)) {
            throw new IllegalArgumentException("randomFaults share must be from 0 to 1, got " + share);
        }
        switches.random(share, seed);
        return this;
    }

    /** How many times each random fault was drawn since {@link #randomFaults(double, long)} was set. */
    public Map<RandomFault, Integer> randomFaultsDrawn() {
        return switches.randomDrawn();
    }

    /** Sets the snapshot calls left in the current rate-limit window ({@code 0}: the next call gets 429). */
    public Faults rateLimitRemaining(int remaining) {
        rateLimit.setRemaining(FaultSwitches.requireNotNegative(remaining, "rateLimitRemaining"));
        return this;
    }

    /** Makes the current rate-limit window reset after {@code untilReset} (emulator clock). */
    public Faults rateLimitReset(Duration untilReset) {
        rateLimit.setResetIn(Objects.requireNonNull(untilReset, "untilReset"));
        return this;
    }

    /** Sets the metrics query calls left in the current query window ({@code 0}: the next query gets 429). */
    public Faults queryRateLimitRemaining(int remaining) {
        queryRateLimit.setRemaining(FaultSwitches.requireNotNegative(remaining, "queryRateLimitRemaining"));
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
        switches.queryAnswer = body == null ? null : body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return this;
    }

    /** Switches every fault off (the rate-limit windows are left alone). */
    public Faults clear() {
        switches.clear();
        return this;
    }

    /** What the endpoints read. */
    FaultSwitches switches() {
        return switches;
    }
}

package io.github.datadogsnapshot.emulator;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;

/**
 * The fixed configuration of one {@link DatadogEmulator}: where it listens, which keys it accepts,
 * how long a snapshot takes to render and how large the snapshot and the metrics query budgets are.
 *
 * <p>Build it through {@link DatadogEmulator#builder()}; the constructor checks every value.
 *
 * @param port TCP port on 127.0.0.1, {@code 0} for an ephemeral port
 * @param apiKey the accepted {@code DD-API-KEY}
 * @param applicationKey the accepted {@code DD-APPLICATION-KEY}
 * @param scopedApplicationKey an application key that exists but that the snapshot endpoint refuses
 * @param renderDelay time from the creation of a snapshot until its real image is served; with a larger
 *     {@code renderDelayMax}, the shortest such time
 * @param renderDelayMax the longest render time: each snapshot's is drawn uniformly between {@code renderDelay}
 *     and this, from a random sequence seeded with {@code renderSeed} (in creation order); equal to
 *     {@code renderDelay} for a fixed render time
 * @param renderSeed the seed of the render times
 * @param rateLimit snapshot calls allowed per {@code ratePeriod}
 * @param ratePeriod length of one rate-limit window, at least one second
 * @param queryRateLimit metrics query calls ({@code /api/v1/query}) allowed per {@code queryRatePeriod}
 * @param queryRatePeriod length of one window of the query budget, at least one second
 * @param clock the source of every time decision (readiness, rate-limit windows, request times)
 */
public record EmulatorSettings(
        int port,
        String apiKey,
        String applicationKey,
        String scopedApplicationKey,
        Duration renderDelay,
        Duration renderDelayMax,
        long renderSeed,
        int rateLimit,
        Duration ratePeriod,
        int queryRateLimit,
        Duration queryRatePeriod,
        Clock clock) {

    /** The API key accepted unless another one is configured. */
    public static final String DEFAULT_API_KEY = "emulator-api-key";
    /** The application key accepted unless another one is configured. */
    public static final String DEFAULT_APPLICATION_KEY = "emulator-app-key";
    /** The scoped application key (refused by the snapshot endpoint) unless another one is configured. */
    public static final String DEFAULT_SCOPED_APPLICATION_KEY = "emulator-scoped-app-key";

    /** Checks every value; the message names the setting and what is wrong with it. */
    public EmulatorSettings {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must be between 0 and 65535, got " + port);
        }
        requireText(apiKey, "apiKey");
        requireText(applicationKey, "applicationKey");
        requireText(scopedApplicationKey, "scopedApplicationKey");
        if (scopedApplicationKey.equals(applicationKey)) {
            throw new IllegalArgumentException("scopedApplicationKey must differ from applicationKey");
        }
        Objects.requireNonNull(renderDelay, "renderDelay");
        if (renderDelay.isNegative()) {
            throw new IllegalArgumentException("renderDelay must not be negative, got " + renderDelay);
        }
        Objects.requireNonNull(renderDelayMax, "renderDelayMax");
        if (renderDelayMax.compareTo(renderDelay) < 0) {
            throw new IllegalArgumentException("renderDelayMax must not be shorter than renderDelay, got "
                    + renderDelayMax + " < " + renderDelay);
        }
        if (rateLimit < 1) {
            throw new IllegalArgumentException("rateLimit must be at least 1, got " + rateLimit);
        }
        Objects.requireNonNull(ratePeriod, "ratePeriod");
        if (ratePeriod.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("ratePeriod must be at least one second, got " + ratePeriod);
        }
        if (queryRateLimit < 1) {
            throw new IllegalArgumentException("queryRateLimit must be at least 1, got " + queryRateLimit);
        }
        Objects.requireNonNull(queryRatePeriod, "queryRatePeriod");
        if (queryRatePeriod.compareTo(Duration.ofSeconds(1)) < 0) {
            throw new IllegalArgumentException("queryRatePeriod must be at least one second, got " + queryRatePeriod);
        }
        Objects.requireNonNull(clock, "clock");
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " must not be empty");
        }
    }
}

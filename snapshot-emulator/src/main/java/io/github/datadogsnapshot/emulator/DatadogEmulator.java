package io.github.datadogsnapshot.emulator;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A local stand-in for Datadog's graph snapshot API on 127.0.0.1: key checks, validation, the
 * snapshot rate limit with its {@code X-RateLimit-*} headers, a render delay with a placeholder
 * image, the status call, real chart PNGs, the metrics query and events APIs answering with the
 * numbers and events of those charts (with their own query budget), the dashboard, v2 snapshot and v2
 * timeseries query endpoints, and {@link Faults} to make it misbehave.
 *
 * <pre>{@code
 * try (DatadogEmulator emulator = DatadogEmulator.builder().renderDelay(Duration.ZERO).build().start()) {
 *   URI api = emulator.baseUrl(); // http://127.0.0.1:<port>
 * }
 * }</pre>
 *
 * <p>Every time decision uses the configured {@link Clock}, so tests can move time forward instead
 * of waiting. Thread-safe.
 */
public final class DatadogEmulator implements AutoCloseable {

    private final EmulatorSettings settings;
    private final RateLimitWindow rateLimit;
    private final RateLimitWindow queryRateLimit;
    private final Faults faults;
    private final SnapshotStore store;
    private final RequestLog requests = new RequestLog();
    private final AtomicBoolean v2Preview = new AtomicBoolean(true);
    private EmulatorServer server;
    private volatile URI baseUrl;
    private boolean closed;

    DatadogEmulator(EmulatorSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.rateLimit = new RateLimitWindow(settings.rateLimit(), settings.ratePeriod(), settings.clock());
        this.queryRateLimit =
                new RateLimitWindow(settings.queryRateLimit(), settings.queryRatePeriod(), settings.clock());
        this.faults = new Faults(rateLimit, queryRateLimit);
        this.store = new SnapshotStore(new RenderDelays(settings.renderDelay(), settings.renderDelayMax(),
                settings.renderSeed()));
    }

    /** A builder with the defaults: free port, demo keys, 2 s render delay, 60 snapshots and 1600 queries an hour. */
    public static Builder builder() {
        return new Builder();
    }

    /** Binds to 127.0.0.1 and starts answering; calling it again does nothing. */
    public synchronized DatadogEmulator start() {
        if (closed) {
            throw new IllegalStateException("this emulator was closed; build a new one");
        }
        if (server != null) {
            return this;
        }
        SnapshotApi api = new SnapshotApi(settings, faults.switches(), rateLimit, store, this::baseUrl);
        V2Routes v2 = new V2Routes(new DashboardApi(api),
                new V2SnapshotApi(settings, api, store, this::baseUrl, v2Preview::get),
                new TimeseriesApi(settings, queryRateLimit));
        server = EmulatorServer.start(settings.port(), new EmulatorHandler(api,
                new MetricsApi(settings, queryRateLimit), v2, faults.switches(), settings.clock(), requests));
        baseUrl = URI.create("http://127.0.0.1:" + server.port());
        return this;
    }

    /** Where the emulator answers, e.g. {@code http://127.0.0.1:41234} (no trailing slash). */
    public URI baseUrl() {
        URI url = baseUrl;
        if (url == null) {
            throw new IllegalStateException("the emulator is not started; call start() first");
        }
        return url;
    }

    /** The port the emulator listens on. */
    public int port() {
        return baseUrl().getPort();
    }

    /** The accepted {@code DD-API-KEY}. */
    public String apiKey() {
        return settings.apiKey();
    }

    /** The accepted {@code DD-APPLICATION-KEY}. */
    public String applicationKey() {
        return settings.applicationKey();
    }

    /** The application key that exists but that the snapshot endpoint refuses. */
    public String scopedApplicationKey() {
        return settings.scopedApplicationKey();
    }

    /** The configuration this emulator was built with. */
    public EmulatorSettings settings() {
        return settings;
    }

    /** The fault switches; changes take effect with the next request. */
    public Faults faults() {
        return faults;
    }

    /** Every request received since the start or the last {@link #reset()}, in the order answered. */
    public List<RecordedRequest> requests() {
        return requests.snapshot();
    }

    /** How many recorded requests have a path starting with {@code pathPrefix}. */
    public long requestCount(String pathPrefix) {
        return requests.count(pathPrefix);
    }

    /**
     * The render time of every snapshot created since the start or the last {@link #reset()}, in creation order:
     * a benchmark's limit is the longest of them.
     */
    public List<Duration> renderDelays() {
        return store.renderDelays();
    }

    /** Clears faults, recorded requests, snapshots and both rate-limit windows (the render times start over). */
    public void reset() {
        faults.clear();
        rateLimit.reset();
        queryRateLimit.reset();
        store.clear();
        requests.clear();
        v2Preview.set(true);
    }

    /**
     * Whether {@code POST /api/v2/snapshot} exists for the emulated organization (default true); without the preview
     * it answers 404, as Datadog may for an organization that does not have it. {@link #reset} turns it back on.
     */
    public void v2SnapshotPreview(boolean enabled) {
        v2Preview.set(enabled);
    }

    /** Stops the server; the emulator cannot be started again. */
    @Override
    public synchronized void close() {
        closed = true;
        if (server != null) {
            server.stop();
            server = null;
        }
    }

    /** Collects the settings of a {@link DatadogEmulator}; {@link #build()} checks them. */
    public static final class Builder {
        private int port;
        private String apiKey = EmulatorSettings.DEFAULT_API_KEY;
        private String applicationKey = EmulatorSettings.DEFAULT_APPLICATION_KEY;
        private String scopedApplicationKey = EmulatorSettings.DEFAULT_SCOPED_APPLICATION_KEY;
        private Duration renderDelay = Duration.ofSeconds(2);
        private Duration renderDelayMax = renderDelay;
        private long renderSeed;
        private int rateLimit = 60;
        private Duration ratePeriod = Duration.ofHours(1);
        private int queryRateLimit = 1600;
        private Duration queryRatePeriod = Duration.ofHours(1);
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        /** TCP port on 127.0.0.1; {@code 0} (the default) picks a free one. */
        public Builder port(int port) {
            this.port = port;
            return this;
        }

        /** The accepted {@code DD-API-KEY} (default {@code emulator-api-key}). */
        public Builder apiKey(String apiKey) {
            this.apiKey = apiKey;
            return this;
        }

        /** The accepted {@code DD-APPLICATION-KEY} (default {@code emulator-app-key}). */
        public Builder applicationKey(String applicationKey) {
            this.applicationKey = applicationKey;
            return this;
        }

        /** A key the snapshot endpoint refuses with 403 (default {@code emulator-scoped-app-key}). */
        public Builder scopedApplicationKey(String scopedApplicationKey) {
            this.scopedApplicationKey = scopedApplicationKey;
            return this;
        }

        /** Time from the creation of a snapshot until its real image is served, the same for all (default 2 s). */
        public Builder renderDelay(Duration renderDelay) {
            this.renderDelay = renderDelay;
            this.renderDelayMax = renderDelay;
            return this;
        }

        /**
         * Render times drawn uniformly from {@code min} to {@code max} for each snapshot in creation order, from a
         * random sequence seeded with {@code seed}: the same seed gives the same times.
         */
        public Builder renderDelays(Duration min, Duration max, long seed) {
            this.renderDelay = min;
            this.renderDelayMax = max;
            this.renderSeed = seed;
            return this;
        }

        /** Snapshot calls allowed per period (default 60 per hour). */
        public Builder rateLimit(int limit, Duration period) {
            this.rateLimit = limit;
            this.ratePeriod = period;
            return this;
        }

        /** Metrics query calls (v1 and v2) per period (default 1600 per hour, Datadog's documented default). */
        public Builder queryRateLimit(int limit, Duration period) {
            this.queryRateLimit = limit;
            this.queryRatePeriod = period;
            return this;
        }

        /** The clock of every time decision (default {@link Clock#systemUTC()}). */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /** The settings collected so far, checked. */
        public EmulatorSettings settings() {
            return new EmulatorSettings(port, apiKey, applicationKey, scopedApplicationKey, renderDelay, renderDelayMax,
                    renderSeed, rateLimit, ratePeriod, queryRateLimit, queryRatePeriod, clock);
        }

        /** A new, not yet started emulator. */
        public DatadogEmulator build() {
            return new DatadogEmulator(settings());
        }
    }
}

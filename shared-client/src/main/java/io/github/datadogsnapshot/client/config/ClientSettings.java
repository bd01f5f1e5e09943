package io.github.datadogsnapshot.client.config;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.DoubleSupplier;

/**
 * Everything a {@link io.github.datadogsnapshot.client.SnapshotClient} needs: where, which keys, how long to wait, how many requests at once.
 * Immutable; built with {@link #builder(ApiEndpoint, Credentials)}.
 */
public final class ClientSettings {

    /** Default time one graph may take from request to image on disk. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(3);
    public static final int DEFAULT_CONCURRENCY = 8;
    public static final long DEFAULT_MAX_IMAGE_BYTES = 10L * 1024 * 1024;

    private final ApiEndpoint endpoint;
    private final Credentials credentials;
    private final Duration timeout;
    private final int concurrency;
    private final long maxImageBytes;
    private final Duration connectTimeout;
    private final Duration responseTimeout;
    private final RetryPolicy retryPolicy;
    private final PollPolicy pollPolicy;
    private final Clock clock;
    private final ScheduledExecutorService scheduler;
    private final DoubleSupplier random;
    private final ProxyServer proxy;

    private ClientSettings(Builder b) {
        this.endpoint = b.endpoint;
        this.credentials = b.credentials;
        this.timeout = SettingsChecks.positive("timeout", b.timeout);
        this.concurrency = SettingsChecks.concurrency(b.concurrency);
        this.maxImageBytes = SettingsChecks.maxImageBytes(b.maxImageBytes);
        this.connectTimeout = SettingsChecks.positive("connectTimeout", b.connectTimeout);
        this.responseTimeout = SettingsChecks.positive("responseTimeout", b.responseTimeout);
        this.retryPolicy = Objects.requireNonNull(b.retryPolicy, "retryPolicy");
        this.pollPolicy = Objects.requireNonNull(b.pollPolicy, "pollPolicy");
        this.clock = Objects.requireNonNull(b.clock, "clock");
        this.scheduler = b.scheduler;
        this.random = Objects.requireNonNull(b.random, "random");
        this.proxy = b.proxy.copy();
    }

    /** The longest timeout accepted: a day. A graph that takes longer will not render. */
    public static final Duration MAX_TIMEOUT = Duration.ofDays(1);

    public static Builder builder(ApiEndpoint endpoint, Credentials credentials) {
        return new Builder(endpoint, credentials);
    }

    public ApiEndpoint endpoint() {
        return endpoint;
    }

    public Credentials credentials() {
        return credentials;
    }

    /** How long one graph may take from the request until its image is on disk. */
    public Duration timeout() {
        return timeout;
    }

    /**
     * How many HTTP requests are in flight at most (also the number of request threads). It does not bound the
     * graphs in progress: every graph is requested as the rate limit allows, and a graph waiting for its image
     * holds no thread.
     */
    public int concurrency() {
        return concurrency;
    }

    public long maxImageBytes() {
        return maxImageBytes;
    }

    /** The longest wait for a connection; never past the graph's deadline. */
    public Duration connectTimeout() {
        return connectTimeout;
    }

    /**
     * The longest silence while reading an answer; never past the graph's deadline, which also cuts an answer that
     * keeps trickling in.
     */
    public Duration responseTimeout() {
        return responseTimeout;
    }

    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    public PollPolicy pollPolicy() {
        return pollPolicy;
    }

    public Clock clock() {
        return clock;
    }

    /**
     * The executor that runs the client's timers and requests when one was given; empty when the client runs its
     * own (one timer thread and {@link #concurrency()} request threads, closed with the client).
     */
    public Optional<ScheduledExecutorService> scheduler() {
        return Optional.ofNullable(scheduler);
    }

    /** The http proxy all requests go through, if any. */
    public Optional<URI> proxy() {
        return Optional.ofNullable(proxy.url());
    }

    /** The user name for the proxy, if it needs one. */
    public Optional<String> proxyUser() {
        return Optional.ofNullable(proxy.user());
    }

    /** The proxy password (a copy); only for the proxy's authentication. */
    public Optional<char[]> proxyPassword() {
        return Optional.ofNullable(proxy.password()).map(char[]::clone);
    }

    /** Source of jitter, values in [0, 1). */
    public DoubleSupplier random() {
        return random;
    }

    @Override
    public String toString() {
        return "ClientSettings[endpoint=" + endpoint + ", timeout=" + timeout + ", concurrency=" + concurrency + "]";
    }

    /** Builds {@link ClientSettings}; every field but the endpoint and the keys has a default. */
    public static final class Builder {
        private final ApiEndpoint endpoint;
        private final Credentials credentials;
        private Duration timeout = DEFAULT_TIMEOUT;
        private int concurrency = DEFAULT_CONCURRENCY;
        private long maxImageBytes = DEFAULT_MAX_IMAGE_BYTES;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration responseTimeout = Duration.ofSeconds(30);
        private RetryPolicy retryPolicy = RetryPolicy.DEFAULT;
        private PollPolicy pollPolicy = PollPolicy.DEFAULT;
        private Clock clock = Clock.systemUTC();
        private ScheduledExecutorService scheduler;
        private DoubleSupplier random = () -> ThreadLocalRandom.current().nextDouble();
        private ProxyServer proxy = ProxyServer.NONE;

        private Builder(ApiEndpoint endpoint, Credentials credentials) {
            this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
            this.credentials = Objects.requireNonNull(credentials, "credentials");
        }

        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        public Builder concurrency(int concurrency) {
            this.concurrency = concurrency;
            return this;
        }

        public Builder maxImageBytes(long maxImageBytes) {
            this.maxImageBytes = maxImageBytes;
            return this;
        }

        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = connectTimeout;
            return this;
        }

        public Builder responseTimeout(Duration responseTimeout) {
            this.responseTimeout = responseTimeout;
            return this;
        }

        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = retryPolicy;
            return this;
        }

        public Builder pollPolicy(PollPolicy pollPolicy) {
            this.pollPolicy = pollPolicy;
            return this;
        }

        /** The source of every time decision (deadlines, delays); delays are scheduled on the scheduler. */
        public Builder clock(Clock clock) {
            this.clock = clock;
            return this;
        }

        /**
         * Runs the client's timers (delays, deadlines) and its requests on this executor instead of the client's
         * own threads; the caller owns it and shuts it down. Its delays must follow the clock: with a clock of its
         * own, a test can run every wait in virtual time.
         */
        public Builder scheduler(ScheduledExecutorService scheduler) {
            this.scheduler = scheduler;
            return this;
        }

        public Builder random(DoubleSupplier random) {
            this.random = random;
            return this;
        }

        /**
         * Sends every request through an http proxy, given as {@code http://host:port}; null for none.
         *
         * @throws IllegalArgumentException naming the field when the URL is not of that form
         */
        public Builder proxy(String proxyUrl) {
            this.proxy = proxy.at(proxyUrl);
            return this;
        }

        /**
         * Basic authentication for the proxy (a user of null means none). The password never appears in
         * {@code toString()} or any message.
         */
        public Builder proxyCredentials(String user, char[] password) {
            this.proxy = proxy.withCredentials(user, password);
            return this;
        }

        /** @throws IllegalArgumentException naming the field that is out of range */
        public ClientSettings build() {
            proxy.check();
            return new ClientSettings(this);
        }
    }
}

package io.github.datadogsnapshot.client.transport;

import io.github.datadogsnapshot.client.config.ClientSettings;
import io.github.datadogsnapshot.client.config.Credentials;
import io.github.datadogsnapshot.client.format.Durations;
import java.io.Closeable;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;

/**
 * One pooled Apache HttpClient 5 for all requests of a client. No redirects are followed automatically (each hop
 * is checked by the caller), no cookies, no automatic retries (the caller's policy decides), request headers never
 * logged ({@link QuietConnection}). Every request is bounded by a deadline: connect and read timeouts never reach
 * past it, and when it passes the request is cut, also while an answer trickles in.
 */
public final class HttpTransport implements Closeable {

    /**
     * The largest JSON answer read, 8 MiB: a metrics query grouped {@code by {host}} over 500 hosts with 300 points
     * each is about 5.4 MiB (measured by {@code MetricsQueryApiTest}), a snapshot answer under 1 KiB. A larger
     * answer is cut here, its connection dropped, and the call reports this limit ({@link JsonAnswer#cut()}).
     */
    public static final int MAX_JSON_BYTES = 8 * 1024 * 1024;

    /**
     * A status, the headers (names in lower case) and the body of an API answer.
     *
     * @param cut whether the answer was longer than {@link #MAX_JSON_BYTES}: {@code body} is then its first part only
     */
    public record JsonAnswer(int status, Map<String, String> headers, byte[] body, boolean cut) {
        /** A whole answer. */
        public JsonAnswer(int status, Map<String, String> headers, byte[] body) {
            this(status, headers, body, false);
        }

        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** What a download left in the temp file. */
    public record Download(int status, String contentType, String location, long bytes, boolean tooLarge) {
    }

    private final CloseableHttpClient client;
    /** How long after the deadline a socket time out of the deadline's own length fires, should the timer be late. */
    static final Duration TIMER_MARGIN = Duration.ofMillis(250);

    private final Duration connectTimeout;
    private final Duration responseTimeout;
    private final Clock clock;
    private final TaskRunner runner;

    /** A pool sized for the settings' concurrency, through the settings' proxy if any; deadlines on {@code runner}. */
    public HttpTransport(ClientSettings settings, String userAgent, TaskRunner runner) {
        this.connectTimeout = settings.connectTimeout();
        this.responseTimeout = settings.responseTimeout();
        this.clock = settings.clock();
        this.runner = runner;
        int maxConnectionsPerRoute = settings.concurrency() * 2;
        HttpHost proxy = settings.proxy().map(p -> new HttpHost(p.getScheme(), p.getHost(), p.getPort())).orElse(null);
        BasicCredentialsProvider proxyAuth = new BasicCredentialsProvider();
        if (proxy != null && settings.proxyUser().isPresent()) {
            proxyAuth.setCredentials(new AuthScope(proxy),
                    new UsernamePasswordCredentials(settings.proxyUser().get(), settings.proxyPassword().orElse(new char[0])));
        }
        PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
                .setConnectionFactory(QuietConnection.FACTORY)
                .setTlsSocketStrategy(new LazyTls())
                .setDefaultConnectionConfig(ConnectionConfig.custom()
                        .setConnectTimeout(Timeout.of(connectTimeout))
                        .setSocketTimeout(Timeout.of(responseTimeout))
                        .build())
                .setMaxConnPerRoute(maxConnectionsPerRoute)
                .setMaxConnTotal(maxConnectionsPerRoute * 3)
                .build();
        this.client = HttpClients.custom()
                .setConnectionManager(pool)
                .setProxy(proxy)
                .setDefaultCredentialsProvider(proxyAuth)
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableRedirectHandling()
                .setUserAgent(userAgent)
                .build();
    }

    /**
     * GET with the keys as headers; reads a JSON answer of at most {@link #MAX_JSON_BYTES}.
     *
     * @throws Exchange.DeadlinePassed when the deadline passed before the whole answer was read
     * @throws java.util.concurrent.CancellationException when {@code exchange} was aborted
     */
    public JsonAnswer getJson(URI uri, Credentials credentials, Instant deadline, Exchange exchange) throws IOException {
        HttpGet get = request(uri, deadline);
        get.setHeader("Accept", "application/json");
        get.setHeader("DD-API-KEY", credentials.apiKey());
        get.setHeader("DD-APPLICATION-KEY", credentials.applicationKey());
        long[] received = {-1};
        return bounded(get, deadline, exchange, () -> received[0] < 0 ? "no answer" : "an answer still arriving ("
                + received[0] + " bytes)", () -> {
            ClassicHttpResponse response = client.executeOpen(null, get, null);
            received[0] = 0;
            try {
                return AnswerReader.json(get, response, received);
            } finally {
                closeQuietly(response);
            }
        });
    }

    /**
     * GET without keys (snapshot images are public), streaming the body into {@code target}, stopping at
     * {@code maxBytes}.
     *
     * @throws Exchange.DeadlinePassed when the deadline passed before the whole answer was read
     * @throws java.util.concurrent.CancellationException when {@code exchange} was aborted
     */
    public Download download(URI uri, Path target, long maxBytes, Instant deadline, Exchange exchange)
            throws IOException {
        HttpGet get = request(uri, deadline);
        get.setHeader("Accept", "image/png");
        long[] received = {-1};
        return bounded(get, deadline, exchange, () -> received[0] < 0 ? "no answer" : "an image still arriving ("
                + received[0] + " bytes)", () -> {
            ClassicHttpResponse response = client.executeOpen(null, get, null);
            received[0] = 0;
            try {
                return AnswerReader.image(get, response, target, maxBytes, received);
            } finally {
                closeQuietly(response);
            }
        });
    }

    /**
     * The time out of each phase is the shorter of its setting and the time left until the deadline plus
     * {@link #TIMER_MARGIN}: at the deadline the deadline timer cuts the exchange, so that it ends as "the deadline
     * passed", not as a socket time out.
     */
    private HttpGet request(URI uri, Instant deadline) throws Exchange.DeadlinePassed {
        Duration left = Duration.between(clock.instant(), deadline);
        if (left.isNegative() || left.isZero()) {
            throw new Exchange.DeadlinePassed("no time left to ask");
        }
        HttpGet get = new HttpGet(uri);
        get.setConfig(RequestConfig.custom()
                .setConnectionRequestTimeout(Timeout.of(shorter(responseTimeout, left.plus(TIMER_MARGIN))))
                .setResponseTimeout(Timeout.of(shorter(responseTimeout, left.plus(TIMER_MARGIN))))
                .setRedirectsEnabled(false)
                .build());
        return get;
    }

    @FunctionalInterface
    private interface Call<T> {
        T run() throws IOException;
    }

    @FunctionalInterface
    private interface Progress {
        String describe();
    }

    private <T> T bounded(HttpGet get, Instant deadline, Exchange exchange, Progress progress, Call<T> call)
            throws IOException {
        exchange.begin(get::cancel);
        Duration left = Duration.between(clock.instant(), deadline);
        TaskRunner.Cancellable watchdog = runner.alarm(left, exchange::expire);
        try {
            return call.run();
        } catch (IOException e) {
            IOException explained = exchange.explain(e, "the deadline passed after " + Durations.format(left)
                    + " with " + progress.describe(), !clock.instant().isBefore(deadline));
            throw explained;
        } finally {
            watchdog.cancel();
            exchange.end();
        }
    }

    /** A response whose body was cut (too large) or fully read: closing it cannot fail in a way that matters. */
    private static void closeQuietly(ClassicHttpResponse response) {
        try {
            response.close();
        } catch (IOException e) {
            // The connection was dropped on purpose, or is discarded anyway.
        }
    }

    private static Duration shorter(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}

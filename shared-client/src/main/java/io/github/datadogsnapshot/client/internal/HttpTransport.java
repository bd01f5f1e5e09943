package io.github.datadogsnapshot.client.internal;

import io.github.datadogsnapshot.client.ClientSettings;
import io.github.datadogsnapshot.client.Credentials;
import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManager;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.Timeout;

/**
 * One pooled Apache HttpClient 5 for all requests of a client. No redirects are followed automatically
 * (each hop is checked by the caller), no cookies, no automatic retries (the caller's policy decides).
 */
public final class HttpTransport implements Closeable {

    /** The JSON answers of the API are small; anything larger is cut and reported as unreadable. */
    static final int MAX_JSON_BYTES = 1024 * 1024;

    /** A status, the headers (names in lower case) and the body of an API answer. */
    public record JsonAnswer(int status, Map<String, String> headers, byte[] body) {
        public String header(String name) {
            return headers.get(name.toLowerCase(Locale.ROOT));
        }
    }

    /** What a download left in the temp file. */
    public record Download(int status, String contentType, String location, long bytes, boolean tooLarge) {
    }

    private final CloseableHttpClient client;

    /** A pool sized for the settings' concurrency, through the settings' proxy if any. */
    public HttpTransport(ClientSettings settings, String userAgent) {
        Duration connectTimeout = settings.connectTimeout();
        Duration responseTimeout = settings.responseTimeout();
        int maxConnectionsPerRoute = settings.concurrency() * 2;
        HttpHost proxy = settings.proxy().map(p -> new HttpHost(p.getScheme(), p.getHost(), p.getPort())).orElse(null);
        BasicCredentialsProvider proxyAuth = new BasicCredentialsProvider();
        if (proxy != null && settings.proxyUser().isPresent()) {
            proxyAuth.setCredentials(new AuthScope(proxy),
                    new UsernamePasswordCredentials(settings.proxyUser().get(), settings.proxyPassword().orElse(new char[0])));
        }
        PoolingHttpClientConnectionManager pool = PoolingHttpClientConnectionManagerBuilder.create()
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
                .setDefaultRequestConfig(RequestConfig.custom()
                        .setResponseTimeout(Timeout.of(responseTimeout))
                        .setConnectionRequestTimeout(Timeout.of(responseTimeout))
                        .setRedirectsEnabled(false)
                        .build())
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableRedirectHandling()
                .setUserAgent(userAgent)
                .build();
    }

    /** GET with the keys as headers; reads a JSON answer of at most {@link #MAX_JSON_BYTES}. */
    public JsonAnswer getJson(URI uri, Credentials credentials) throws IOException {
        HttpGet get = new HttpGet(uri);
        get.setHeader("Accept", "application/json");
        get.setHeader("DD-API-KEY", credentials.apiKey());
        get.setHeader("DD-APPLICATION-KEY", credentials.applicationKey());
        return client.execute(get, response -> {
            Map<String, String> headers = new TreeMap<>();
            for (Header h : response.getHeaders()) {
                headers.putIfAbsent(h.getName().toLowerCase(Locale.ROOT), h.getValue());
            }
            byte[] body = new byte[0];
            HttpEntity entity = response.getEntity();
            if (entity != null) {
                try (InputStream in = entity.getContent()) {
                    body = in.readNBytes(MAX_JSON_BYTES);
                }
            }
            return new JsonAnswer(response.getCode(), headers, body);
        });
    }

    /**
     * GET without keys (snapshot images are public), streaming the body into {@code target}, stopping at
     * {@code maxBytes}.
     */
    public Download download(URI uri, Path target, long maxBytes) throws IOException {
        HttpGet get = new HttpGet(uri);
        get.setHeader("Accept", "image/png");
        ClassicHttpResponse response = client.executeOpen(null, get, null);
        HttpEntity entity = response.getEntity();
        String type = entity == null || entity.getContentType() == null ? "" : entity.getContentType();
        Header location = response.getFirstHeader("Location");
        long written = 0;
        boolean tooLarge = entity != null && entity.getContentLength() > maxBytes;
        try {
            if (entity != null && !tooLarge) {
                try (OutputStream out = Files.newOutputStream(target)) {
                    InputStream in = entity.getContent();
                    byte[] buffer = new byte[16 * 1024];
                    for (int n; (n = in.read(buffer)) >= 0; ) {
                        written += n;
                        if (written > maxBytes) {
                            tooLarge = true;
                            break;
                        }
                        out.write(buffer, 0, n);
                    }
                }
            }
        } catch (IOException e) {
            closeQuietly(response);
            throw e;
        }
        if (tooLarge) {
            // Drop the connection instead of reading (and discarding) the rest of an oversized body.
            get.cancel();
            closeQuietly(response);
        } else {
            response.close();
        }
        return new Download(response.getCode(), type, location == null ? null : location.getValue(), written, tooLarge);
    }

    private static void closeQuietly(ClassicHttpResponse response) {
        try {
            response.close();
        } catch (IOException e) {
            // The connection is being discarded anyway.
        }
    }

    @Override
    public void close() throws IOException {
        client.close();
    }
}

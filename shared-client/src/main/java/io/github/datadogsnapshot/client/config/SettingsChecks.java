package io.github.datadogsnapshot.client.config;

import io.github.datadogsnapshot.client.format.Durations;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;

/** The checks of {@link ClientSettings}' values: each error names the field and what to give instead. */
final class SettingsChecks {

    private SettingsChecks() {
    }

    /** A timeout: positive and at most {@link ClientSettings#MAX_TIMEOUT}. */
    static Duration positive(String field, Duration d) {
        if (d == null || d.isZero() || d.isNegative()) {
            throw new IllegalArgumentException(field + ": " + d + " must be a positive duration");
        }
        if (d.compareTo(ClientSettings.MAX_TIMEOUT) > 0) {
            throw new IllegalArgumentException(field + ": " + Durations.format(d) + " is too long; use at most "
                    + Durations.format(ClientSettings.MAX_TIMEOUT));
        }
        return d;
    }

    static int concurrency(int concurrency) {
        if (concurrency < 1 || concurrency > 32) {
            throw new IllegalArgumentException("concurrency: " + concurrency + " is out of range; use 1 to 32");
        }
        return concurrency;
    }

    static long maxImageBytes(long maxImageBytes) {
        if (maxImageBytes < 1024) {
            throw new IllegalArgumentException("maxImageBytes: " + maxImageBytes + " is too small; use at least 1024");
        }
        return maxImageBytes;
    }

    /**
     * An http proxy given as {@code http://host:port}, as {@code http://host:port}; null for null or blank.
     *
     * @throws IllegalArgumentException naming the field when the URL is not of that form
     */
    static URI proxyUrl(String proxyUrl) {
        if (proxyUrl == null || proxyUrl.isBlank()) {
            return null;
        }
        String shown = "proxy: '" + ApiEndpoint.safeToShow(proxyUrl.trim()) + "'";
        URI uri;
        try {
            uri = new URI(proxyUrl.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(shown + " is not a valid URL");
        }
        if (uri.getRawUserInfo() != null) {
            throw new IllegalArgumentException(shown + " contains user info; give the proxy's user and password"
                    + " as its credentials, not in the URL");
        }
        if (!"http".equalsIgnoreCase(uri.getScheme()) || uri.getHost() == null || uri.getPort() < 1
                || uri.getPort() > 65535 || (uri.getRawPath() != null && !uri.getRawPath().isEmpty()
                && !uri.getRawPath().equals("/"))) {
            throw new IllegalArgumentException(shown + " must look like http://host:port (a port from 1 to 65535)");
        }
        return URI.create("http://" + uri.getHost() + ":" + uri.getPort());
    }
}

package io.github.datadogsnapshot.client;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the API is and from which hosts snapshot images may be downloaded: either a Datadog site or a
 * custom base URL (a proxy, a private link, the emulator). Images are only fetched from the snapshot
 * hosts of the site, or from the host of the custom base URL, never from any other host a response names.
 */
public final class ApiEndpoint {

    private final URI baseUri;
    private final DatadogSite site;

    private ApiEndpoint(URI baseUri, DatadogSite site) {
        this.baseUri = baseUri;
        this.site = site;
    }

    /** The endpoint of a Datadog site. */
    public static ApiEndpoint site(DatadogSite site) {
        Objects.requireNonNull(site, "site");
        return new ApiEndpoint(URI.create("https://" + site.apiHost()), site);
    }

    /** The endpoint of a Datadog site given by its {@code DD_SITE} name. */
    public static ApiEndpoint site(String siteName) {
        return site(DatadogSite.fromName(siteName));
    }

    /**
     * A custom base URL, http or https, optionally with a path prefix (for proxies).
     *
     * @throws IllegalArgumentException naming the field {@code apiUrl} when the URL is not usable
     */
    public static ApiEndpoint custom(String url) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException("apiUrl: empty; give an http or https URL such as https://dd-proxy.example.com");
        }
        URI uri;
        try {
            uri = new URI(url.trim());
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("apiUrl: '" + url.trim() + "' is not a valid URL (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("apiUrl: '" + url.trim() + "' must start with http:// or https://");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException("apiUrl: '" + url.trim() + "' has no host");
        }
        if (uri.getRawUserInfo() != null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            throw new IllegalArgumentException(
                    "apiUrl: must not contain user info, a query or a fragment; keys are configured separately");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("/+$", "");
        return new ApiEndpoint(URI.create(scheme + "://" + uri.getRawAuthority() + path), null);
    }

    /**
     * The endpoint from user configuration: a custom URL wins over a site name; with neither, {@code DD_SITE}
     * from the environment; else {@code datadoghq.com}.
     */
    public static ApiEndpoint resolve(String siteName, String apiUrl, Map<String, String> environment) {
        if (apiUrl != null && !apiUrl.isBlank()) {
            return custom(apiUrl);
        }
        if (siteName != null && !siteName.isBlank()) {
            return site(siteName);
        }
        String fromEnv = environment.get("DD_SITE");
        if (fromEnv != null && !fromEnv.isBlank()) {
            try {
                return site(fromEnv);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("DD_SITE: " + e.getMessage(), e);
            }
        }
        return site(DatadogSite.US1);
    }

    /** The base URI requests are made against, without a trailing slash. */
    public URI baseUri() {
        return baseUri;
    }

    /** The Datadog site, empty for a custom base URL. */
    public Optional<DatadogSite> datadogSite() {
        return Optional.ofNullable(site);
    }

    /**
     * Whether an image may be downloaded from this URL: for a site, an https URL on the site's snapshot
     * hosts ({@code p.}, {@code app.} or the bare site name; older accounts: Datadog's {@code dd-snapshots}
     * S3 buckets); for a custom base URL, the same host and port.
     */
    public boolean allowsDownloadFrom(URI url) {
        if (url == null || url.getHost() == null || url.getRawUserInfo() != null) {
            return false;
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        String host = url.getHost().toLowerCase(Locale.ROOT);
        if (site == null) {
            return scheme.equals(baseUri.getScheme())
                    && host.equals(baseUri.getHost().toLowerCase(Locale.ROOT))
                    && port(url) == port(baseUri);
        }
        if (!scheme.equals("https") || (url.getPort() != -1 && url.getPort() != 443)) {
            return false;
        }
        String name = site.siteName();
        if (host.equals("p." + name) || host.equals("app." + name) || host.equals(name)) {
            return true;
        }
        return isDatadogS3Bucket(host, url.getRawPath());
    }

    private static boolean isDatadogS3Bucket(String host, String path) {
        if (!host.endsWith(".amazonaws.com")) {
            return false;
        }
        String firstPathSegment = path == null ? "" : path.replaceFirst("^/", "").replaceFirst("/.*", "");
        String bucket = host.startsWith("s3.") || host.startsWith("s3-") ? firstPathSegment : host.substring(0, host.indexOf('.'));
        boolean s3Host = host.startsWith("s3.") || host.startsWith("s3-") || host.contains(".s3.") || host.contains(".s3-");
        return s3Host && bucket.startsWith("dd-snapshots");
    }

    private static int port(URI uri) {
        if (uri.getPort() != -1) {
            return uri.getPort();
        }
        return "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    /** A description safe for logs: the site name or the base URL. */
    @Override
    public String toString() {
        return site != null ? site.siteName() + " (" + baseUri + ")" : baseUri.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ApiEndpoint other && other.baseUri.equals(baseUri) && other.site == site;
    }

    @Override
    public int hashCode() {
        return baseUri.hashCode();
    }
}

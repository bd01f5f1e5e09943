package io.github.datadogsnapshot.client.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

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

    /** The environment variable that names the site when the configuration does not. */
    public static final String SITE_VARIABLE = "DD_SITE";

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
     * A custom base URL, http or https, optionally with a port (1 to 65535) and a path prefix (for proxies).
     * Messages never repeat user info, a query or a fragment of the URL: they may hold a password or a key.
     *
     * @throws IllegalArgumentException naming the field {@code apiUrl} and what is wrong with the URL
     */
    public static ApiEndpoint custom(String url) {
        return custom(url, "apiUrl");
    }

    /** {@link #custom(String)}, naming the field {@code label} in errors. */
    public static ApiEndpoint custom(String url, String label) {
        if (url == null || url.isBlank()) {
            throw new IllegalArgumentException(label + ": empty; give an http or https URL such as"
                    + " https://dd-proxy.example.com");
        }
        String text = url.trim();
        String shown = label + ": '" + safeToShow(text) + "'";
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(shown + " is not a valid URL (" + e.getReason() + ")");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException(shown + " must start with http:// or https://");
        }
        if (uri.getRawUserInfo() != null || (uri.getRawAuthority() != null && uri.getRawAuthority().contains("@"))) {
            throw new IllegalArgumentException(shown + " contains user info (a name or password before '@'); remove it:"
                    + " the API URL takes no credentials, the keys are configured separately");
        }
        if (uri.getRawQuery() != null) {
            throw new IllegalArgumentException(shown + " has a query ('?...'); remove it: the API URL is a base URL,"
                    + " and keys are configured separately, never in a URL");
        }
        if (uri.getRawFragment() != null) {
            throw new IllegalArgumentException(shown + " has a fragment ('#...'); remove it");
        }
        String port = portText(uri.getRawAuthority());
        if (port != null && !port.isEmpty() && !isPort(port)) {
            throw new IllegalArgumentException(shown + " has the port '" + port + "'; a port is a number from 1 to 65535"
                    + " (or leave it out for the scheme's default)");
        }
        if (uri.getHost() == null) {
            throw new IllegalArgumentException(shown + " has no host");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("/+$", "");
        return new ApiEndpoint(URI.create(scheme + "://" + uri.getRawAuthority() + path), null);
    }

    /** The port part of an authority ({@code host:port}, {@code [v6]:port}); null when there is none. */
    private static String portText(String authority) {
        if (authority == null) {
            return null;
        }
        String hostPort = authority.substring(authority.lastIndexOf('@') + 1);
        int colon = hostPort.startsWith("[") ? hostPort.indexOf("]:") + 1 : hostPort.lastIndexOf(':');
        return colon <= 0 ? null : hostPort.substring(colon + 1);
    }

    private static boolean isPort(String text) {
        if (!text.matches("\\d{1,5}")) {
            return false;
        }
        int port = Integer.parseInt(text);
        return port >= 1 && port <= 65535;
    }

    /** The URL as it may be shown: user info, query and fragment masked, since they may hold secrets. */
    static String safeToShow(String url) {
        return url.replaceFirst("^([A-Za-z][A-Za-z0-9+.-]*://)[^/?#]*@", "$1****@")
                .replaceFirst("\\?[^#]*", "?****")
                .replaceFirst("#.*", "#****");
    }

    /**
     * The endpoint from user configuration: a custom URL wins over a site name; with neither, {@code DD_SITE}
     * from the environment; else {@code datadoghq.com}.
     */
    public static ApiEndpoint resolve(String siteName, String apiUrl, Map<String, String> environment) {
        return resolve(siteName, apiUrl, environment, UnaryOperator.identity());
    }

    /**
     * {@link #resolve(String, String, Map)}, naming the fields in errors by {@code labels}, which maps
     * {@code apiUrl}, {@code site} and {@code DD_SITE} to the names the user knows them by.
     */
    public static ApiEndpoint resolve(String siteName, String apiUrl, Map<String, String> environment,
                                      UnaryOperator<String> labels) {
        if (apiUrl != null && !apiUrl.isBlank()) {
            return custom(apiUrl, labels.apply("apiUrl"));
        }
        if (siteName != null && !siteName.isBlank()) {
            return site(DatadogSite.fromName(siteName, labels.apply("site")));
        }
        String fromEnv = environment.get(SITE_VARIABLE);
        if (fromEnv != null && !fromEnv.isBlank()) {
            return site(DatadogSite.fromName(fromEnv, labels.apply(SITE_VARIABLE)));
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
     * S3 buckets); for a custom base URL, the same scheme, host and port. Never a URL with user info.
     */
    public boolean allowsDownloadFrom(URI url) {
        return downloadRefusal(url).isEmpty();
    }

    /**
     * Why an image may not be downloaded from this URL, for messages; empty when it may. The reason names what is
     * wrong with the URL (its user info, scheme, port or host) and never repeats user info.
     */
    public Optional<String> downloadRefusal(URI url) {
        if (url == null || url.getHost() == null) {
            return Optional.of("it has no host");
        }
        if (url.getRawUserInfo() != null) {
            return Optional.of("it contains user info (a name or password before '@'), which no snapshot URL has");
        }
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
        String host = url.getHost().toLowerCase(Locale.ROOT);
        if (site == null) {
            if (!scheme.equals(baseUri.getScheme()) || !host.equals(baseUri.getHost().toLowerCase(Locale.ROOT))
                    || port(url) != port(baseUri)) {
                return Optional.of(scheme + "://" + host + ":" + port(url) + " is not the scheme, host and port of the"
                        + " API URL " + baseUri);
            }
            return Optional.empty();
        }
        if (!scheme.equals("https")) {
            return Optional.of("it is not https");
        }
        if (url.getPort() != -1 && url.getPort() != 443) {
            return Optional.of("its port " + url.getPort() + " is not 443");
        }
        String name = site.siteName();
        if (host.equals("p." + name) || host.equals("app." + name) || host.equals(name)
                || site.snapshotBucket().filter(bucket -> isS3Bucket(host, url.getRawPath(), bucket)).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("the host '" + host + "' is not a snapshot host of " + name);
    }

    /** Whether the URL is on S3 in exactly {@code bucket}: virtual-hosted or path style, any region. */
    private static boolean isS3Bucket(String host, String path, String bucket) {
        if (!host.endsWith(".amazonaws.com")) {
            return false;
        }
        String region = "(?:s3|s3[.-][a-z0-9-]+)\\.amazonaws\\.com";
        if (host.matches(java.util.regex.Pattern.quote(bucket) + "\\." + region)) {
            return true;
        }
        String firstPathSegment = path == null ? "" : path.replaceFirst("^/", "").replaceFirst("/.*", "");
        return host.matches(region) && firstPathSegment.equals(bucket);
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

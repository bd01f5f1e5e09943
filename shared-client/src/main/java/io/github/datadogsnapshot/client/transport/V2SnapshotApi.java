package io.github.datadogsnapshot.client.transport;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.datadogsnapshot.client.config.ApiEndpoint;
import io.github.datadogsnapshot.client.dashboard.V2SnapshotBody;
import io.github.datadogsnapshot.client.exception.ClientSideException;
import io.github.datadogsnapshot.client.exception.ServiceException;
import io.github.datadogsnapshot.client.wire.Json;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The wire format of Datadog's newer snapshot endpoint, {@code POST /api/v2/snapshot} (a preview): where it is, its
 * body ({@link V2SnapshotBody}), the image URL of its answer, and its errors.
 *
 * <p>Documented by Datadog (v2 OpenAPI spec, operation {@code CreateSnapshot}): the endpoint, the body, the answer
 * {@code {"data":{"id","type":"create_snapshot","attributes":{"url"}}}} and that the URL "can be polled until the
 * image is ready"; errors as a JSON:API {@code errors} list (objects with {@code detail}) or, for 429, strings.
 * Not documented, inferred from Datadog's command-line client: that the URL's image is fetched from the API host with
 * the keys (the spec's example URL is on the app host; the command-line client fetches its path from the API host);
 * that a 404 on the endpoint means the organization lacks the preview. So the image is always fetched from the
 * configured API host ({@link #imageUrl}): the keys are sent nowhere else.
 */
public final class V2SnapshotApi {

    public static final String PATH = "/api/v2/snapshot";

    private final ApiEndpoint endpoint;

    public V2SnapshotApi(ApiEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    /** Where the request goes: the configured API host. */
    public URI uri() {
        return URI.create(endpoint.baseUri() + PATH);
    }

    /** The JSON body, UTF-8. */
    public byte[] body(V2SnapshotBody body) {
        return body.toJson().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Where to fetch the image of a 200 answer: always on the configured API host. A URL on the API host (same scheme,
     * host and port) is taken as it is; a URL on the site's app host ({@code app.datadoghq.eu}, or the site itself
     * such as {@code us5.datadoghq.com}, as in Datadog's spec example) or a path alone is taken as its path on the API
     * host, as Datadog's command-line client does; any other host is refused.
     *
     * @throws ClientSideException when the answer has no URL, or names another host: refused before any request
     */
    public URI imageUrl(HttpTransport.JsonAnswer answer) {
        String url;
        try {
            JsonNode body = Json.MAPPER.readTree(answer.body());
            url = body == null ? null : body.path("data").path("attributes").path("url").asText(null);
        } catch (IOException e) {
            url = null;
        }
        if (url == null || url.isBlank()) {
            throw new ClientSideException("Datadog's answer to the v2 snapshot request (" + PATH + ") has no"
                    + " data.attributes.url; is the API URL " + endpoint + " right?", false, null);
        }
        URI image;
        try {
            image = URI.create(url.trim());
        } catch (IllegalArgumentException e) {
            throw new ClientSideException("Datadog's v2 snapshot URL is not a valid URL; nothing was downloaded",
                    false, null);
        }
        URI api = endpoint.baseUri();
        if (!image.isAbsolute() || onAppHost(image)) {
            return URI.create(api + image.getRawPath()
                    + (image.getRawQuery() == null ? "" : "?" + image.getRawQuery()));
        }
        if (!Objects.equals(image.getScheme(), api.getScheme()) || image.getHost() == null
                || !image.getHost().equalsIgnoreCase(api.getHost()) || port(image) != port(api)) {
            throw new ClientSideException("Datadog's v2 snapshot URL points to " + image.getScheme() + "://"
                    + image.getHost() + (image.getPort() < 0 ? "" : ":" + image.getPort()) + ", not to the API host "
                    + api.getScheme() + "://" + api.getHost() + (api.getPort() < 0 ? "" : ":" + api.getPort())
                    + " or the site's app host; v2 images are fetched with the keys, which are sent to the API host"
                    + " only, so nothing was requested from it", false, null);
        }
        return image;
    }

    /** Whether {@code image} is an https URL on the app host of the endpoint's Datadog site (none for a custom URL). */
    private boolean onAppHost(URI image) {
        return endpoint.datadogSite().map(site -> "https".equalsIgnoreCase(image.getScheme()) && image.getPort() < 0
                && image.getHost() != null && (image.getHost().equalsIgnoreCase("app." + site.siteName())
                        || image.getHost().equalsIgnoreCase(site.siteName()))).orElse(false);
    }

    /**
     * The exception for an error answer of the POST: {@link V2NotAvailableException} for 404 and 403 (the endpoint is
     * not available to this organization or these keys), else a {@link ServiceException} with Datadog's words.
     */
    public ServiceException error(HttpTransport.JsonAnswer answer, String attempted) {
        int status = answer.status();
        List<String> errors = errors(answer.body());
        String said = errors.isEmpty() ? "" : ": " + String.join("; ", errors);
        if (status == 404 || status == 403) {
            return new V2NotAvailableException("Datadog answered " + status + " for " + attempted + said + ": the"
                    + " newer snapshot API (POST " + PATH + ", a preview) is not available to this organization"
                    + (status == 403 ? " or to these keys (an application key scoped without the snapshot"
                    + " permissions is refused too)" : "") + "; the classic snapshot API (v1) still is", status, errors);
        }
        String advice = switch (status) {
            case 400 -> "check the widget definition, the window and the size";
            case 401 -> "check the API key and the application key: both from the same organization, for " + endpoint;
            case 429 -> "the organization's snapshot budget is used up; wait for the reset or ask Datadog support to"
                    + " raise it";
            default -> status >= 500 ? "a problem on Datadog's side; try again later" : "unexpected answer";
        };
        return new ServiceException("Datadog answered " + status + " for " + attempted + said + " (" + advice + ")",
                status, errors);
    }

    /** The {@code detail} (or {@code title}, or text) of each of the first five errors. */
    static List<String> errors(byte[] body) {
        List<String> errors = new ArrayList<>();
        try {
            JsonNode list = Json.MAPPER.readTree(body);
            for (JsonNode error : list == null ? Json.MAPPER.createArrayNode() : list.path("errors")) {
                String text = error.isTextual() ? error.asText()
                        : error.path("detail").asText(error.path("title").asText(error.toString()));
                errors.add(text.length() > 300 ? text.substring(0, 300) + "..." : text);
                if (errors.size() == 5) {
                    break;
                }
            }
        } catch (IOException e) {
            // Not JSON (a proxy's HTML page, say): the status alone has to do.
        }
        return errors;
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }
}

package io.github.datadogsnapshot.client.transport;

import io.github.datadogsnapshot.client.config.ApiEndpoint;
import io.github.datadogsnapshot.client.exception.ClientSideException;
import io.github.datadogsnapshot.client.wire.Png;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * One look at a snapshot image URL, one GET: follows redirects only to allowed hosts, caps the size, and tells a
 * rendered PNG (then already downloaded) from the placeholder or anything else.
 */
public final class ImageFetcher {

    private static final int MAX_REDIRECTS = 3;

    /**
     * What one look found. {@code size} is present only when the file holds a rendered PNG; {@code broken} is
     * set when the answer claims to be a PNG (by its signature) but its header cannot be read.
     */
    public record Look(Optional<Png.Size> size, String description, boolean broken) {
        public Look(Optional<Png.Size> size, String description) {
            this(size, description, false);
        }

        public boolean isReady() {
            return size.isPresent();
        }
    }

    private final HttpTransport transport;
    private final ApiEndpoint endpoint;
    private final long maxBytes;

    public ImageFetcher(HttpTransport transport, ApiEndpoint endpoint, long maxBytes) {
        this.transport = transport;
        this.endpoint = endpoint;
        this.maxBytes = maxBytes;
    }

    /**
     * Refuses, before any request, an image URL on a host that is not a snapshot host of the endpoint.
     *
     * @param namedBy who named the URL, for the message: "Datadog's snapshot_url" or "a redirect of the image URL"
     * @throws ClientSideException naming the host
     */
    public void checkAllowed(URI url, String namedBy) {
        endpoint.downloadRefusal(url).ifPresent(reason -> {
            throw new ClientSideException(namedBy + " points to host '" + url.getHost() + "', which is refused: "
                    + reason + "; nothing was downloaded from it", false, null);
        });
    }

    /**
     * Downloads {@code url} into {@code temp} and classifies it; the caller has checked the URL's host.
     *
     * @throws ClientSideException when the image is too large, or a redirect leads to a foreign host
     * @throws Exchange.DeadlinePassed when the deadline cut the download
     * @throws IOException         when the connection fails (worth another look)
     */
    public Look look(URI url, Path temp, Instant deadline, Exchange exchange) throws IOException {
        URI current = url;
        for (int hop = 0; ; hop++) {
            HttpTransport.Download download = transport.download(current, temp, maxBytes, deadline, exchange);
            int status = download.status();
            if (status >= 300 && status < 400 && download.location() != null && hop < MAX_REDIRECTS) {
                current = resolve(current, download.location());
                checkAllowed(current, "a redirect of the image URL");
                continue;
            }
            if (download.tooLarge()) {
                throw new ClientSideException("the snapshot image is larger than the limit of " + maxBytes
                        + " bytes; refusing to store it (raise maxImageBytes if such images are expected)", false, null);
            }
            if (status != 200) {
                return new Look(Optional.empty(), "HTTP " + status);
            }
            Optional<Png.Size> size = Png.readHeader(temp);
            if (size.isEmpty() && Png.hasSignature(temp)) {
                return new Look(Optional.empty(), "its PNG header cannot be read", true);
            }
            if (size.isEmpty()) {
                String type = download.contentType().isBlank() ? "no content type" : download.contentType();
                return new Look(Optional.empty(), "a non-PNG answer (" + type + ", " + download.bytes() + " bytes)");
            }
            if (size.get().isPlaceholder()) {
                return new Look(Optional.empty(), "the " + size.get() + " placeholder image (" + download.bytes() + " bytes)");
            }
            return new Look(size, "a " + size.get() + " PNG (" + download.bytes() + " bytes)");
        }
    }

    private static URI resolve(URI base, String location) {
        try {
            return base.resolve(location.trim());
        } catch (IllegalArgumentException e) {
            throw new ClientSideException("the image URL redirects to an invalid URL; refusing to follow it", false, null);
        }
    }
}

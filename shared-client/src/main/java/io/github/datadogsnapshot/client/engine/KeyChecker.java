package io.github.datadogsnapshot.client.engine;

import io.github.datadogsnapshot.client.config.ClientSettings;
import io.github.datadogsnapshot.client.config.KeyCheck;
import io.github.datadogsnapshot.client.transport.Exchange;
import io.github.datadogsnapshot.client.transport.HttpTransport;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CancellationException;

/**
 * Checks both keys without creating a snapshot: {@code GET /api/v1/validate} (the API key alone), then
 * {@code GET /api/v2/validate_keys} (both keys; one ordinary API request each). Scoped application keys, which the
 * snapshot endpoint refuses, pass this check: Datadog does not show scopes here.
 */
final class KeyChecker {

    /** The whole check takes at most this long, or the client's timeout if shorter. */
    private static final Duration LIMIT = Duration.ofSeconds(30);

    private final ClientSettings settings;
    private final HttpTransport transport;

    KeyChecker(ClientSettings settings, HttpTransport transport) {
        this.settings = settings;
        this.transport = transport;
    }

    KeyCheck check() {
        String endpoint = settings.endpoint().toString();
        Duration limit = settings.timeout().compareTo(LIMIT) < 0 ? settings.timeout() : LIMIT;
        Instant deadline = settings.clock().instant().plus(limit);
        HttpTransport.JsonAnswer api;
        try {
            api = ask("/api/v1/validate", deadline);
        } catch (IOException e) {
            return new KeyCheck(KeyCheck.Verdict.NOT_CHECKED, "Could not reach " + endpoint + ": "
                    + ImageWaiter.describe(e) + ". Check the site or API URL, and the network or proxy in between.");
        }
        if (api.status() == 401 || api.status() == 403) {
            return new KeyCheck(KeyCheck.Verdict.API_KEY_WRONG, "The API key is wrong: " + endpoint + " refused it (HTTP "
                    + api.status() + " from /api/v1/validate). Use an API key of this site's organization, not an"
                    + " application key.");
        }
        if (api.status() != 200) {
            return new KeyCheck(KeyCheck.Verdict.NOT_CHECKED, "Could not check the API key: " + endpoint + " answered HTTP "
                    + api.status() + " to /api/v1/validate. Is this the Datadog API, or a proxy for it?");
        }
        HttpTransport.JsonAnswer both;
        try {
            both = ask("/api/v2/validate_keys", deadline);
        } catch (IOException e) {
            return new KeyCheck(KeyCheck.Verdict.APPLICATION_KEY_UNCHECKED, "The API key is valid. The application key"
                    + " could not be checked: " + ImageWaiter.describe(e) + ".");
        }
        return switch (both.status()) {
            case 200 -> new KeyCheck(KeyCheck.Verdict.BOTH_VALID, "Both keys are valid for " + endpoint + ". The snapshot"
                    + " endpoint also refuses scoped application keys, which this check cannot see.");
            case 401, 403 -> new KeyCheck(KeyCheck.Verdict.APPLICATION_KEY_WRONG, "The API key is valid, but the"
                    + " application key is wrong: " + endpoint + " refused it (HTTP " + both.status() + " from"
                    + " /api/v2/validate_keys). Use an application key of the same organization.");
            case 404 -> new KeyCheck(KeyCheck.Verdict.APPLICATION_KEY_UNCHECKED, "The API key is valid. The application"
                    + " key was not checked: " + endpoint + " has no /api/v2/validate_keys, and the only other check"
                    + " would spend the snapshot budget.");
            default -> new KeyCheck(KeyCheck.Verdict.APPLICATION_KEY_UNCHECKED, "The API key is valid. The application"
                    + " key could not be checked: " + endpoint + " answered HTTP " + both.status()
                    + " to /api/v2/validate_keys.");
        };
    }

    private HttpTransport.JsonAnswer ask(String path, Instant deadline) throws IOException {
        try {
            return transport.getJson(URI.create(settings.endpoint().baseUri() + path), settings.credentials(), deadline,
                    new Exchange());
        } catch (CancellationException e) {
            throw new IOException("the check was called off", e);
        }
    }
}

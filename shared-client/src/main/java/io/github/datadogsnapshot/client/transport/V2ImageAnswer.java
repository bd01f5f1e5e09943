package io.github.datadogsnapshot.client.transport;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.datadogsnapshot.client.wire.Json;
import io.github.datadogsnapshot.client.wire.Png;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * What one look at a v2 snapshot's image URL found, decided from the content, never from the status code alone: how
 * Datadog answers while the image renders is not documented. Datadog's command-line client reads a JSON
 * {@code {"data":{"attributes":{"status":"pending"}}}} while rendering and the PNG when ready, and any other status as
 * a failure; the client accepts that and, as for v1, the 1x1 placeholder PNG and an error status a service may give
 * for a moment (404, 429, 5xx) as "not ready yet". An HTML page (a login page, a proxy's page), a redirect, refused
 * keys or a body that is neither PNG nor JSON fail at once with words that say which.
 */
public sealed interface V2ImageAnswer {

    /** The image: a PNG whose header says more than 1x1 pixels. */
    record Ready(byte[] png, Png.Size size) implements V2ImageAnswer {
    }

    /** Not ready yet; {@code description} says what was seen, for progress and time-out messages. */
    record Pending(String description) implements V2ImageAnswer {
    }

    /** Will not become ready: {@code reason} says why, with Datadog's words where it gave some. */
    record Failed(String reason) implements V2ImageAnswer {
    }

    /** Reads one answer. */
    static V2ImageAnswer of(HttpTransport.JsonAnswer answer) {
        int status = answer.status();
        byte[] body = answer.body();
        if (answer.cut()) {
            return new Failed("the image is larger than the client's limit of " + HttpTransport.MAX_JSON_BYTES
                    / (1024 * 1024) + " MiB for a v2 image");
        }
        if (status >= 300 && status < 400) {
            return new Failed("the image URL answered " + status + " redirecting to '" + answer.header("Location")
                    + "', which is not followed: v2 images are fetched from the API host only, with the keys");
        }
        if (status == 401 || status == 403) {
            return new Failed("Datadog refused the keys for the image (HTTP " + status + "); the application key"
                    + " needs to read the organization's snapshots");
        }
        if (status == 404 || status == 429 || status >= 500) {
            return new Pending("HTTP " + status);
        }
        if (status != 200) {
            return new Failed("the image URL answered HTTP " + status);
        }
        Optional<Png.Size> size = Png.readHeader(body);
        if (size.isPresent()) {
            return size.get().isPlaceholder() ? new Pending("the " + size.get() + " placeholder image")
                    : new Ready(body, size.get());
        }
        if (body.length >= 8 && body[0] == (byte) 0x89 && body[1] == 'P' && body[2] == 'N' && body[3] == 'G') {
            return new Failed("the image claims to be a PNG but its header cannot be read");
        }
        return json(body).map(V2ImageAnswer::status).orElseGet(() -> notAnImage(answer));
    }

    private static Optional<JsonNode> json(byte[] body) {
        try {
            JsonNode node = Json.MAPPER.readTree(body);
            return node != null && node.isObject() ? Optional.of(node) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static V2ImageAnswer status(JsonNode json) {
        JsonNode attributes = json.path("data").path("attributes");
        String status = attributes.path("status").asText(json.path("status").asText(""));
        if (status.equalsIgnoreCase("pending")) {
            return new Pending("JSON status 'pending'");
        }
        if (status.isBlank()) {
            return new Failed("a JSON answer without a status: " + abbreviate(json.toString()));
        }
        String words = "";
        for (String field : new String[] {"error", "message", "detail", "reason"}) {
            String text = attributes.path(field).asText(json.path(field).asText(""));
            if (!text.isBlank()) {
                words = ": " + abbreviate(text);
                break;
            }
        }
        return new Failed("Datadog reports the snapshot as '" + status + "'" + words);
    }

    private static V2ImageAnswer notAnImage(HttpTransport.JsonAnswer answer) {
        String type = answer.header("Content-Type") == null ? "no content type" : answer.header("Content-Type");
        String text = new String(answer.body(), 0, Math.min(answer.body().length, 4096), StandardCharsets.UTF_8)
                .toLowerCase(Locale.ROOT);
        if (type.toLowerCase(Locale.ROOT).contains("html") || text.stripLeading().startsWith("<")) {
            boolean login = text.contains("login") || text.contains("log in") || text.contains("sign in");
            return new Failed(login ? "a login page (HTML) instead of the image: the URL wants a browser session,"
                    + " which API keys do not give; ask for a public image (is_authenticated=false) or report it"
                    : "an HTML page instead of the image (" + type + "), perhaps from a proxy; is the API URL right?");
        }
        return new Failed("neither a PNG nor JSON (" + type + ", " + answer.body().length + " bytes)");
    }

    private static String abbreviate(String text) {
        return text.length() > 200 ? text.substring(0, 200) + "..." : text;
    }
}

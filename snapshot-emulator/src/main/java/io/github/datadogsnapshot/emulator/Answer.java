package io.github.datadogsnapshot.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** An HTTP answer before it is sent: status, content type, body and extra headers. */
record Answer(int status, String contentType, byte[] body, Map<String, String> headers) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static Answer json(int status, Object value) {
        try {
            return new Answer(status, "application/json", JSON.writeValueAsBytes(value), Map.of());
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("could not write JSON", e);
        }
    }

    /** Datadog's error body: {@code {"errors": [...]}}. */
    static Answer errors(int status, List<String> messages) {
        return json(status, Map.of("errors", messages));
    }

    static Answer error(int status, String message) {
        return errors(status, List.of(message));
    }

    static Answer png(byte[] bytes) {
        return new Answer(200, "image/png", bytes, Map.of());
    }

    static Answer html(String html) {
        return new Answer(200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8), Map.of());
    }

    /** This answer with more headers. */
    Answer withHeaders(Map<String, String> more) {
        Map<String, String> all = new LinkedHashMap<>(headers);
        all.putAll(more);
        return new Answer(status, contentType, body, all);
    }

    /** This answer without its {@code X-RateLimit-*} headers. */
    Answer withoutRateLimitHeaders() {
        Map<String, String> kept = new LinkedHashMap<>(headers);
        kept.keySet().removeIf(name -> name.regionMatches(true, 0, "X-RateLimit-", 0, "X-RateLimit-".length()));
        return new Answer(status, contentType, body, kept);
    }

    /** A {@code 302 Found} to {@code location}. */
    static Answer redirect(String location) {
        return new Answer(302, "text/html; charset=utf-8",
                ("<html><body>Moved to " + location + "</body></html>").getBytes(StandardCharsets.UTF_8),
                Map.of("Location", location));
    }

    void send(HttpExchange exchange) throws IOException {
        send(exchange, Duration.ZERO, false, false);
    }

    /**
     * Sends this answer; with {@code perByte} above zero the body goes out one byte at a time (real time), with
     * {@code dropMidBody} only its first half, after which the connection is closed; {@code withoutLength} sends
     * it in chunks, without {@code Content-Length}.
     */
    void send(HttpExchange exchange, Duration perByte, boolean dropMidBody, boolean withoutLength) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", contentType);
        headers.forEach(exchange.getResponseHeaders()::set);
        // A fixed length makes the server send Content-Length; 0 makes it send chunks.
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : withoutLength ? 0 : body.length);
        if (body.length == 0) {
            return;
        }
        OutputStream out = exchange.getResponseBody();
        int length = dropMidBody ? body.length / 2 : body.length;
        if (perByte.isZero()) {
            out.write(body, 0, length);
        } else {
            for (int i = 0; i < length; i++) {
                out.write(body[i]);
                out.flush();
                pause(perByte);
            }
        }
        if (dropMidBody) {
            out.flush();
            exchange.getHttpContext().getServer(); // keep the exchange referenced until the connection is cut
            throw new DroppedMidBody();
        }
        out.close();
    }

    /** Ends an answer on purpose before its body is complete; the handler closes the connection. */
    static final class DroppedMidBody extends IOException {
        private static final long serialVersionUID = 1L;

        DroppedMidBody() {
            super("dropped mid-body on purpose");
        }
    }

    private static void pause(Duration perByte) throws IOException {
        try {
            Thread.sleep(perByte.toMillis(), perByte.toNanosPart() % 1_000_000); // the trickle fault is a real delay
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while trickling", e);
        }
    }
}

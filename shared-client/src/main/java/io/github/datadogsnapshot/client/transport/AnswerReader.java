package io.github.datadogsnapshot.client.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;

/**
 * Reads the body of an answer within its limit: a JSON answer into memory, an image into a file. A body over the
 * limit drops its connection (closing the body's stream would read the rest of it). {@code received[0]} counts
 * the bytes read so far, for the message when the deadline cuts the answer.
 */
final class AnswerReader {

    private AnswerReader() {
    }

    /** A JSON answer of at most {@link HttpTransport#MAX_JSON_BYTES}, marked cut when it was longer. */
    static HttpTransport.JsonAnswer json(HttpGet get, ClassicHttpResponse response, long[] received)
            throws IOException {
        Map<String, String> headers = new TreeMap<>();
        for (Header h : response.getHeaders()) {
            headers.putIfAbsent(h.getName().toLowerCase(Locale.ROOT), h.getValue());
        }
        byte[] body = new byte[0];
        boolean cut = false;
        HttpEntity entity = response.getEntity();
        if (entity != null) {
            InputStream in = entity.getContent();
            // One byte more than the limit tells a longer answer from one of exactly the limit.
            body = readAtMost(in, HttpTransport.MAX_JSON_BYTES + 1, received);
            cut = body.length > HttpTransport.MAX_JSON_BYTES;
            if (cut) {
                body = java.util.Arrays.copyOf(body, HttpTransport.MAX_JSON_BYTES);
                // Drop the connection: closing the body's stream would read the rest of it.
                get.cancel();
            } else {
                in.close();
            }
        }
        return new HttpTransport.JsonAnswer(response.getCode(), headers, body, cut);
    }

    /** An image streamed into {@code target}, stopping at {@code maxBytes}. */
    static HttpTransport.Download image(HttpGet get, ClassicHttpResponse response, Path target, long maxBytes,
                                        long[] received) throws IOException {
        HttpEntity entity = response.getEntity();
        String type = entity == null || entity.getContentType() == null ? "" : entity.getContentType();
        Header location = response.getFirstHeader("Location");
        boolean tooLarge = entity != null && entity.getContentLength() > maxBytes;
        if (entity != null && !tooLarge) {
            InputStream in = entity.getContent();
            try (OutputStream out = Files.newOutputStream(target)) {
                byte[] buffer = new byte[16 * 1024];
                for (int n; (n = in.read(buffer)) >= 0; ) {
                    if (received[0] + n > maxBytes) {
                        tooLarge = true;
                        break;
                    }
                    received[0] += n;
                    out.write(buffer, 0, n);
                }
            }
            if (!tooLarge) {
                in.close();
            }
        }
        if (tooLarge) {
            // Drop the connection: closing the body's stream would read the rest of it to reuse the connection.
            get.cancel();
        }
        return new HttpTransport.Download(response.getCode(), type, location == null ? null : location.getValue(), received[0],
                tooLarge);
    }

    private static byte[] readAtMost(InputStream in, int max, long[] received) throws IOException {
        byte[] body = new byte[Math.min(max, 8192)];
        int length = 0;
        for (int n; length < max && (n = in.read(body, length, Math.min(body.length, max) - length)) >= 0; ) {
            length += n;
            received[0] = length;
            if (length == body.length && length < max) {
                body = java.util.Arrays.copyOf(body, Math.min(max, body.length * 2));
            }
        }
        return java.util.Arrays.copyOf(body, length);
    }
}

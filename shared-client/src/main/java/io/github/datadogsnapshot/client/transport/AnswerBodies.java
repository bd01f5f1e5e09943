package io.github.datadogsnapshot.client.transport;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;

/**
 * Reads the body of an answer of {@link HttpTransport}, bounded: into memory (API answers) or into a file (images).
 * An answer longer than allowed is cut and its connection dropped, so that the rest is never read.
 */
final class AnswerBodies {

    private AnswerBodies() {
    }

    /** Status, headers (names in lower case) and at most {@code maxBytes} of the body; more is {@code cut}. */
    static HttpTransport.JsonAnswer json(HttpUriRequestBase request, ClassicHttpResponse response, int maxBytes,
                                         long[] received) throws IOException {
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
            body = readAtMost(in, maxBytes + 1, received);
            cut = body.length > maxBytes;
            if (cut) {
                body = Arrays.copyOf(body, maxBytes);
                // Drop the connection: closing the body's stream would read the rest of it.
                request.cancel();
            } else {
                in.close();
            }
        }
        return new HttpTransport.JsonAnswer(response.getCode(), headers, body, cut);
    }

    static HttpTransport.Download save(HttpUriRequestBase get, ClassicHttpResponse response, Path target, long maxBytes,
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
                body = Arrays.copyOf(body, Math.min(max, body.length * 2));
            }
        }
        return Arrays.copyOf(body, length);
    }
}

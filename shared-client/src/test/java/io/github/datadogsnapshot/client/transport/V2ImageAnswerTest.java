package io.github.datadogsnapshot.client.transport;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class V2ImageAnswerTest {

    static byte[] png(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB), "png", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }

    static HttpTransport.JsonAnswer answer(int status, String type, byte[] body) {
        return new HttpTransport.JsonAnswer(status, type == null ? Map.of() : Map.of("content-type", type), body);
    }

    static HttpTransport.JsonAnswer text(int status, String type, String body) {
        return answer(status, type, body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldBeReadyWithAPngLargerThanOnePixel() {
        V2ImageAnswer answer = V2ImageAnswer.of(answer(200, "image/png", png(40, 20)));

        assertThat(answer).isInstanceOf(V2ImageAnswer.Ready.class);
        assertThat(((V2ImageAnswer.Ready) answer).size().width()).isEqualTo(40);
    }

    @Test
    void shouldWaitForPendingJsonThePlaceholderAndPassingErrors() {
        assertThat(V2ImageAnswer.of(text(200, "application/json", "{\"data\":{\"attributes\":{\"status\":\"pending\"}}}")))
                .isEqualTo(new V2ImageAnswer.Pending("JSON status 'pending'"));
        assertThat(V2ImageAnswer.of(text(200, null, "{\"status\":\"PENDING\"}")))
                .isInstanceOf(V2ImageAnswer.Pending.class);
        assertThat(V2ImageAnswer.of(answer(200, "image/png", png(1, 1))))
                .isEqualTo(new V2ImageAnswer.Pending("the 1x1 placeholder image"));
        assertThat(V2ImageAnswer.of(text(503, "text/plain", "busy"))).isEqualTo(new V2ImageAnswer.Pending("HTTP 503"));
        assertThat(V2ImageAnswer.of(text(404, "application/json", "{}"))).isEqualTo(new V2ImageAnswer.Pending("HTTP 404"));
    }

    @Test
    void shouldFailWithDatadogsWordsOnAnotherStatus() {
        assertThat(V2ImageAnswer.of(text(200, "application/json",
                "{\"data\":{\"attributes\":{\"status\":\"failed\",\"error\":\"query timed out\"}}}")))
                .isEqualTo(new V2ImageAnswer.Failed("Datadog reports the snapshot as 'failed': query timed out"));
        assertThat(V2ImageAnswer.of(text(200, "application/json", "{\"data\":{\"attributes\":{\"status\":\"failed\"}}}")))
                .isEqualTo(new V2ImageAnswer.Failed("Datadog reports the snapshot as 'failed'"));
        assertThat(V2ImageAnswer.of(text(200, "application/json", "{\"data\":{}}")))
                .isEqualTo(new V2ImageAnswer.Failed("a JSON answer without a status: {\"data\":{}}"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<html><body><form action=\"/account/login\">Log in to Datadog</form></body></html>",
            "<!DOCTYPE html><title>Sign in</title>"})
    void shouldFailOnALoginPage(String page) {
        V2ImageAnswer answer = V2ImageAnswer.of(text(200, "text/html; charset=utf-8", page));

        assertThat(((V2ImageAnswer.Failed) answer).reason()).startsWith("a login page (HTML) instead of the image");
    }

    @Test
    void shouldFailOnOtherHtmlRedirectsRefusedKeysAndAnythingElse() {
        assertThat(((V2ImageAnswer.Failed) V2ImageAnswer.of(text(200, "text/html", "<p>Bad gateway</p>"))).reason())
                .startsWith("an HTML page instead of the image (text/html)");
        assertThat(((V2ImageAnswer.Failed) V2ImageAnswer.of(new HttpTransport.JsonAnswer(302,
                Map.of("location", "https://evil.example/x.png"), new byte[0]))).reason())
                .contains("redirecting to 'https://evil.example/x.png', which is not followed");
        assertThat(((V2ImageAnswer.Failed) V2ImageAnswer.of(text(403, "application/json", "{}"))).reason())
                .startsWith("Datadog refused the keys for the image (HTTP 403)");
        assertThat(V2ImageAnswer.of(text(200, "application/octet-stream", "GIF89a")))
                .isEqualTo(new V2ImageAnswer.Failed("neither a PNG nor JSON (application/octet-stream, 6 bytes)"));
        byte[] broken = png(10, 10);
        broken[12] = 'X'; // IHDR no longer first
        assertThat(V2ImageAnswer.of(answer(200, "image/png", broken)))
                .isEqualTo(new V2ImageAnswer.Failed("the image claims to be a PNG but its header cannot be read"));
        assertThat(V2ImageAnswer.of(new HttpTransport.JsonAnswer(200, Map.of(), png(10, 10), true)))
                .isInstanceOf(V2ImageAnswer.Failed.class);
    }
}

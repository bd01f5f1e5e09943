package io.github.datadogsnapshot.client.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.datadogsnapshot.client.config.ApiEndpoint;
import io.github.datadogsnapshot.client.exception.ClientSideException;
import io.github.datadogsnapshot.client.exception.ServiceException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class V2SnapshotApiTest {

    V2SnapshotApi api = new V2SnapshotApi(ApiEndpoint.site("datadoghq.eu"));

    static HttpTransport.JsonAnswer answer(int status, String body) {
        return new HttpTransport.JsonAnswer(status, Map.of(), body.getBytes(StandardCharsets.UTF_8));
    }

    static String created(String url) {
        return "{\"data\":{\"id\":\"6b3e\",\"type\":\"create_snapshot\",\"attributes\":{\"url\":\"" + url + "\"}}}";
    }

    @Test
    void shouldTakeTheImageUrlOnTheApiHost() {
        String url = "https://api.datadoghq.eu/api/v2/snapshot/view/authenticated/30d/6b3e/1796637600000-1.png";

        assertThat(api.uri().toString()).isEqualTo("https://api.datadoghq.eu/api/v2/snapshot");
        assertThat(api.imageUrl(answer(200, created(url))).toString()).isEqualTo(url);
        assertThat(api.imageUrl(answer(200, created("https://API.datadoghq.eu:443/x.png"))).getPath())
                .isEqualTo("/x.png");
        assertThatThrownBy(() -> new V2SnapshotApi(ApiEndpoint.custom("http://127.0.0.1:8126")).imageUrl(answer(200,
                created("https://app.datadoghq.com/a.png")))).hasMessageContaining("nothing was requested from it");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://app.datadoghq.eu/api/v2/snapshot/view/public/60d/b2c/1-1.png",
            "https://datadoghq.eu/api/v2/snapshot/view/public/60d/b2c/1-1.png",
            "/api/v2/snapshot/view/public/60d/b2c/1-1.png"})
    void shouldFetchAnAppHostUrlOrAPathFromTheApiHost(String url) {
        assertThat(api.imageUrl(answer(200, created(url))).toString())
                .isEqualTo("https://api.datadoghq.eu/api/v2/snapshot/view/public/60d/b2c/1-1.png");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://app.datadoghq.com/api/v2/snapshot/view/public/30d/a.png",
            "https://evil.example/api/v2/snapshot/view/public/30d/a.png", "http://api.datadoghq.eu/a.png",
            "https://api.datadoghq.eu:8443/a.png", "http://app.datadoghq.eu/a.png",
            "https://app.datadoghq.eu.evil.example/a.png"})
    void shouldRefuseAnImageUrlOnAnotherHostBeforeAnyRequest(String url) {
        assertThatThrownBy(() -> api.imageUrl(answer(200, created(url))))
                .isInstanceOf(ClientSideException.class)
                .hasMessageContaining("not to the API host https://api.datadoghq.eu")
                .hasMessageContaining("nothing was requested from it");
    }

    @Test
    void shouldRefuseAnAnswerWithoutUrl() {
        assertThatThrownBy(() -> api.imageUrl(answer(200, "{\"data\":{}}")))
                .hasMessageContaining("has no data.attributes.url");
        assertThatThrownBy(() -> api.imageUrl(answer(200, "<html>")))
                .hasMessageContaining("has no data.attributes.url");
    }

    @Test
    void shouldTellThatV2IsNotAvailableOn404And403() {
        ServiceException notFound = api.error(answer(404,
                "{\"errors\":[{\"status\":\"404\",\"detail\":\"Not found\"}]}"), "the v2 snapshot request of graph 'x'");
        ServiceException forbidden = api.error(answer(403, "{\"errors\":[\"Forbidden\"]}"), "the v2 snapshot request");

        assertThat(notFound).isInstanceOf(V2NotAvailableException.class);
        assertThat(notFound.getMessage()).isEqualTo("Datadog answered 404 for the v2 snapshot request of graph 'x':"
                + " Not found: the newer snapshot API (POST /api/v2/snapshot, a preview) is not available to this"
                + " organization; the classic snapshot API (v1) still is");
        assertThat(notFound.errors()).containsExactly("Not found");
        assertThat(forbidden).isInstanceOf(V2NotAvailableException.class);
        assertThat(forbidden.getMessage()).contains("or to these keys");
        assertThat(forbidden.isRetryable()).isFalse();
    }

    @Test
    void shouldExplainOtherErrorsWithDatadogsWords() {
        ServiceException bad = api.error(answer(400, "{\"errors\":[{\"detail\":\"'start' is required\"}]}"), "r");

        assertThat(bad).isNotInstanceOf(V2NotAvailableException.class);
        assertThat(bad.getMessage()).isEqualTo("Datadog answered 400 for r: 'start' is required (check the widget"
                + " definition, the window and the size)");
        assertThat(api.error(answer(502, "<html>"), "r").isRetryable()).isTrue();
        assertThat(api.error(answer(429, "{\"errors\":[\"Too many requests\"]}"), "r").getMessage())
                .contains("Too many requests").contains("snapshot budget");
    }
}

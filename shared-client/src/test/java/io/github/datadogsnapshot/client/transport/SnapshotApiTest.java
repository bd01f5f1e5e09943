package io.github.datadogsnapshot.client.transport;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.datadogsnapshot.client.config.ApiEndpoint;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.graph.TimeWindow;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotApiTest {

    SnapshotApi api = new SnapshotApi(ApiEndpoint.site("datadoghq.eu"));
    TimeWindow window = new TimeWindow(Instant.ofEpochSecond(1_795_860_000L), Instant.ofEpochSecond(1_795_860_300L));

    @Test
    void shouldEncodeEveryParameterOfTheGraph() {
        GraphSpec g = GraphSpec.builder().graphDef("{\"viz\": \"timeseries\", \"requests\": [{\"q\": \"avg:a{env:ci} by {host}\"}]}")
                .eventQuery("tags:deploy & env:ci").title("Load + CPU").width(600).height(300).build();

        URI uri = api.createUri(g, window);

        assertThat(uri.getHost()).isEqualTo("api.datadoghq.eu");
        assertThat(uri.getRawQuery()).isEqualTo("graph_def=%7B%22viz%22%3A%22timeseries%22%2C%22requests%22%3A%5B%7B%22q%22%3A"
                + "%22avg%3Aa%7Benv%3Aci%7D%20by%20%7Bhost%7D%22%7D%5D%7D&start=1795860000&end=1795860300"
                + "&event_query=tags%3Adeploy%20%26%20env%3Aci&title=Load%20%2B%20CPU&width=600&height=300");
    }

    @Test
    void shouldReadTheRateLimitHeaders() {
        Instant now = Instant.parse("2026-11-28T10:00:00Z");
        var status = SnapshotApi.rateLimit(answer(200, "{}", Map.of("x-ratelimit-limit", "60", "x-ratelimit-remaining", "12",
                "x-ratelimit-period", "3600", "x-ratelimit-reset", "1500", "x-ratelimit-name", "snapshot")), now).orElseThrow();
        assertThat(status.remaining()).isEqualTo(12);
        assertThat(status.resetsAt()).isEqualTo(now.plusSeconds(1500));
        assertThat(SnapshotApi.rateLimit(answer(200, "{}", Map.of()), now)).isEmpty();
        assertThat(SnapshotApi.rateLimit(answer(200, "{}", Map.of("x-ratelimit-limit", "x", "x-ratelimit-remaining", "1")), now)).isEmpty();
    }

    @Test
    void shouldReadAnAbsurdResetAsADay() {
        Instant now = Instant.parse("2026-11-28T10:00:00Z");
        Map<String, String> headers = Map.of("x-ratelimit-limit", "60", "x-ratelimit-remaining", "0",
                "x-ratelimit-reset", "9223372036854775807999");
        assertThat(SnapshotApi.rateLimit(answer(429, "{}", headers), now).orElseThrow().resetsAt())
                .isEqualTo(now.plusSeconds(SnapshotApi.MAX_RESET_SECONDS));
        assertThat(SnapshotApi.resetSeconds(answer(429, "{}", headers))).contains(SnapshotApi.MAX_RESET_SECONDS);
        assertThat(SnapshotApi.resetSeconds(answer(429, "{}", Map.of("x-ratelimit-reset", "-5")))).isEmpty();
        assertThat(SnapshotApi.resetSeconds(answer(429, "{}", Map.of("x-ratelimit-reset", "12")))).contains(12L);
    }

    @Test
    void shouldKeepErrorMessagesShortAndSayWhatToDo() {
        var e = api.error(answer(404, "<html>not found</html>", Map.of()), "the snapshot request");
        assertThat(e).hasMessage("Datadog answered 404 Not Found for the snapshot request (check the site or API URL"
                + " (datadoghq.eu (https://api.datadoghq.eu)))");
        var long400 = api.error(answer(400, "{\"errors\":[\"" + "x".repeat(1000) + "\"]}", Map.of()), "it");
        assertThat(long400.errors().get(0)).hasSize(303);
    }

    static HttpTransport.JsonAnswer answer(int status, String body, Map<String, String> headers) {
        return new HttpTransport.JsonAnswer(status, headers, body.getBytes(StandardCharsets.UTF_8));
    }
}

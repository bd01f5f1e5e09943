package io.github.datadogsnapshot.emulator;

import static io.github.datadogsnapshot.emulator.EmulatorClient.json;
import static io.github.datadogsnapshot.emulator.EmulatorClient.keys;
import static io.github.datadogsnapshot.emulator.EmulatorClient.metricQuery;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RateLimitTest {

    static final MutableClock CLOCK = MutableClock.at("2024-05-01T10:00:00Z");

    @RegisterExtension
    static final DatadogEmulatorExtension EMULATOR = new DatadogEmulatorExtension(
            DatadogEmulator.builder().clock(CLOCK).rateLimit(3, Duration.ofMinutes(10)).renderDelay(Duration.ZERO));

    EmulatorClient client;

    @BeforeEach
    void setUp() {
        client = new EmulatorClient(EMULATOR.get());
    }

    @Test
    void shouldSendRateLimitHeadersWithEveryAnswer() {
        HttpResponse<String> first = client.snapshot(metricQuery("avg:a{*}"));
        CLOCK.advance(Duration.ofMillis(1500));
        HttpResponse<String> invalid = client.snapshot(Map.of());

        assertThat(first.headers().map()).containsEntry("x-ratelimit-limit", List.of("3"))
                .containsEntry("x-ratelimit-period", List.of("600"))
                .containsEntry("x-ratelimit-remaining", List.of("2"))
                .containsEntry("x-ratelimit-reset", List.of("600"))
                .containsEntry("x-ratelimit-name", List.of("snapshot"));
        assertThat(invalid.statusCode()).isEqualTo(400);
        assertThat(invalid.headers().firstValue("X-RateLimit-Remaining")).hasValue("1");
        assertThat(invalid.headers().firstValue("X-RateLimit-Reset")).as("598.5 s rounded up").hasValue("599");
    }

    @Test
    void shouldAnswer429WhenBudgetIsSpent() {
        for (int i = 0; i < 3; i++) {
            assertThat(client.snapshot(metricQuery("avg:a{*}")).statusCode()).isEqualTo(200);
        }

        HttpResponse<String> refused = client.snapshot(metricQuery("avg:a{*}"));

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(json(refused).get("errors").get(0).asText())
                .isEqualTo("Rate limit of 3 requests in 600 seconds reached. Please try again later.");
        assertThat(refused.headers().firstValue("X-RateLimit-Remaining")).hasValue("0");
        assertThat(refused.headers().firstValue("X-RateLimit-Reset")).hasValue("600");
    }

    @Test
    void shouldOpenNewWindowAfterReset() {
        for (int i = 0; i < 3; i++) {
            client.snapshot(metricQuery("avg:a{*}"));
        }
        CLOCK.advance(Duration.ofSeconds(599));
        HttpResponse<String> stillRefused = client.snapshot(metricQuery("avg:a{*}"));
        CLOCK.advance(Duration.ofSeconds(1));

        HttpResponse<String> accepted = client.snapshot(metricQuery("avg:a{*}"));

        assertThat(stillRefused.statusCode()).isEqualTo(429);
        assertThat(stillRefused.headers().firstValue("X-RateLimit-Reset")).hasValue("1");
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(accepted.headers().firstValue("X-RateLimit-Remaining")).hasValue("2");
        assertThat(accepted.headers().firstValue("X-RateLimit-Reset")).hasValue("600");
    }

    @Test
    void shouldNotChargeRefusedKeysValidationOrStatusCalls() {
        client.snapshot("wrong", EMULATOR.get().applicationKey(), metricQuery("avg:a{*}"));
        client.getText("/api/v1/validate", keys(EMULATOR.get().apiKey(), null));
        String url = client.createSnapshot(metricQuery("avg:a{*}"));
        client.status(url);
        client.download(url);

        HttpResponse<String> next = client.snapshot(metricQuery("avg:a{*}"));

        assertThat(next.headers().firstValue("X-RateLimit-Remaining")).hasValue("1");
    }

    @Test
    void shouldLetTestsSetRemainingBudgetAndReset() {
        EMULATOR.get().faults().rateLimitRemaining(0).rateLimitReset(Duration.ofSeconds(42));

        HttpResponse<String> refused = client.snapshot(metricQuery("avg:a{*}"));
        CLOCK.advance(Duration.ofSeconds(42));
        HttpResponse<String> accepted = client.snapshot(metricQuery("avg:a{*}"));

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(refused.headers().firstValue("X-RateLimit-Reset")).hasValue("42");
        assertThat(accepted.statusCode()).isEqualTo(200);
    }

    @Test
    void shouldStartFreshWindowAfterEmulatorReset() {
        EMULATOR.get().faults().rateLimitRemaining(0);
        EMULATOR.get().reset();

        assertThat(client.snapshot(metricQuery("avg:a{*}")).statusCode()).isEqualTo(200);
    }
}

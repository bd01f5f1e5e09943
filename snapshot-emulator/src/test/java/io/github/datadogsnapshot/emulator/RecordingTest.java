package io.github.datadogsnapshot.emulator;

import static io.github.datadogsnapshot.emulator.EmulatorClient.metricQuery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RecordingTest {

    @Test
    void shouldRecordRequestsWithoutHeaderValues() {
        MutableClock clock = MutableClock.at("2024-05-01T10:00:00Z");
        try (DatadogEmulator emulator = DatadogEmulator.builder().clock(clock).build().start()) {
            EmulatorClient client = new EmulatorClient(emulator);
            String url = client.createSnapshot(metricQuery("avg:system.load.1{host:a b}"));
            clock.advance(Duration.ofSeconds(5));
            client.download(url);

            List<RecordedRequest> requests = emulator.requests();

            assertThat(requests).hasSize(2);
            RecordedRequest create = requests.get(0);
            assertThat(create.method()).isEqualTo("GET");
            assertThat(create.path()).isEqualTo("/api/v1/graph/snapshot");
            assertThat(create.query()).containsEntry("metric_query", "avg:system.load.1{host:a b}")
                    .containsEntry("end", "1700000000");
            assertThat(create.hasHeader("DD-API-KEY")).isTrue();
            assertThat(create.hasHeader("dd-application-key")).isTrue();
            assertThat(create.headerNames()).doesNotContain(emulator.apiKey(), emulator.applicationKey());
            assertThat(create.toString()).doesNotContain(emulator.apiKey());
            assertThat(create.status()).isEqualTo(200);
            assertThat(create.time()).isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
            assertThat(requests.get(1).time()).isEqualTo(Instant.parse("2024-05-01T10:00:05Z"));
            assertThat(requests.get(1).hasHeader("DD-API-KEY")).isFalse();
            assertThat(emulator.requestCount("/api/")).isEqualTo(1);
            assertThat(emulator.requestCount("/snapshot/view/")).isEqualTo(1);

            emulator.reset();
            assertThat(emulator.requests()).isEmpty();
        }
    }

    @Test
    void shouldForgetRequestsThatArrivedBeforeReset() {
        RequestLog log = new RequestLog();
        long before = log.arrival();
        log.clear();
        long after = log.arrival();
        RecordedRequest request = new RecordedRequest("GET", "/", Map.of(), Set.of(), 200, Instant.EPOCH);

        log.add(before, request);
        log.add(after, request);

        assertThat(log.snapshot()).hasSize(1);
    }

    @Test
    void shouldRefuseUseBeforeStartAndRestartAfterClose() {
        DatadogEmulator emulator = DatadogEmulator.builder().build();
        assertThatThrownBy(emulator::baseUrl).hasMessageContaining("start()");

        emulator.start();
        assertThat(emulator.start()).isSameAs(emulator);
        assertThat(emulator.baseUrl().toString()).matches("http://127\\.0\\.0\\.1:\\d+");
        emulator.close();
        emulator.close();

        assertThatThrownBy(emulator::start).hasMessageContaining("closed");
    }

    @Test
    void shouldCheckSettings() {
        assertThatThrownBy(() -> DatadogEmulator.builder().apiKey(" ").build())
                .hasMessageContaining("apiKey");
        assertThatThrownBy(
                        () -> DatadogEmulator.builder().rateLimit(0, Duration.ofHours(1)).build())
                .hasMessageContaining("rateLimit");
        assertThatThrownBy(
                        () -> DatadogEmulator.builder().renderDelay(Duration.ofSeconds(-1)).build())
                .hasMessageContaining("renderDelay");
        assertThatThrownBy(
                        () -> DatadogEmulator.builder().scopedApplicationKey(EmulatorSettings.DEFAULT_APPLICATION_KEY).build())
                .hasMessageContaining("scopedApplicationKey");
    }
}

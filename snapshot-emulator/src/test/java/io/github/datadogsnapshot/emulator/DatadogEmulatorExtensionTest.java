package io.github.datadogsnapshot.emulator;

import static io.github.datadogsnapshot.emulator.EmulatorClient.metricQuery;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;

class DatadogEmulatorExtensionTest {

    @Nested
    @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
    class Registered {

        @RegisterExtension
        static final DatadogEmulatorExtension emulator =
                new DatadogEmulatorExtension(
                        DatadogEmulator.builder().renderDelay(Duration.ZERO).rateLimit(5, Duration.ofHours(1)));

        @Test
        @Order(1)
        void shouldInjectTheRunningEmulator(DatadogEmulator injected) {
            assertThat(injected).isSameAs(emulator.get());
            assertThat(injected.settings().renderDelay()).isZero();

            new EmulatorClient(injected).createSnapshot(metricQuery("avg:a{*}"));
            assertThat(injected.requestCount("/api/v1/graph/snapshot")).isEqualTo(1);
        }

        @Test
        @Order(2)
        void shouldResetBeforeEachTest(DatadogEmulator injected) {
            assertThat(injected.requests()).isEmpty();
            assertThat(new EmulatorClient(injected).snapshot(metricQuery("avg:a{*}")).headers()
                    .firstValue("X-RateLimit-Remaining")).hasValue("4");
        }
    }

    @Nested
    @ExtendWith(DatadogEmulatorExtension.class)
    class Declared {

        static DatadogEmulator startedBeforeAll;

        @BeforeAll
        static void beforeAll(DatadogEmulator emulator) {
            startedBeforeAll = emulator;
        }

        @Test
        void shouldUseDefaultSettings(DatadogEmulator emulator) {
            assertThat(emulator).isSameAs(startedBeforeAll);
            assertThat(emulator.apiKey()).isEqualTo("emulator-api-key");
            assertThat(emulator.applicationKey()).isEqualTo("emulator-app-key");
            assertThat(emulator.settings().renderDelay()).isEqualTo(Duration.ofSeconds(2));
            assertThat(new EmulatorClient(emulator).snapshot(metricQuery("avg:a{*}")).statusCode()).isEqualTo(200);
        }

        @Nested
        class Inner {
            @Test
            void shouldShareTheEnclosingEmulator(DatadogEmulator emulator) {
                assertThat(emulator).isSameAs(startedBeforeAll);
                assertThat(new EmulatorClient(emulator).snapshot(metricQuery("avg:a{*}")).statusCode()).isEqualTo(200);
            }
        }
    }

    @Test
    void shouldCloseAfterTheLastClass() {
        DatadogEmulatorExtension extension = new DatadogEmulatorExtension();
        extension.beforeAll(null);
        DatadogEmulator emulator = extension.get();
        extension.beforeAll(null); // a nested class
        extension.afterAll(null);
        assertThat(new EmulatorClient(emulator).getText("/api/v1/validate", Map.of()).statusCode()).isEqualTo(403);

        extension.afterAll(null);

        assertThat(catchThrowable(emulator::start)).hasMessageContaining("closed");
    }
}

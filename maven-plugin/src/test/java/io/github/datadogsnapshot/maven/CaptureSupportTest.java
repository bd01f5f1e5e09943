package io.github.datadogsnapshot.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.datadogsnapshot.client.CaptureResult;
import io.github.datadogsnapshot.client.config.ApiEndpoint;
import io.github.datadogsnapshot.client.config.ClientSettings;
import io.github.datadogsnapshot.client.config.Credentials;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.graph.TimeWindow;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.emulator.DatadogEmulator;
import io.github.datadogsnapshot.emulator.DatadogEmulatorExtension;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class CaptureSupportTest {

    private static final Instant BUILD_START = Instant.parse("2024-05-01T10:00:00Z");
    private static final Instant NOW = Instant.parse("2024-05-01T10:05:00Z");

    private final RecordingLog log = new RecordingLog();

    private static Graph graph(String name, String metricQuery) {
        Graph graph = new Graph();
        graph.setName(name);
        graph.setMetricQuery(metricQuery);
        return graph;
    }

    /** Whole captures against the emulator: what the build log says and when the build fails. */
    @Nested
    class Run {

        @RegisterExtension
        static final DatadogEmulatorExtension EMULATOR = new DatadogEmulatorExtension(
                DatadogEmulator.builder().renderDelay(Duration.ofMillis(200)));

        @TempDir
        Path output;

        private CaptureSupport.Plan plan(DatadogEmulator emulator, String apiKey) {
            Instant now = Instant.now();
            ClientSettings settings = ClientSettings.builder(ApiEndpoint.custom(emulator.baseUrl().toString()),
                    Credentials.of(apiKey, emulator.applicationKey())).timeout(Duration.ofSeconds(20)).build();
            List<GraphSpec> graphs = List.of(
                    GraphSpec.builder().name("load").metricQuery("avg:system.load.1{*}").build(),
                    GraphSpec.builder().title("Memory").metricQuery("avg:system.mem.used{*}").build());
            return new CaptureSupport.Plan(graphs, new TimeWindow(now.minusSeconds(300), now), "the test", settings,
                    output, now.minusSeconds(600));
        }

        @Test
        void shouldLogEachGraphAsRequestedAndStored(DatadogEmulator emulator) throws Exception {
            CaptureResult result = CaptureSupport.run(plan(emulator, emulator.apiKey()), true, false, log);

            assertThat(result.entries()).allMatch(ManifestEntry::isCaptured);
            assertThat(output.resolve("load.png")).isRegularFile();
            assertThat(output.resolve("memory.png")).isRegularFile();
            assertThat(log.lines()).anyMatch(l -> l.startsWith("INFO Requesting graph 'load' (avg:system.load.1{*})"))
                    .anyMatch(l -> l.matches("INFO Stored memory\\.png: .* KiB, \\d+x\\d+ px, ready .*"))
                    .anyMatch(l -> l.startsWith("INFO Captured 2 graphs into "));
            assertThat(log.text()).doesNotContain(emulator.apiKey()).doesNotContain(emulator.applicationKey());
        }

        @Test
        void shouldWarnAndRecordFailuresWhenFailOnErrorIsOff(DatadogEmulator emulator) throws Exception {
            CaptureResult result = CaptureSupport.run(plan(emulator, "wrong-api-key-123"), false, false, log);

            assertThat(result.failures()).hasSize(2);
            assertThat(result.manifestFile()).isRegularFile();
            assertThat(log.lines())
                    .anyMatch(l -> l.startsWith("WARN 2 of 2 graphs could not be captured (recorded as failed in "));
            assertThat(log.text()).doesNotContain("wrong-api-key-123");
        }

        @Test
        void shouldFailTheBuildAfterTryingEveryGraphWhenFailOnErrorIsOn(DatadogEmulator emulator) {
            assertThatThrownBy(() -> CaptureSupport.run(plan(emulator, "wrong-api-key-123"), true, false, log))
                    .isInstanceOf(MojoFailureException.class)
                    .hasMessageStartingWith("Datadog snapshots: 2 of 2 graphs could not be captured")
                    .hasMessageContaining("'load': ")
                    .hasMessageContaining("'memory': ")
                    .hasMessageContaining("403")
                    .message().doesNotContain("wrong-api-key-123");
            assertThat(output.resolve("snapshots.json")).isRegularFile();
        }
    }
}

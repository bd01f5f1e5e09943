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

    @Nested
    class Graphs {

        @Test
        void shouldRefuseTwoGraphsOfTheSameNameBeforeAnyRequest() {
            List<Graph> graphs = List.of(graph("cpu", "avg:a{*}"), graph("mem", "avg:b{*}"), graph("CPU", "avg:c{*}"));

            assertThatThrownBy(() -> CaptureSupport.graphs(graphs, new Graph(), log))
                    .isInstanceOf(MojoFailureException.class)
                    .hasMessage("Invalid graphs: name: graph 3 is named 'CPU' like graph 1; names must be unique"
                            + " (they become file names)");
        }

        @Test
        void shouldNameTheGraphAndFieldOfAnInvalidGraph() {
            Graph broken = new Graph();
            broken.setGraphDef("{\"viz\": ");

            assertThatThrownBy(() -> CaptureSupport.graphs(List.of(graph("ok", "avg:a{*}"), broken), new Graph(), log))
                    .isInstanceOf(MojoFailureException.class)
                    .hasMessageStartingWith("Invalid graph: graphs[2].graphDef: not valid JSON");
        }

        @Test
        void shouldNameTheGoalLevelSizeRatherThanTheFirstGraphUsingIt() {
            Graph sizes = new Graph();
            sizes.setWidth(5000);

            assertThatThrownBy(() -> CaptureSupport.graphs(List.of(graph("ok", "avg:a{*}")), sizes, log))
                    .isInstanceOf(MojoFailureException.class)
                    .hasMessage("Invalid configuration: datadog.width: 5000 pixels is out of range; use 1 to 4000");
        }

        @Test
        void shouldNameThePropertiesOfAnInvalidCommandLineGraph() {
            Graph single = new Graph();
            single.setTitle("Only a title");

            assertThatThrownBy(() -> CaptureSupport.graphs(List.of(), single, log))
                    .isInstanceOf(MojoFailureException.class)
                    .hasMessage("Invalid graph: datadog.metricQuery: give a metric query (or a graphDef)");
        }

        @Test
        void shouldSayHowToGiveAGraphWhenThereIsNone() {
            assertThatThrownBy(() -> CaptureSupport.graphs(null, new Graph(), log))
                    .isInstanceOf(MojoFailureException.class)
                    .hasMessageContaining("configure <graphs> in the POM")
                    .hasMessageContaining("-Ddatadog.metricQuery=");
        }

        @Test
        void shouldSizeGraphsWithoutTheirOwnSizeByTheGoalsSize() throws Exception {
            Graph sized = graph("sized", "avg:a{*}");
            sized.setWidth(300);
            Graph defaults = new Graph();
            defaults.setWidth(900);
            defaults.setHeight(250);

            List<GraphSpec> specs = CaptureSupport.graphs(List.of(sized, graph("plain", "avg:b{*}")), defaults, log);

            assertThat(specs.get(0).width()).contains(300);
            assertThat(specs.get(0).height()).contains(250);
            assertThat(specs.get(1).width()).contains(900);
        }
    }

    @Nested
    class Window {

        @Test
        void shouldRunFromTheBuildStartToNowByDefault() throws Exception {
            CaptureSupport.ResolvedWindow w = CaptureSupport.window(null, null, null, NOW, Optional.empty(),
                    BUILD_START);

            assertThat(w.window()).isEqualTo(new TimeWindow(BUILD_START, NOW));
            assertThat(w.origin()).isEqualTo("the start of this build");
        }

        @Test
        void shouldPreferAnExplicitStartOverTheMark() throws Exception {
            CaptureSupport.ResolvedWindow w = CaptureSupport.window("2024-05-01T12:00:00+02:00", "1714557900", "PT30S",
                    NOW, Optional.of(BUILD_START.plusSeconds(60)), BUILD_START);

            assertThat(w.window()).isEqualTo(new TimeWindow(BUILD_START.minusSeconds(30), NOW));
            assertThat(w.origin()).isEqualTo("datadog.start, padded by 30.0 s");
        }

        @Test
        void shouldRefuseAStartAfterTheEnd() {
            assertThatThrownBy(() -> CaptureSupport.window("2030-01-01T00:00:00Z", "2029-01-01T00:00:00Z", null, NOW,
                    Optional.empty(), BUILD_START))
                    .isInstanceOf(MojoFailureException.class)
                    .hasMessage("The window's start 2030-01-01T00:00:00Z (datadog.start) is not before its end"
                            + " 2029-01-01T00:00:00Z (datadog.end); check datadog.start and datadog.end");
        }

        @Test
        void shouldRefuseAStartInTheFuture() {
            assertThatThrownBy(() -> CaptureSupport.window("2024-05-01T11:00:00Z", null, null, NOW, Optional.empty(),
                    BUILD_START))
                    .isInstanceOf(MojoFailureException.class)
                    .hasMessageContaining("is not before its end 2024-05-01T10:05:00Z (now)");
        }

        @Test
        void shouldNameTheParameterOfAnUnreadablePadding() {
            assertThatThrownBy(() -> CaptureSupport.window(null, null, "5 minutes", NOW, Optional.empty(), BUILD_START))
                    .isInstanceOf(MojoFailureException.class)
                    .hasMessageStartingWith("datadog.padding: '5 minutes' is not an ISO-8601 duration");
        }
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

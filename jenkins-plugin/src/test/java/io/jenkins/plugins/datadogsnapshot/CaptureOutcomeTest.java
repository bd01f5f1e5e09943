package io.jenkins.plugins.datadogsnapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.datadogsnapshot.client.SnapshotCapture;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CaptureOutcomeTest {

    private static final String BASE = "job/perf/12/datadog-snapshots/image/";

    @Test
    void shouldReturnOneMapPerGraphWithTheAbsoluteUrlOfStoredImagesOnly() {
        CaptureOutcome outcome = new CaptureOutcome(
                List.of(Entries.captured("cpu", "CPU"), Entries.failed("errors", "403 Forbidden")), BASE);

        List<Map<String, Object>> result = outcome.asStepResult(path -> "https://ci.example.com/" + path);

        assertThat(result).hasSize(2);
        assertThat(result.get(0))
                .containsEntry("name", "cpu")
                .containsEntry("title", "CPU")
                .containsEntry("status", "CAPTURED")
                .containsEntry("imageUrl", "https://ci.example.com/job/perf/12/datadog-snapshots/image/cpu.png")
                .containsEntry("error", null)
                .containsEntry("verdict", null)
                .containsEntry("regressions", List.of());
        assertThat(result.get(1))
                .containsEntry("name", "errors")
                .containsEntry("title", "errors")
                .containsEntry("status", "FAILED")
                .containsEntry("imageUrl", null)
                .containsEntry("error", "403 Forbidden");
    }

    @Test
    void shouldReturnTheVerdictAndTheThresholdsCrossedPerGraph() {
        ManifestEntry regressed = Entries.withNumbers(
                Entries.captured("latency", "Latency"),
                "max < 100",
                List.of(Entries.series("avg:latency{*}", "*", "ms", 130.0)),
                null,
                null);
        ManifestEntry noBaseline = Entries.withNumbers(
                Entries.captured("cpu", "CPU"),
                "p95 +10%",
                List.of(Entries.series("avg:cpu{*}", "*", "%", 50.0)),
                null,
                null);
        CaptureOutcome outcome = new CaptureOutcome(List.of(regressed, noBaseline), BASE);

        List<Map<String, Object>> result = outcome.asStepResult(path -> path);

        assertThat(result.get(0)).containsEntry("verdict", "REGRESSION");
        assertThat((List<?>) result.get(0).get("regressions"))
                .singleElement()
                .asString()
                .isEqualTo("max of avg:latency{*} is 130 ms, which breaks 'max < 100'");
        assertThat(result.get(1)).containsEntry("verdict", "NO_BASELINE").containsEntry("regressions", List.of());
        assertThat(outcome.regressions())
                .containsExactly("graph 'latency': max of avg:latency{*} is 130 ms, which breaks 'max < 100'");
        assertThat(outcome.regressionSummary()).isEqualTo("1 Datadog graph crossed its thresholds (latency)");
    }

    @Test
    void shouldSummarizeAndNameTheFirstFailure() {
        CaptureOutcome mixed = new CaptureOutcome(
                List.of(Entries.captured("cpu", null), Entries.failed("a", "first"), Entries.failed("b", "second")),
                BASE);
        CaptureOutcome clean = new CaptureOutcome(List.of(Entries.captured("cpu", null)), BASE);

        assertThat(mixed.summary()).isEqualTo("1 of 3 graphs captured, 2 failed");
        assertThat(mixed.hasFailures()).isTrue();
        assertThat(mixed.firstError()).isEqualTo("'a': first");
        assertThat(clean.summary()).isEqualTo("1 of 1 graph captured");
        assertThat(clean.hasFailures()).isFalse();
        assertThat(clean.firstError()).isEmpty();
    }

    @Test
    void shouldRecordEveryGraphAsFailedWhenTheCaptureCouldNotStart() {
        List<GraphSpec> specs = SnapshotCapture.uniqueNames(List.of(
                GraphSpec.builder().metricQuery("avg:a{*}").title("Load").build(),
                GraphSpec.builder().metricQuery("avg:a{*}").title("Load").build(),
                GraphSpec.builder()
                        .graphDef("{\"viz\":\"timeseries\"}")
                        .name("custom")
                        .eventQuery("tags:deploy")
                        .build()));

        List<ManifestEntry> entries =
                CaptureOutcome.notAttempted(specs, Entries.WINDOW, "apiKeyCredentialsId: missing");

        assertThat(entries).extracting(ManifestEntry::name).containsExactly("load", "load-2", "custom");
        assertThat(entries).allSatisfy(e -> {
            assertThat(e.isCaptured()).isFalse();
            assertThat(e.error()).isEqualTo("apiKeyCredentialsId: missing");
            assertThat(e.window()).isEqualTo(ManifestEntry.Window.of(Entries.WINDOW));
        });
        assertThat(entries.get(2).graphDef()).isEqualTo("{\"viz\":\"timeseries\"}");
        assertThat(entries.get(2).eventQuery()).isEqualTo("tags:deploy");
    }
}

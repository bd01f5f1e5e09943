package io.github.datadogsnapshot.client.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.datadogsnapshot.client.manifest.Manifest;
import io.github.datadogsnapshot.client.manifest.Manifests;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The golden capture ({@link GoldenCapture}): its stored files are what the capture writes, and the model's overview
 * rows are {@code golden/overview.txt}, which the Maven page's and the Jenkins views' golden tests compare with too.
 * Run with {@code -Dgolden.write=<shared-client>/src/test/resources/golden} to write the capture's files again.
 */
class CaptureReportGoldenTest {

    /** An overview row as {@code golden/overview.txt} writes it: title, then every cell, separated by {@code  | }. */
    static String line(OverviewRow row) {
        return row.title() + " | " + String.join(" | ", row.cells());
    }

    @Test
    void shouldStoreTheCaptureAsTheCaptureWritesIt() throws Exception {
        String folder = System.getProperty("golden.write");
        if (folder != null) {
            Files.writeString(Path.of(folder, "capture.json"), json(GoldenCapture.capture()));
            Files.writeString(Path.of(folder, "baseline.json"), json(GoldenCapture.baseline()));
        }
        assertThat(GoldenCapture.read("baseline.json").graphs()).isEqualTo(GoldenCapture.baseline().graphs());
        assertThat(GoldenCapture.read("capture.json").graphs()).isEqualTo(GoldenCapture.capture().graphs());
    }

    @Test
    void shouldShowTheGoldenOverview() {
        CaptureReport report = CaptureReport.of(GoldenCapture.read("capture.json"),
                GoldenCapture.read("baseline.json"));

        assertThat(report.overview().stream().map(CaptureReportGoldenTest::line).toList())
                .containsExactlyElementsOf(GoldenCapture.overview());
    }

    @Test
    void shouldCountNewAndGone() {
        CaptureReport report = CaptureReport.of(GoldenCapture.read("capture.json"),
                GoldenCapture.read("baseline.json"));

        assertThat(report.capturedCount()).isEqualTo(5);
        assertThat(report.failedCount()).isZero();
        assertThat(report.regressionCount()).isEqualTo(2);
        assertThat(report.newGraphCount()).isEqualTo(1);
        assertThat(report.newSeriesCount()).isEqualTo(1);
        assertThat(report.goneSeriesCount()).isEqualTo(1);
        assertThat(report.goneGraphs()).isEmpty();
        assertThat(report.changes()).isEqualTo("1 new graph, 1 new series, 1 series gone");
        assertThat(report.numbersSummary()).isEqualTo("2 of 5 graphs crossed their thresholds;"
                + " 1 new graph, 1 new series, 1 series gone (baseline: build #41)");
        assertThat(report.summary(0)).isEqualTo("5 graphs captured");
    }

    @Test
    void shouldSayInTheLogWhatTheOverviewSaysOfEveryBreach() {
        Manifest capture = GoldenCapture.read("capture.json");
        CaptureReport report = CaptureReport.of(capture, GoldenCapture.read("baseline.json"));
        List<String> crossed = io.github.datadogsnapshot.client.manifest.Regressions.crossed(capture.graphs());

        for (OverviewRow row : report.overview().stream().filter(OverviewRow::regression).toList()) {
            assertThat(crossed).anySatisfy(line -> assertThat(line).startsWith("graph '" + row.name() + "': ")
                    .contains(row.current()).contains(row.change()));
        }
    }

    private static String json(Manifest manifest) throws Exception {
        Path dir = Files.createTempDirectory("golden");
        return Files.readString(Manifests.write(manifest, dir));
    }
}

package io.github.datadogsnapshot.maven;

import static io.github.datadogsnapshot.maven.TestCaptures.captured;
import static io.github.datadogsnapshot.maven.TestCaptures.manifest;
import static io.github.datadogsnapshot.maven.TestCaptures.page;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.datadogsnapshot.client.config.CaptureOptions;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.manifest.Manifest;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.client.manifest.Manifests;
import io.github.datadogsnapshot.client.regression.Figures;
import io.github.datadogsnapshot.client.regression.SeriesStats;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report and the capture's folder rules against folders and manifests a careless user or a hostile file may
 * give: the capture folder as the page's image folder, links out of a baseline, files that are no PNG, a link to
 * the output folder as baseline, unreadable manifests, duplicate graph names, statistics that are not finite, titles
 * without spaces.
 */
class HostileReportInputTest {

    @TempDir
    Path dir;

    final List<String> warnings = new ArrayList<>();
    final RecordingLog log = new RecordingLog();

    @Test
    void shouldShowTheImagesInPlaceWhenTheCaptureFolderIsThePagesImageFolder() throws Exception {
        Path site = dir.resolve("reports");
        Path capture = TestCaptures.capture(site.resolve(ReportMojo.OUTPUT_NAME),
                manifest(captured("cpu", "CPU", "avg:a{*}")));
        byte[] image = Files.readAllBytes(capture.resolve("cpu.png"));

        Map<String, String> shown = ReportImages.copy(Manifests.readIfPresent(capture).orElseThrow(), capture, site,
                ReportMojo.OUTPUT_NAME, warnings::add);

        assertThat(capture.resolve("cpu.png")).as("the capture's own image").hasBinaryContent(image);
        assertThat(shown).containsExactly(Map.entry("cpu", "datadog-snapshots/cpu.png"));
        assertThat(capture.resolve(ReportImages.COPIED_LIST)).doesNotExist();
    }

    @Test
    void shouldNeverFollowALinkOutOfTheBaselineFolder() throws Exception {
        Path baseline = TestCaptures.capture(dir.resolve("baseline"), manifest(captured("lat", "Latency", "avg:a{*}")));
        Files.write(dir.resolve("secret.txt"), TestCaptures.png("a secret that happens to be a PNG"));
        Files.delete(baseline.resolve("lat.png"));
        Files.createSymbolicLink(baseline.resolve("lat.png"), Path.of("../secret.txt"));

        Map<String, String> shown = ReportImages.copy(Manifests.readIfPresent(baseline).orElseThrow(), baseline,
                dir.resolve("site"), "datadog-snapshots/baseline", warnings::add);

        assertThat(shown).isEmpty();
        assertThat(dir.resolve("site/datadog-snapshots/baseline/lat.png")).doesNotExist();
        assertThat(warnings).singleElement().asString().contains("is a link");
    }

    /** A PNG signature and header stating {@code width} x {@code height}, its CRC right, then IEND. */
    static byte[] headerOnly(int width, int height) {
        ByteBuffer png = ByteBuffer.allocate(8 + 25 + 12);
        png.put(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        byte[] ihdr = ByteBuffer.allocate(17).put("IHDR".getBytes()).putInt(width).putInt(height)
                .put(new byte[] {8, 2, 0, 0, 0}).array();
        CRC32 crc = new CRC32();
        crc.update(ihdr);
        png.putInt(13).put(ihdr).putInt((int) crc.getValue());
        CRC32 end = new CRC32();
        end.update("IEND".getBytes());
        png.putInt(0).put("IEND".getBytes()).putInt((int) end.getValue());
        return png.array();
    }

    @Test
    void shouldCopyOnlyImagesThatPassTheCapturesPngCheck() throws Exception {
        Path capture = TestCaptures.capture(dir.resolve("capture"), manifest(captured("text", "Text", "avg:a{*}"),
                captured("huge", "Huge", "avg:b{*}"), captured("fine", "Fine", "avg:c{*}")));
        Files.writeString(capture.resolve("text.png"), "<html>not a picture</html>");
        Files.write(capture.resolve("huge.png"), headerOnly(20_000, 20_000));

        Map<String, String> shown = ReportImages.copy(Manifests.readIfPresent(capture).orElseThrow(), capture,
                dir.resolve("site"), "img", warnings::add);

        assertThat(shown).containsOnlyKeys("fine");
        assertThat(dir.resolve("site/img/text.png")).doesNotExist();
        assertThat(dir.resolve("site/img/huge.png")).doesNotExist();
        assertThat(warnings).anySatisfy(w -> assertThat(w).contains("graph 'text'")
                .contains("does not start with the PNG signature"));
        assertThat(warnings).anySatisfy(w -> assertThat(w).contains("graph 'huge'")
                .contains("claims 20000x20000 pixels"));
    }

    @Test
    void shouldRefuseALinkToTheOutputFolderAsBaseline() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path link = Files.createSymbolicLink(dir.resolve("last-good"), out);

        assertThatThrownBy(() -> CaptureSupport.options(CaptureOptions.Renderer.DATADOG, true,
                new CaptureSupport.BaselineConfig(link.toFile(), dir.toFile()), out, log))
                .isInstanceOf(MojoFailureException.class)
                .hasMessageContaining("datadog.baselineDirectory: " + link + " is the outputDirectory");
        assertThat(CaptureSupport.sameFolder(dir.resolve("elsewhere"), out)).isFalse();
    }

    @Test
    void shouldKeepAnUnreadableManifestAsideAndNameTheImagesItLeavesUnlisted() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("out"));
        Files.writeString(folder.resolve(Manifests.FILE_NAME), "{\"schemaVersion\":2,\"graphs\":[{");
        Files.writeString(folder.resolve("cpu.png"), "png");
        Files.writeString(folder.resolve("latency.png"), "png");

        EarlierCaptures.prepare(folder, Instant.now(), List.of(GraphSpec.builder().name("cpu").metricQuery("q").build()),
                log);

        assertThat(folder.resolve(Manifests.FILE_NAME)).doesNotExist();
        assertThat(folder.resolve(EarlierCaptures.UNREADABLE)).hasContent("{\"schemaVersion\":2,\"graphs\":[{");
        assertThat(log.lines()).singleElement().asString().startsWith("WARN Replacing an unreadable snapshots.json")
                .contains("kept as snapshots.json.unreadable")
                .contains("The 2 images already in the folder (cpu.png, latency.png) are listed in no manifest now");
    }

    @Test
    void shouldWarnOfGraphsThatShareANameInTheBaseline() throws Exception {
        Path baseline = TestCaptures.capture(dir.resolve("baseline"), manifest(captured("cpu", "CPU", "avg:a{*}")));
        Manifest twice = Manifests.read(baseline.resolve(Manifests.FILE_NAME));
        Manifests.write(new Manifest(twice.schemaVersion(), twice.generator(), twice.updatedAt(), twice.endpoint(),
                List.of(twice.graphs().get(0), twice.graphs().get(0))), baseline);

        BaselineFolder.read(baseline.toFile(), dir.toFile(), warnings::add).orElseThrow();

        assertThat(warnings).singleElement().asString()
                .isEqualTo("Baseline baseline: its snapshots.json names more than one graph 'cpu'; each graph of"
                        + " this build is compared with the first of that name (was the file edited or merged by"
                        + " hand?)");
    }

    @Test
    void shouldRenderAPageOfStatisticsThatAreNotFiniteOrHuge() throws Exception {
        SeriesStats broken = new SeriesStats("avg:a{*}", "*", "ms", 2, 1.0, Double.POSITIVE_INFINITY, Double.NaN,
                1.7e308, 1.7976931348623157e308, 1e-308);
        ManifestEntry entry = TestCaptures.withNumbers(captured("cpu", "CPU", "avg:a{*}"), "avg < 800", broken);
        Path folder = Files.createDirectories(dir.resolve("capture"));
        Manifests.write(manifest(entry), folder);
        Manifest read = Manifests.readIfPresent(folder).orElseThrow();

        String html = page(ReportData.of(read, Map.of(), read, Map.of(), "target/baseline", "baseline"));

        assertThat(html).contains("Infinity").contains("1.7e308 ms").contains("1e-308 ms")
                .doesNotContain("170000000000000000000");
    }

    @Test
    void shouldWrapALongTitleWithoutSpacesInTheOverview() {
        String title = "x".repeat(1500);
        ManifestEntry entry = TestCaptures.withNumbers(captured("cpu", title, "avg:a{*}"), null,
                TestCaptures.series("avg:a{*}", "*", "ms", 1, 2));

        String html = page(ReportData.of(manifest(entry), Map.of(), null, Map.of(), null, null));

        assertThat(html).contains("style=\"" + NumbersSection.TITLE_CELL + "\"><a href=\"#graph-cpu\">" + title);
    }

    @Test
    void shouldWriteEveryFigureOfThePageThroughTheCoresFormatter() {
        double[] values = {12345, 0.000123, 1.5e9, 1.7e308, Double.NaN, 2.201};
        SeriesStats stats = new SeriesStats("avg:a{*}", "*", "error", 6, values[0], values[1], values[2], values[3],
                values[4], values[5]);
        ManifestEntry entry = TestCaptures.withNumbers(captured("cpu", "CPU", "avg:a{*}"), null, stats);

        String html = page(ReportData.of(manifest(entry), Map.of(), null, Map.of(), null, null));

        for (double value : values) {
            assertThat(html).contains(">" + Figures.value(value, "error") + "</");
        }
        assertThat(html).contains(">12345 errors</td>", ">0.000123 errors</td>", ">1500000000 errors</td>",
                "><strong>1.7e308 errors</strong></td>", ">NaN errors</td>", ">2.201 errors</td>");
    }
}

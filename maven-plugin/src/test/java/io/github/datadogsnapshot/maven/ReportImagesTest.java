package io.github.datadogsnapshot.maven;

import static io.github.datadogsnapshot.maven.TestCaptures.captured;
import static io.github.datadogsnapshot.maven.TestCaptures.failed;
import static io.github.datadogsnapshot.maven.TestCaptures.manifest;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.datadogsnapshot.client.manifest.Manifest;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportImagesTest {

    final java.util.List<String> warnings = new java.util.ArrayList<>();

    @TempDir
    Path dir;

    @Test
    void shouldCopyTheImagesOfCapturedGraphsNextToThePage() throws Exception {
        Path capture = TestCaptures.capture(dir.resolve("capture"),
                manifest(captured("cpu", "CPU", "avg:a{*}"), failed("disk", "Disk", "timeout")));
        Path site = dir.resolve("site");

        Map<String, String> images = ReportImages.copy(manifest(captured("cpu", "CPU", "avg:a{*}"),
                failed("disk", "Disk", "timeout")), capture, site, "datadog-snapshots", warnings::add);

        assertThat(images).containsExactly(Map.entry("cpu", "datadog-snapshots/cpu.png"));
        assertThat(site.resolve("datadog-snapshots/cpu.png")).hasSameBinaryContentAs(capture.resolve("cpu.png"));
    }

    @Test
    void shouldRemoveImagesAnEarlierReportCopiedButKeepTheBaselineFolderAndFilesItDidNotCopy() throws Exception {
        Manifest before = manifest(captured("cpu", "CPU", "avg:a{*}"), captured("removed-graph", "Gone", "avg:b{*}"));
        Manifest now = manifest(captured("cpu", "CPU", "avg:a{*}"));
        Path earlier = TestCaptures.capture(dir.resolve("earlier"), before);
        Path capture = TestCaptures.capture(dir.resolve("capture"), now);
        ReportImages.copy(before, earlier, dir.resolve("site"), "datadog-snapshots", warnings::add);
        Path images = Files.createDirectories(dir.resolve("site/datadog-snapshots/baseline"));
        Files.write(images.resolve("cpu.png"), TestCaptures.png("baseline"));
        Files.writeString(images.getParent().resolve("notes.png"), "someone else's");

        ReportImages.copy(now, capture, dir.resolve("site"), "datadog-snapshots", warnings::add);

        assertThat(images.getParent().resolve("removed-graph.png")).doesNotExist();
        assertThat(images.getParent().resolve("cpu.png")).hasSameBinaryContentAs(capture.resolve("cpu.png"));
        assertThat(images.getParent().resolve("notes.png")).as("not copied by a report").hasContent("someone else's");
        assertThat(images.resolve("cpu.png")).hasBinaryContent(TestCaptures.png("baseline"));
        assertThat(warnings).isEmpty();
    }

    @Test
    void shouldSkipFilesThatAreMissingOrNamedOutsideTheCapture() throws Exception {
        Files.createDirectories(dir.resolve("capture"));
        Files.writeString(dir.resolve("secret.png"), "not part of the capture");
        ManifestEntry escaping = withFile(captured("evil", "Evil", "avg:a{*}"), "../secret.png");
        ManifestEntry missing = captured("gone", "Gone", "avg:b{*}");
        Manifest manifest = manifest(escaping, missing);

        Map<String, String> images = ReportImages.copy(manifest, dir.resolve("capture"), dir.resolve("site"), "img", warnings::add);

        assertThat(images).isEmpty();
        assertThat(dir.resolve("site")).doesNotExist();
    }

    private static ManifestEntry withFile(ManifestEntry e, String file) {
        return new ManifestEntry(e.name(), e.title(), e.status(), e.error(), e.metricQuery(), e.graphDef(),
                e.eventQuery(), e.window(), new ManifestEntry.Image(file, 10, 800, 400), e.snapshotUrl(), e.timings());
    }
}

package io.github.datadogsnapshot.maven;

import static io.github.datadogsnapshot.maven.TestCaptures.captured;
import static io.github.datadogsnapshot.maven.TestCaptures.manifest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.doxia.sink.impl.Xhtml5BaseSink;
import org.apache.maven.reporting.MavenReportException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report goal's wiring and its decisions: whether there is a page, where the images go. */
@MojoTest
class ReportMojoTest {

    @TempDir
    Path dir;

    private Path capture(String name, ManifestEntry... entries) throws IOException {
        return TestCaptures.capture(dir.resolve(name), manifest(entries));
    }

    private static String generate(ReportMojo mojo, Path site) throws MavenReportException {
        StringWriter html = new StringWriter();
        mojo.setReportOutputDirectory(site.toFile());
        mojo.generate(new Xhtml5BaseSink(html), null, Locale.ENGLISH);
        return html.toString();
    }

    @Test
    @InjectMojo(goal = "report")
    void shouldReadTheCaptureGoalsOutputDirectoryByDefault(ReportMojo mojo) {
        assertThat(mojo.snapshotDirectory.toPath()).endsWithRaw(Path.of("target", "datadog-snapshots"));
        assertThat(mojo.getOutputName()).isEqualTo("datadog-snapshots");
        assertThat(mojo.getName(Locale.ENGLISH)).isEqualTo("Datadog Snapshots");
        assertThat(mojo.getDescription(Locale.ENGLISH)).isNotBlank();
    }

    @Test
    @InjectMojo(goal = "report")
    void shouldHaveNothingToShowWithoutACapture(ReportMojo mojo) throws Exception {
        mojo.snapshotDirectory = dir.resolve("none").toFile();

        assertThat(mojo.canGenerateReport()).isFalse();
    }

    @Test
    @InjectMojo(goal = "report")
    void shouldHaveNothingToShowForAnEmptyCapture(ReportMojo mojo) throws Exception {
        mojo.snapshotDirectory = TestCaptures.capture(dir.resolve("empty"), manifest()).toFile();

        assertThat(mojo.canGenerateReport()).isFalse();
    }

    @Test
    @InjectMojo(goal = "report")
    @MojoParameter(name = "skip", value = "true")
    void shouldHaveNothingToShowWhenSkipped(ReportMojo mojo) throws Exception {
        mojo.snapshotDirectory = capture("capture", captured("cpu", "CPU", "q")).toFile();

        assertThat(mojo.canGenerateReport()).isFalse();
    }

    @Test
    @InjectMojo(goal = "report")
    void shouldRenderThePageAndCopyTheImagesOfCaptureAndBaseline(ReportMojo mojo) throws Exception {
        Path capture = TestCaptures.capture(dir.resolve("capture"), manifest(captured("cpu", "CPU", "avg:a{*}")));
        Path baseline = TestCaptures.capture(dir.resolve("baseline"), manifest(captured("cpu", "CPU", "avg:a{*}")));
        mojo.snapshotDirectory = capture.toFile();
        mojo.baselineDirectory = baseline.toFile();
        Path site = dir.resolve("site");

        assertThat(mojo.canGenerateReport()).isTrue();
        String html = generate(mojo, site);

        assertThat(html).contains("src=\"datadog-snapshots/cpu.png\"")
                .contains("src=\"datadog-snapshots/baseline/cpu.png\"");
        assertThat(site.resolve("datadog-snapshots/cpu.png")).hasSameBinaryContentAs(capture.resolve("cpu.png"));
        assertThat(site.resolve("datadog-snapshots/baseline/cpu.png"))
                .hasSameBinaryContentAs(baseline.resolve("cpu.png"));
        assertThat(Files.readAllBytes(capture.resolve("cpu.png"))).isNotEqualTo(Files.readAllBytes(baseline.resolve("cpu.png")));
    }

    @Test
    @InjectMojo(goal = "report")
    void shouldRenderWithoutBaselineWhenTheBaselineHasNoCapture(ReportMojo mojo) throws Exception {
        mojo.snapshotDirectory = capture("capture", captured("cpu", "CPU", "q")).toFile();
        mojo.baselineDirectory = dir.resolve("no-baseline").toFile();

        assertThat(mojo.canGenerateReport()).isTrue();
        assertThat(generate(mojo, dir.resolve("site")))
                .contains("There is no earlier capture in the baseline directory")
                .doesNotContain("baseline/cpu.png");
    }

    @Test
    @InjectMojo(goal = "report")
    void shouldFailOnAManifestItCannotRead(ReportMojo mojo) throws Exception {
        Files.createDirectories(dir.resolve("broken"));
        Files.writeString(dir.resolve("broken/snapshots.json"), "{\"schemaVersion\": 99, \"graphs\": []}");
        mojo.snapshotDirectory = dir.resolve("broken").toFile();

        assertThatThrownBy(mojo::canGenerateReport)
                .isInstanceOf(MavenReportException.class)
                .hasMessageContaining("has schema version 99");
    }
}

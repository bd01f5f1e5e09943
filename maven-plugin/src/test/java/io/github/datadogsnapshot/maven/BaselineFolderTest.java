package io.github.datadogsnapshot.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.datadogsnapshot.client.manifest.Manifests;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What counts as "no baseline" (a warning) and what is a configuration error, for both goals. */
class BaselineFolderTest {

    @TempDir
    Path project;

    private final List<String> warnings = new ArrayList<>();

    @Test
    void shouldReadAnEarlierCaptureAndNameItByFolderAndTime() throws Exception {
        Path folder = TestCaptures.capture(project.resolve("baseline-snapshots"),
                TestCaptures.manifest(TestCaptures.captured("cpu", "CPU", "avg:a{*}")));

        BaselineFolder baseline = BaselineFolder.read(folder.toFile(), project.toFile(), warnings::add).orElseThrow();

        assertThat(baseline.manifest().graphs()).hasSize(1);
        assertThat(baseline.location()).isEqualTo("baseline-snapshots");
        assertThat(baseline.label()).isEqualTo("baseline-snapshots (captured up to 2024-05-01 10:05:08 UTC)");
        assertThat(warnings).isEmpty();
    }

    @Test
    void shouldWarnThatThereIsNoBaselineWhenTheFolderIsNotThereYet() {
        assertThat(BaselineFolder.read(project.resolve("main-last-good").toFile(), project.toFile(), warnings::add))
                .isEmpty();

        assertThat(warnings).containsExactly("No baseline: datadog.baselineDirectory main-last-good does not exist"
                + " (the first build has none); the graphs are not compared with a baseline");
    }

    @Test
    void shouldWarnThatThereIsNoBaselineWhenTheFolderHoldsNoCapture() throws Exception {
        Path empty = Files.createDirectories(project.resolve("empty"));

        assertThat(BaselineFolder.read(empty.toFile(), project.toFile(), warnings::add)).isEmpty();

        assertThat(warnings).singleElement().asString().startsWith("No baseline: datadog.baselineDirectory empty holds"
                + " no snapshots.json");
    }

    @Test
    void shouldShowAFolderOutsideTheProjectByItsAbsolutePath() {
        Path outside = project.getParent().resolve("elsewhere");

        assertThat(BaselineFolder.describe(outside, project.toFile())).isEqualTo(outside.toAbsolutePath().toString());
    }

    @Test
    void shouldRefuseAFileInPlaceOfTheFolder() throws Exception {
        Path file = Files.writeString(project.resolve("snapshots.json"), "{}");

        assertThatThrownBy(() -> BaselineFolder.read(file.toFile(), project.toFile(), warnings::add))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("datadog.baselineDirectory: " + file + " is a file; give the folder of an earlier capture,"
                        + " the one holding its snapshots.json");
    }

    @Test
    void shouldRefuseAManifestThatDoesNotRead() throws Exception {
        Path folder = Files.createDirectories(project.resolve("broken"));
        Files.writeString(folder.resolve(Manifests.FILE_NAME), "{\"schemaVersion\": 2, \"graphs\": [");

        assertThatThrownBy(() -> BaselineFolder.read(folder.toFile(), project.toFile(), warnings::add))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("datadog.baselineDirectory: " + folder.resolve(Manifests.FILE_NAME)
                        + " is not valid JSON");
    }

    @Test
    void shouldRefuseTheManifestOfANewerVersion() throws Exception {
        Path folder = Files.createDirectories(project.resolve("newer"));
        Files.writeString(folder.resolve(Manifests.FILE_NAME), "{\"schemaVersion\": 99, \"graphs\": []}");

        assertThatThrownBy(() -> BaselineFolder.read(folder.toFile(), project.toFile(), warnings::add))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("datadog.baselineDirectory: " + folder.resolve(Manifests.FILE_NAME) + " has schema version"
                        + " 99; this datadog-snapshot reads up to 2: update the plugin to compare with this baseline");
    }
}

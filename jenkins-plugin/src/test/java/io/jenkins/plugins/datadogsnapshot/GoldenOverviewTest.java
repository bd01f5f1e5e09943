package io.jenkins.plugins.datadogsnapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.datadogsnapshot.client.manifest.Manifest;
import io.github.datadogsnapshot.client.manifest.Manifests;
import io.github.datadogsnapshot.client.manifest.Regressions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The cross-plugin golden test, Jenkins side: the overview rows the Jelly page shows ({@link SnapshotsView#getOverview}
 * and each graph's {@link NumbersView} getters) are shared-client's {@code golden/overview.txt}, character for
 * character, the file the core's and the Maven page's golden tests read too; and the build log's threshold messages
 * say what the overview says of each breached graph.
 */
class GoldenOverviewTest {

    /** shared-client's golden folder, found from the test's folder up (jenkins-plugin, or the offline build's). */
    static Path golden() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path golden = dir.resolve("shared-client/src/test/resources/golden");
            if (Files.isDirectory(golden)) {
                return golden;
            }
        }
        throw new IllegalStateException("no shared-client/src/test/resources/golden above "
                + Path.of("").toAbsolutePath());
    }

    private static StoredBuild build(String file, String label) throws IOException {
        Manifest manifest = Manifests.read(golden().resolve(file));
        return new StoredBuild(manifest, "job/perf/images/", f -> true, true, label, "job/perf/");
    }

    private static List<String> golden(String file) throws IOException {
        return Files.readAllLines(golden().resolve(file), StandardCharsets.UTF_8);
    }

    private static SnapshotsView view() throws IOException {
        return new SnapshotsView(
                build("capture.json", "#42"), null, Map.of("build #41", build("baseline.json", "#41")));
    }

    @Test
    void shouldShowTheGoldenOverview() throws IOException {
        List<String> rows = view().getOverview().stream()
                .map(g -> String.join(
                        " | ",
                        g.getTitle(),
                        g.getNumbers().getStatus(),
                        g.getNumbers().getHeadline(),
                        g.getNumbers().getStatistic(),
                        g.getNumbers().getCurrent(),
                        g.getNumbers().getBaseline(),
                        g.getNumbers().getChange()))
                .toList();

        assertThat(rows).containsExactlyElementsOf(golden("overview.txt"));
    }

    @Test
    void shouldLogEveryBreachInTheWordsOfTheOverview() throws IOException {
        SnapshotsView view = view();
        List<String> log = Regressions.crossed(
                        build("capture.json", "#42").manifest().graphs())
                .stream()
                .map(LogLines::regression)
                .toList();

        List<GraphView> breached = view.getOverview().stream()
                .filter(g -> g.getNumbers().isRegression())
                .toList();
        assertThat(breached).hasSize(2);
        for (GraphView g : breached) {
            assertThat(log)
                    .filteredOn(line -> line.contains("'" + g.getName() + "'")
                            && line.contains(g.getNumbers().getCurrent())
                            && line.contains(g.getNumbers().getChange()))
                    .hasSize(1);
        }
    }
}

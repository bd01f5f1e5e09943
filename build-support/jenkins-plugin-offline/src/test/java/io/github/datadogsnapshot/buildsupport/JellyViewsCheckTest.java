package io.github.datadogsnapshot.buildsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every Jelly view and help file of the plugin, checked by {@link JellyLint}. */
class JellyViewsCheckTest {

    private static final Pattern ADJUNCT = Pattern.compile("<st:adjunct\\s+includes=\"([^\"]+)\"");

    @Test
    void everyJellyViewIsSafeNamesOnlyExistingGettersAndHasItsTexts() throws Exception {
        List<Path> views = PluginFiles.files(PluginFiles.resources(), ".jelly");
        List<String> problems = new ArrayList<>();
        for (Path view : views) {
            String name = PluginFiles.resources().relativize(view).toString();
            problems.addAll(JellyLint.checkJelly(name, PluginFiles.read(view), PluginFiles.viewClass(view),
                    PluginFiles.texts(view)));
        }

        assertThat(views).extracting(p -> p.getFileName().toString())
                .contains("index.jelly", "config.jelly", "summary.jelly", "jobMain.jelly");
        assertThat(problems).isEmpty();
    }

    @Test
    void everyHelpFileIsSafeAndDescribesAnExistingProperty() throws Exception {
        List<Path> help = PluginFiles.files(PluginFiles.resources(), ".html");
        List<String> problems = new ArrayList<>();
        for (Path file : help) {
            String name = PluginFiles.resources().relativize(file).toString();
            problems.addAll(JellyLint.checkHelp(name, PluginFiles.read(file), PluginFiles.viewClass(file)));
        }

        assertThat(help).isNotEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void everyPropertiesFileBelongsToAView() {
        List<String> orphans = new ArrayList<>();
        for (Path file : PluginFiles.files(PluginFiles.resources(), ".properties")) {
            String name = file.getFileName().toString();
            boolean view = Files.exists(file.resolveSibling(name.replaceFirst("\\.properties$", ".jelly")));
            if (!view && !name.equals("Messages.properties")) {
                orphans.add(PluginFiles.resources().relativize(file).toString());
            }
        }

        assertThat(orphans).isEmpty();
    }

    /**
     * The pages that leave the images out for a reader without the Artifacts permission (build page, snapshots page,
     * job page) say why in the same words.
     */
    @Test
    void everyViewSaysWhyImagesAreHiddenInTheSameWords() {
        java.util.Map<String, String> texts = new java.util.TreeMap<>();
        for (Path view : PluginFiles.files(PluginFiles.resources(), ".jelly")) {
            if (PluginFiles.read(view).contains("imagesHidden}")) {
                java.util.Properties properties = PluginFiles.texts(view);
                texts.put(PluginFiles.resources().relativize(view).toString(),
                        properties == null ? null : properties.getProperty("imagesHidden"));
            }
        }

        assertThat(texts.keySet()).anyMatch(v -> v.endsWith("summary.jelly")).anyMatch(v -> v.endsWith("index.jelly"))
                .anyMatch(v -> v.endsWith("jobMain.jelly"));
        assertThat(new java.util.HashSet<>(texts.values())).as(texts.toString()).singleElement().isNotNull();
    }

    @Test
    void everyPropertiesFileGivesEachKeyOneValue() {
        List<Path> files = PluginFiles.files(PluginFiles.resources(), ".properties");
        List<String> problems = new ArrayList<>();
        for (Path file : files) {
            problems.addAll(JellyLint.checkProperties(PluginFiles.resources().relativize(file).toString(),
                    PluginFiles.read(file)));
        }

        assertThat(files).isNotEmpty();
        assertThat(problems).isEmpty();
    }

    @Test
    void everyAdjunctAViewIncludesExists() {
        List<String> missing = new ArrayList<>();
        for (Path view : PluginFiles.files(PluginFiles.resources(), ".jelly")) {
            Matcher m = ADJUNCT.matcher(PluginFiles.read(view));
            while (m.find()) {
                Path base = PluginFiles.resources().resolve(m.group(1).replace('.', '/'));
                if (!Files.exists(Path.of(base + ".css")) && !Files.exists(Path.of(base + ".js"))) {
                    missing.add(view.getFileName() + " includes " + m.group(1));
                }
            }
        }

        assertThat(missing).isEmpty();
    }

    @Test
    void thePluginHasItsDescriptionAndEveryDescribableItsConfigPage() throws Exception {
        Path pkg = PluginFiles.resources().resolve(PluginFiles.PACKAGE.replace('.', '/'));

        assertThat(PluginFiles.resources().resolve("index.jelly")).exists();
        for (String describable : List.of("Graph", "DatadogSnapshotStep", "DatadogSnapshotWindowStep",
                "DatadogSnapshotRecorder", "DatadogSnapshotConfiguration")) {
            assertThat(pkg.resolve(describable + "/config.jelly")).exists();
        }
        assertThat(pkg.resolve("SnapshotsAction/summary.jelly")).exists();
        assertThat(pkg.resolve("SnapshotsAction/index.jelly")).exists();
        assertThat(pkg.resolve("Messages.properties")).exists();
    }
}

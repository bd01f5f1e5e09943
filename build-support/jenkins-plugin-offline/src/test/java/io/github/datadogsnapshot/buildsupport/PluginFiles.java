package io.github.datadogsnapshot.buildsupport;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/** Where the real plugin's files are; the build passes the folders as system properties. */
final class PluginFiles {

    static final String PACKAGE = "io.jenkins.plugins.datadogsnapshot";

    private PluginFiles() {
    }

    /** {@code jenkins-plugin/}. */
    static Path pluginDir() {
        return Path.of(System.getProperty("plugin.dir", "../../jenkins-plugin")).toAbsolutePath().normalize();
    }

    static Path resources() {
        return pluginDir().resolve("src/main/resources");
    }

    /** The local Maven repository the build uses. */
    static Path localRepository() {
        return Path.of(System.getProperty("local.repository", System.getProperty("user.home") + "/.m2/repository"))
                .toAbsolutePath().normalize();
    }

    /** The compiled plugin classes of this module. */
    static Path classes() {
        return Path.of(System.getProperty("plugin.classes", "target/classes")).toAbsolutePath().normalize();
    }

    /** The files below {@code dir} whose names end in {@code suffix}, sorted. */
    static List<Path> files(Path dir, String suffix) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The class a view folder belongs to, e.g. {@code io/jenkins/.../SnapshotsAction/summary.jelly}; null at the top. */
    static Class<?> viewClass(Path resourceFile) throws ClassNotFoundException {
        Path folder = resources().relativize(resourceFile).getParent();
        if (folder == null) {
            return null;
        }
        String name = folder.toString().replace('/', '.').replace('\\', '.');
        return Class.forName(name, false, PluginFiles.class.getClassLoader());
    }

    /**
     * The localized texts of a view: the {@code .properties} file next to it with its base name
     * ({@code config.jelly} → {@code config.properties}), as Stapler's {@code ResourceBundle} loads it; null when there
     * is none.
     */
    static Properties texts(Path view) {
        Path file = view.resolveSibling(view.getFileName().toString().replaceFirst("\\.jelly$", ".properties"));
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Properties texts = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            texts.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return texts;
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

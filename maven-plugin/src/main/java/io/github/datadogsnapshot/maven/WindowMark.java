package io.github.datadogsnapshot.maven;

import io.github.datadogsnapshot.client.manifest.AtomicFiles;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.Properties;

/**
 * The start of the window recorded by the {@code mark} goal, kept in the output directory next to the images.
 * The file also names the build that wrote it, so a capture never takes a mark left by an earlier build.
 */
final class WindowMark {

    /** The file's name in the output directory. */
    static final String FILE_NAME = "window-mark.properties";

    private static final String START = "start";
    private static final String BUILD_START = "buildStart";

    private WindowMark() {
    }

    /** Records {@code start} as the window start of the build that began at {@code buildStart}. */
    static Path write(Path directory, Instant start, Instant buildStart) throws IOException {
        Properties properties = new Properties();
        properties.setProperty(START, start.toString());
        properties.setProperty(BUILD_START, buildStart.toString());
        // Written aside and moved, so a capture running in parallel never reads half a file.
        return AtomicFiles.write(directory.resolve(FILE_NAME), out -> properties.store(
                new OutputStreamWriter(out, StandardCharsets.UTF_8), "datadog-snapshot: start of the capture window"));
    }

    /** The start marked in {@code directory} by the build that began at {@code buildStart}, if there is one. */
    static Optional<Instant> readForBuild(Path directory, Instant buildStart) throws IOException {
        Path file = directory.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        try {
            String markedBuild = properties.getProperty(BUILD_START);
            String start = properties.getProperty(START);
            if (markedBuild == null || start == null || !Instant.parse(markedBuild).equals(buildStart)) {
                return Optional.empty();
            }
            return Optional.of(Instant.parse(start));
        } catch (DateTimeParseException e) {
            // A damaged mark is as good as none: the build start is the documented fallback.
            return Optional.empty();
        }
    }
}

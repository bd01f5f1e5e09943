package io.github.datadogsnapshot.maven;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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
        Files.createDirectories(directory);
        Properties properties = new Properties();
        properties.setProperty(START, start.toString());
        properties.setProperty(BUILD_START, buildStart.toString());
        Path target = directory.resolve(FILE_NAME);
        // Written aside and moved, so a capture running in parallel never reads half a file.
        Path temp = Files.createTempFile(directory, "." + FILE_NAME, ".part");
        try {
            try (Writer writer = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                properties.store(writer, "datadog-snapshot: start of the capture window");
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
        return target;
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

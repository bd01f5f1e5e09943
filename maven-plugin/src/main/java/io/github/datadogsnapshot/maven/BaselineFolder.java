package io.github.datadogsnapshot.maven;

import io.github.datadogsnapshot.client.manifest.Manifest;
import io.github.datadogsnapshot.client.manifest.Manifests;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The earlier capture named by {@code datadog.baselineDirectory}, e.g. main's last good run: its manifest, and how
 * people call it on pages and in logs (the folder and when it was captured). Both goals read it the same way: a
 * folder that is not there (yet) or holds no {@code snapshots.json} means "no baseline", a warning, since the first
 * build has none; a file in its place, a manifest that does not read or one of a newer datadog-snapshot are
 * configuration errors.
 *
 * @param directory where it was read from
 * @param location  the folder for people: relative to the project when it lies inside
 * @param manifest  its manifest
 */
record BaselineFolder(Path directory, String location, Manifest manifest) {

    static final String PARAMETER = "datadog.baselineDirectory";

    /** How pages and logs name the baseline: {@code baseline (captured up to 2024-05-01 10:05:08 UTC)}. */
    String label() {
        return manifest.updatedAt() == null ? location
                : location + " (captured up to " + TimeValues.format(manifest.updatedAt()) + ")";
    }

    /**
     * Reads the baseline in {@code directory}.
     *
     * @param directory the configured folder, null when none was given
     * @param basedir   the project's folder, to show paths inside it relative to it; may be null
     * @param warn      hears why there is no baseline when the folder or its manifest is missing
     * @return empty when none was given or there is none (yet)
     * @throws IllegalArgumentException naming {@code datadog.baselineDirectory} when it is a file, or its manifest
     *                                  does not read or was written by a newer datadog-snapshot
     */
    static Optional<BaselineFolder> read(File directory, File basedir, Consumer<String> warn) {
        if (directory == null) {
            return Optional.empty();
        }
        Path folder = directory.toPath();
        String location = describe(folder, basedir);
        if (Files.isRegularFile(folder)) {
            throw new IllegalArgumentException(PARAMETER + ": " + folder + " is a file; give the folder of an earlier"
                    + " capture, the one holding its " + Manifests.FILE_NAME);
        }
        if (!Files.isDirectory(folder)) {
            warn.accept("No baseline: " + PARAMETER + " " + location + " does not exist (the first build has none);"
                    + " the graphs are not compared with a baseline");
            return Optional.empty();
        }
        Optional<Manifest> manifest;
        try {
            manifest = Manifests.readIfPresent(folder);
        } catch (Manifests.NewerVersionException e) {
            throw new IllegalArgumentException(PARAMETER + ": " + e.getMessage() + " to compare with this baseline", e);
        } catch (IOException e) {
            throw new IllegalArgumentException(PARAMETER + ": " + e.getMessage(), e);
        }
        if (manifest.isEmpty()) {
            warn.accept("No baseline: " + PARAMETER + " " + location + " holds no " + Manifests.FILE_NAME
                    + " (no earlier capture); the graphs are not compared with a baseline");
            return Optional.empty();
        }
        List<String> shared = manifest.get().duplicateNames();
        if (!shared.isEmpty()) {
            warn.accept("Baseline " + location + ": its " + Manifests.FILE_NAME + " names more than one graph "
                    + shared.stream().map(n -> "'" + n + "'").collect(Collectors.joining(", "))
                    + "; each graph of this build is compared with the first of that name (was the file edited or"
                    + " merged by hand?)");
        }
        return Optional.of(new BaselineFolder(folder, location, manifest.get()));
    }

    /** The folder relative to the project when it lies inside: pages need not show the machine's paths. */
    static String describe(Path folder, File basedir) {
        Path absolute = folder.toAbsolutePath().normalize();
        if (basedir != null) {
            Path base = basedir.toPath().toAbsolutePath().normalize();
            if (absolute.startsWith(base) && !absolute.equals(base)) {
                return base.relativize(absolute).toString();
            }
        }
        return absolute.toString();
    }
}

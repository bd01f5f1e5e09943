package io.github.datadogsnapshot.client.manifest;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.datadogsnapshot.client.format.Decimals;
import io.github.datadogsnapshot.client.wire.Json;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Reads and writes {@code snapshots.json}. */
public final class Manifests {

    /** The manifest's file name in an output folder. */
    public static final String FILE_NAME = "snapshots.json";
    /** The lock file beside the manifest while it is updated; reports ignore it. */
    public static final String LOCK_FILE_NAME = ".snapshots.json.lock";

    private Manifests() {
    }

    /** A manifest written by a newer datadog-snapshot than this one: it must be neither read as ours nor replaced. */
    public static final class NewerVersionException extends IOException {
        private static final long serialVersionUID = 1L;

        NewerVersionException(String message) {
            super(message);
        }
    }

    /** Writes the manifest into {@code folder}, atomically (temp file, then move). */
    public static Path write(Manifest manifest, Path folder) throws IOException {
        return AtomicFiles.write(folder.resolve(FILE_NAME),
                out -> Json.MAPPER.writerWithDefaultPrettyPrinter().writeValue(out, manifest));
    }

    /**
     * Reads the manifest in {@code folder} (if any), changes it and writes the result, holding a lock that excludes
     * every other update of this folder's manifest, in this JVM and in other processes (a lock file beside it), so
     * that captures sharing a folder ({@code mvn -T}, builds sharing a workspace) lose none of each other's entries.
     *
     * @throws IOException when the folder's manifest cannot be read (a newer schema included) or written
     */
    public static Path update(Path folder, ManifestChange change) throws IOException {
        return FolderLock.holding(folder.resolve(LOCK_FILE_NAME), () -> write(change.apply(readIfPresent(folder)), folder));
    }

    /** A change of a folder's manifest: from the one there (empty when none) to the one to write. */
    @FunctionalInterface
    public interface ManifestChange {
        Manifest apply(Optional<Manifest> current) throws IOException;
    }

    /** The manifest in {@code folder}, empty when there is none. */
    public static Optional<Manifest> readIfPresent(Path folder) throws IOException {
        Path file = folder.resolve(FILE_NAME);
        return Files.isRegularFile(file) ? Optional.of(read(file)) : Optional.empty();
    }

    /**
     * Reads a manifest file.
     *
     * @throws NewerVersionException when it was written by a newer schema
     * @throws IOException           when it is not a manifest
     */
    public static Manifest read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        }
    }

    /**
     * Reads a manifest from a stream (e.g. from a build's artifact storage); {@code source} names it in errors.
     *
     * @throws NewerVersionException when it was written by a newer schema
     * @throws IOException           when it is not a manifest
     */
    public static Manifest read(InputStream in, String source) throws IOException {
        String file = source;
        JsonNode tree;
        try {
            tree = Json.MAPPER.readTree(in);
        } catch (IOException e) {
            throw new IOException(file + " is not valid JSON: " + e.getMessage(), e);
        }
        JsonNode version = tree == null || !tree.isObject() ? null : tree.get("schemaVersion");
        if (version == null || version.isNull()) {
            throw new IOException(file + " is not a datadog-snapshot manifest (no schemaVersion)");
        }
        if (!version.isNumber()) {
            throw new IOException(file + " has schemaVersion " + version + ", which is not a number; a"
                    + " datadog-snapshot manifest has a whole number there (" + Manifest.SCHEMA_VERSION + " for this"
                    + " version): was the file edited by hand?");
        }
        // 1e309 reads as infinity, which has no decimal value: larger than any version all the same.
        java.math.BigDecimal number = Double.isInfinite(version.doubleValue())
                ? java.math.BigDecimal.valueOf(version.doubleValue() > 0 ? Double.MAX_VALUE : -Double.MAX_VALUE)
                : version.decimalValue();
        if (number.compareTo(java.math.BigDecimal.valueOf(Manifest.SCHEMA_VERSION)) > 0) {
            throw new NewerVersionException(file + " has schema version " + Decimals.text(number)
                    + "; this datadog-snapshot reads up to " + Manifest.SCHEMA_VERSION + ": update the plugin");
        }
        if (number.signum() <= 0 || number.stripTrailingZeros().scale() > 0) {
            throw new IOException(file + " has schemaVersion " + Decimals.text(number) + ", which no"
                    + " datadog-snapshot writes (they write 1 to " + Manifest.SCHEMA_VERSION + "): was the file"
                    + " edited by hand?");
        }
        try {
            return Json.MAPPER.treeToValue(tree, Manifest.class);
        } catch (IOException e) {
            throw new IOException(file + " is not a readable datadog-snapshot manifest: " + e.getMessage(), e);
        }
    }
}

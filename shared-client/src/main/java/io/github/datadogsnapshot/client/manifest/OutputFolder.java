package io.github.datadogsnapshot.client.manifest;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The check of an output folder before a capture spends any snapshot: every problem that would otherwise be found
 * only after the images were requested (no folder given, a file in its place, no right to write there, a manifest
 * of a newer datadog-snapshot that a capture must not replace) is refused here, naming {@code outputDirectory}.
 * Plugins call it while they check their configuration.
 */
public final class OutputFolder {

    private static final String FIELD = "outputDirectory";

    private OutputFolder() {
    }

    /**
     * Checks that images and the manifest can be written into {@code folder}, creating it when missing. A file is
     * written and removed to find out: permissions alone do not tell (a read-only file system, access lists, the
     * superuser).
     *
     * @return the folder, absolute and normalized
     * @throws IllegalArgumentException naming {@code outputDirectory} and the problem
     */
    public static Path check(Path folder) {
        if (folder == null || folder.toString().isBlank()
                || (folder.getFileName() != null && folder.getFileName().toString().isBlank())) {
            throw new IllegalArgumentException(FIELD + ": empty; give the folder for the images and "
                    + Manifests.FILE_NAME + ", e.g. target/datadog-snapshots");
        }
        Path absolute = folder.toAbsolutePath().normalize();
        if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
            throw new IllegalArgumentException(FIELD + ": " + absolute + " is a file, not a folder");
        }
        try {
            Files.createDirectories(absolute);
        } catch (IOException e) {
            throw new IllegalArgumentException(FIELD + ": cannot create the folder " + absolute + " (" + reason(e)
                    + "); give a folder this build may write to");
        }
        checkWritable(absolute);
        checkNoNewerManifest(absolute);
        return absolute;
    }

    private static void checkWritable(Path folder) {
        Path probe;
        try {
            probe = Files.createTempFile(folder, ".write-check", ".tmp");
        } catch (IOException e) {
            throw new IllegalArgumentException(FIELD + ": cannot write into " + folder + " (" + reason(e)
                    + "); give a folder this build may write to");
        }
        try {
            Files.deleteIfExists(probe);
        } catch (IOException e) {
            throw new IllegalArgumentException(FIELD + ": cannot remove files in " + folder + " (" + reason(e)
                    + "); a capture replaces images there, so give a folder this build may change");
        }
    }

    private static void checkNoNewerManifest(Path folder) {
        try {
            Manifests.readIfPresent(folder);
        } catch (Manifests.NewerVersionException e) {
            throw new IllegalArgumentException(FIELD + ": " + e.getMessage() + ", or capture into another folder;"
                    + " it is left as it is");
        } catch (IOException e) {
            // A damaged manifest of this version is replaced by the capture, as documented; only a newer one is kept.
        }
    }

    private static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "a file is in the way";
        }
        if (e instanceof FileSystemException f && f.getReason() != null) {
            return f.getReason();
        }
        return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
    }
}

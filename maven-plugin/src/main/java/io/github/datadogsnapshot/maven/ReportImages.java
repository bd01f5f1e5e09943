package io.github.datadogsnapshot.maven;

import io.github.datadogsnapshot.client.Manifest;
import io.github.datadogsnapshot.client.ManifestEntry;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Copies the images a manifest names into the report's output directory, so the page does not depend on the
 * build directory or on Datadog's URL living on.
 */
final class ReportImages {

    /** The names the client writes; anything else in a (hand-edited) manifest is not copied. */
    private static final Pattern IMAGE_FILE = Pattern.compile("[A-Za-z0-9._-]{1,200}\\.png");

    private ReportImages() {
    }

    /**
     * Copies the image of every captured entry from {@code from} to {@code reportDirectory/subdirectory}.
     *
     * @return the graph name to the image's path relative to the report page, for the images that were copied
     */
    static Map<String, String> copy(Manifest manifest, Path from, Path reportDirectory, String subdirectory)
            throws IOException {
        Map<String, String> copied = new LinkedHashMap<>();
        Path target = reportDirectory.resolve(subdirectory);
        removeEarlierCopies(target);
        for (ManifestEntry entry : manifest.graphs()) {
            if (!entry.isCaptured() || entry.image() == null) {
                continue;
            }
            String file = entry.image().file();
            if (file == null || !IMAGE_FILE.matcher(file).matches() || file.startsWith(".")) {
                continue;
            }
            Path source = from.resolve(file);
            if (!Files.isRegularFile(source)) {
                continue;
            }
            Files.createDirectories(target);
            Files.copy(source, target.resolve(file), StandardCopyOption.REPLACE_EXISTING);
            copied.put(entry.name(), subdirectory + "/" + file);
        }
        return copied;
    }

    /** Images a previous report copied here would pile up next to this capture's; only *.png of this folder go. */
    private static void removeEarlierCopies(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return;
        }
        try (DirectoryStream<Path> images = Files.newDirectoryStream(folder, "*.png")) {
            for (Path image : images) {
                Files.deleteIfExists(image);
            }
        }
    }
}

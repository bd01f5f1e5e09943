package io.github.datadogsnapshot.maven;

import io.github.datadogsnapshot.client.manifest.Manifest;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.client.manifest.PngCheck;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * Copies the images a manifest names into the report's output directory, so the page does not depend on the
 * build directory or on Datadog's URL living on. Copies only what it may: a regular file (never a link) lying in the
 * capture's folder (by real path) that passes the capture's own PNG check ({@link PngCheck}); and it deletes or
 * replaces only files an earlier report copied there (it lists them in {@value #COPIED_LIST}). When the page's image
 * folder is the capture's folder itself, the images are shown in place.
 */
final class ReportImages {

    /** The names the client writes; anything else in a (hand-edited) manifest is not copied. */
    private static final Pattern IMAGE_FILE = Pattern.compile("[A-Za-z0-9._-]{1,200}\\.png");
    /** Beside the copies: the names of the images this report copied there, one per line. */
    static final String COPIED_LIST = ".datadog-snapshot-report-copies";

    private ReportImages() {
    }

    /**
     * Copies the image of every captured entry from {@code from} to {@code reportDirectory/subdirectory}.
     *
     * @param warn hears of every image not shown, and why
     * @return the graph name to the image's path relative to the report page, for the images that can be shown
     */
    static Map<String, String> copy(Manifest manifest, Path from, Path reportDirectory, String subdirectory,
                                    Consumer<String> warn) throws IOException {
        Map<String, String> shown = new LinkedHashMap<>();
        if (!Files.isDirectory(from)) {
            return shown;
        }
        Path source = from.toRealPath();
        Path target = reportDirectory.resolve(subdirectory);
        boolean inPlace = Files.isDirectory(target) && Files.isSameFile(target, source);
        Set<String> copied = new LinkedHashSet<>();
        if (!inPlace) {
            removeEarlierCopies(target);
        }
        for (ManifestEntry entry : manifest.graphs()) {
            if (!entry.isCaptured() || entry.image() == null) {
                continue;
            }
            String file = entry.image().file();
            if (file == null || !IMAGE_FILE.matcher(file).matches() || file.startsWith(".")) {
                continue;
            }
            Path image = source.resolve(file);
            if (!Files.isRegularFile(image, LinkOption.NOFOLLOW_LINKS)) {
                if (Files.isSymbolicLink(image)) {
                    warn.accept("Not showing the image of graph '" + entry.name() + "': " + image + " is a link;"
                            + " only images stored in " + source + " itself are copied");
                }
                continue;
            }
            try {
                PngCheck.check(image, null, null);
            } catch (IOException e) {
                warn.accept("Not showing the image of graph '" + entry.name() + "': " + image + " is not a valid PNG ("
                        + e.getMessage() + ")");
                continue;
            }
            if (!inPlace) {
                Files.createDirectories(target);
                Path copy = target.resolve(file);
                if (Files.exists(copy, LinkOption.NOFOLLOW_LINKS)) {
                    warn.accept("Not showing the image of graph '" + entry.name() + "': " + copy + " exists and was"
                            + " not copied there by this report, so it is left as it is; remove it, or give the"
                            + " report another output folder");
                    continue;
                }
                Files.copy(image, copy);
                copied.add(file);
                writeList(target, copied);
            }
            shown.put(entry.name(), subdirectory + "/" + file);
        }
        return shown;
    }

    /** Images a previous report copied here would pile up next to this capture's; only those it listed go. */
    private static void removeEarlierCopies(Path folder) throws IOException {
        Path list = folder.resolve(COPIED_LIST);
        if (!Files.isRegularFile(list, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        for (String name : Files.readAllLines(list, StandardCharsets.UTF_8)) {
            if (IMAGE_FILE.matcher(name).matches() && !name.startsWith(".")) {
                Path image = folder.resolve(name);
                if (!Files.isDirectory(image, LinkOption.NOFOLLOW_LINKS)) {
                    Files.deleteIfExists(image);
                }
            }
        }
        Files.delete(list);
    }

    private static void writeList(Path folder, Set<String> names) throws IOException {
        List<String> lines = new ArrayList<>(names);
        Files.write(folder.resolve(COPIED_LIST), lines, StandardCharsets.UTF_8);
    }
}

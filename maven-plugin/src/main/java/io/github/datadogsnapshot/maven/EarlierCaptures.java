package io.github.datadogsnapshot.maven;

import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.manifest.Manifest;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.client.manifest.Manifests;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.maven.plugin.logging.Log;

/**
 * What an output folder may already hold. The client adds each capture to the manifest in the folder, so that
 * several executions of one build share a page; a manifest of an <em>earlier</em> build (no {@code clean} in
 * between) would show old graphs as this build's, so it is removed with its images first.
 */
final class EarlierCaptures {

    /** Where an unreadable manifest is kept when a capture replaces it. */
    static final String UNREADABLE = Manifests.FILE_NAME + ".unreadable";

    private EarlierCaptures() {
    }

    /** The PNG files in the folder, by name. */
    private static List<String> images(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS))
                    .map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".png")).sorted().toList();
        }
    }

    /**
     * Removes a manifest written before {@code buildStart}, and the images it lists; warns about graphs of this
     * build that a new capture of the same name is about to replace.
     *
     * @throws Manifests.NewerVersionException when the folder holds a manifest of a newer version, which stays
     */
    static void prepare(Path folder, Instant buildStart, List<GraphSpec> graphs, Log log) throws IOException {
        Optional<Manifest> existing;
        try {
            existing = Manifests.readIfPresent(folder);
        } catch (Manifests.NewerVersionException e) {
            // Written by a newer datadog-snapshot: neither ours to read nor to replace.
            throw e;
        } catch (IOException e) {
            // Kept aside, not deleted: it is the only record of which images in the folder it listed.
            Path aside = folder.resolve(UNREADABLE);
            Files.move(folder.resolve(Manifests.FILE_NAME), aside, StandardCopyOption.REPLACE_EXISTING);
            List<String> images = images(folder);
            log.warn("Replacing an unreadable " + Manifests.FILE_NAME + " in " + folder + ": " + e.getMessage()
                    + "; it is kept as " + UNREADABLE + (images.isEmpty() ? "" : ". The " + images.size()
                    + (images.size() == 1 ? " image" : " images") + " already in the folder (" + String.join(", ",
                    images.subList(0, Math.min(10, images.size()))) + (images.size() > 10 ? ", ..." : "")
                    + ") are listed in no manifest now: no report shows them, and only those this capture writes"
                    + " again are replaced; run mvn clean (or empty the folder) to remove the others"));
            return;
        }
        if (existing.isEmpty()) {
            return;
        }
        Manifest manifest = existing.get();
        if (manifest.updatedAt() == null || manifest.updatedAt().isBefore(buildStart)) {
            for (ManifestEntry entry : manifest.graphs()) {
                if (entry.image() != null) {
                    Path image = folder.resolve(entry.image().file()).normalize();
                    if (image.getParent() != null && image.getParent().equals(folder.normalize())) {
                        Files.deleteIfExists(image);
                    }
                }
            }
            Files.deleteIfExists(folder.resolve(Manifests.FILE_NAME));
            log.info("Removed the snapshots of an earlier build from " + folder + " (" + manifest.graphs().size()
                    + " graphs)");
            return;
        }
        Set<String> names = graphs.stream().map(GraphSpec::name).collect(Collectors.toSet());
        for (ManifestEntry entry : manifest.graphs()) {
            if (names.contains(entry.name())) {
                log.warn("Graph '" + entry.name() + "' was already captured into " + folder + " earlier in this build;"
                        + " this capture replaces it (give the graphs different names, or use another outputDirectory)");
            }
        }
    }
}

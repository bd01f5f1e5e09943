package io.jenkins.plugins.datadogsnapshot;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Run;
import io.github.datadogsnapshot.client.manifest.Manifest;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.client.manifest.Manifests;
import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Stores captured images with a build: in {@value SnapshotsAction#URL_NAME}/ of the build's own directory
 * ({@link Run#getRootDir()}), next to {@code build.xml} and the log, not among its artifacts. There they are deleted
 * with the build and only with it ("discard old artifacts" leaves them), are served only by the build's
 * {@link SnapshotsAction} with its permission checks, and are not listed as build artifacts. A capture runs on the
 * controller into a work folder in the same directory; this moves its images into place, writes the merged
 * manifest last, and updates the build's action. Captures of one build are stored one at a time, so parallel
 * branches add to the manifest instead of overwriting each other's entries.
 */
final class BuildStorage {

    /** Striped locks: captures of one build share a lock, captures of different builds rarely wait on each other. */
    private static final Object[] LOCKS = new Object[64];

    static {
        for (int i = 0; i < LOCKS.length; i++) {
            LOCKS[i] = new Object();
        }
    }

    private BuildStorage() {}

    /** The folder of a build's snapshots in its directory. */
    static Path folder(Run<?, ?> run) {
        return run.getRootDir().toPath().resolve(SnapshotsAction.URL_NAME);
    }

    /**
     * A new, empty folder for one capture, in the build's directory, so that its images move into
     * {@link #folder(Run)} atomically (same file system). The caller deletes it when the capture is stored.
     */
    static Path newWorkFolder(Run<?, ?> run) throws IOException {
        Path buildDir = run.getRootDir().toPath();
        Files.createDirectories(buildDir);
        return Files.createTempDirectory(buildDir, "." + SnapshotsAction.URL_NAME + "-");
    }

    /**
     * Adds {@code entries}, whose images are in {@code captureDir}, to the build's snapshots.
     *
     * @return the build's action, attached on the first capture
     */
    static SnapshotsAction store(Run<?, ?> run, Path captureDir, List<ManifestEntry> entries, String endpoint)
            throws IOException {
        synchronized (lockFor(run)) {
            SnapshotsAction action = run.getAction(SnapshotsAction.class);
            Manifest before = action == null ? null : action.manifest().orElse(null);
            Manifest merged = storeInFolder(folder(run), captureDir, before, entries, endpoint, Instant.now());
            if (action == null) {
                action = new SnapshotsAction();
                run.addAction(action);
            }
            action.updated(merged);
            run.save();
            return action;
        }
    }

    /**
     * Moves the captured images of {@code entries} from {@code captureDir} into {@code folder}, then writes the
     * manifest ({@code before} with {@code entries} merged in), then removes images that no entry lists any more
     * (an earlier image of a graph that failed this time). Readers therefore see either the old or the new state of
     * every file, never half a file.
     *
     * @return the manifest written
     */
    static Manifest storeInFolder(
            Path folder,
            Path captureDir,
            @CheckForNull Manifest before,
            List<ManifestEntry> entries,
            String endpoint,
            Instant now)
            throws IOException {
        Files.createDirectories(folder);
        for (ManifestEntry e : entries) {
            if (e.isCaptured()) {
                moveIntoPlace(
                        captureDir.resolve(e.image().file()),
                        folder.resolve(e.image().file()));
            }
        }
        Manifest merged =
                before == null ? Manifest.of(now, endpoint, entries) : before.withEntries(now, endpoint, entries);
        Manifests.write(merged, folder);
        removeUnlisted(folder, before, entries, merged);
        return merged;
    }

    /** Deletes the images this capture made obsolete; files of other graphs and foreign files stay. */
    private static void removeUnlisted(
            Path folder, @CheckForNull Manifest before, List<ManifestEntry> entries, Manifest merged)
            throws IOException {
        Set<String> listed = new HashSet<>();
        merged.graphs().stream()
                .filter(ManifestEntry::isCaptured)
                .forEach(e -> listed.add(e.image().file()));
        Set<String> candidates = new HashSet<>();
        if (before != null) {
            before.graphs().stream()
                    .filter(ManifestEntry::isCaptured)
                    .forEach(e -> candidates.add(e.image().file()));
        }
        entries.forEach(e -> candidates.add(e.name() + ".png"));
        for (String file : candidates) {
            if (!listed.contains(file) && SnapshotsAction.isImageFileName(file)) {
                Files.deleteIfExists(folder.resolve(file));
            }
        }
    }

    private static void moveIntoPlace(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Object lockFor(Run<?, ?> run) {
        return LOCKS[Math.floorMod(run.getUrl().hashCode(), LOCKS.length)];
    }
}

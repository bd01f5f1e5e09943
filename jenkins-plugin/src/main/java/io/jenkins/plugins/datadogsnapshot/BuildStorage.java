package io.jenkins.plugins.datadogsnapshot;

import hudson.FilePath;
import hudson.Launcher;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.github.datadogsnapshot.client.Manifest;
import io.github.datadogsnapshot.client.ManifestEntry;
import io.github.datadogsnapshot.client.Manifests;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jenkins.util.BuildListenerAdapter;
import jenkins.util.VirtualFile;

/**
 * Stores captured images with a build, where Jenkins stores the build's artifacts ({@link Run#pickArtifactManager()}),
 * under {@value SnapshotsAction#URL_NAME}/. A capture runs on the controller into a temporary folder; this
 * merges its entries into the build's manifest, archives the new images and the merged manifest from that
 * folder, and updates the build's {@link SnapshotsAction}. Captures of one build are stored one at a time, so
 * parallel branches add to the manifest instead of overwriting each other's entries.
 */
final class BuildStorage {

    /** Striped locks: captures of one build share a lock, captures of different builds rarely wait on each other. */
    private static final Object[] LOCKS = new Object[64];

    static {
        for (int i = 0; i < LOCKS.length; i++) {
            LOCKS[i] = new Object();
        }
    }

    private BuildStorage() {
    }

    /** The folder of a build's snapshots in its artifact storage. */
    static VirtualFile folder(Run<?, ?> run) {
        return run.getArtifactManager().root().child(SnapshotsAction.URL_NAME);
    }

    /**
     * Adds {@code entries}, whose images are in {@code captureDir}, to the build's snapshots.
     *
     * @return the build's action, attached on the first capture
     */
    static SnapshotsAction store(Run<?, ?> run, Path captureDir, List<ManifestEntry> entries, String endpoint,
                                 TaskListener listener) throws IOException, InterruptedException {
        synchronized (lockFor(run)) {
            SnapshotsAction action = run.getAction(SnapshotsAction.class);
            Manifest before = action == null ? null : action.manifest().orElse(null);
            Instant now = Instant.now();
            Manifest merged = before == null ? Manifest.of(now, endpoint, entries) : before.withEntries(now, endpoint, entries);
            Manifests.write(merged, captureDir);
            run.pickArtifactManager().archive(new FilePath(captureDir.toFile()), new Launcher.LocalLauncher(listener),
                    BuildListenerAdapter.wrap(listener), filesToArchive(entries));
            if (action == null) {
                action = new SnapshotsAction();
                run.addAction(action);
            }
            action.updated(merged);
            run.save();
            return action;
        }
    }

    /** Artifact path → path in the capture folder: the images of this capture and the merged manifest. */
    static Map<String, String> filesToArchive(List<ManifestEntry> entries) {
        Map<String, String> files = new LinkedHashMap<>();
        for (ManifestEntry e : entries) {
            if (e.isCaptured()) {
                files.put(SnapshotsAction.URL_NAME + "/" + e.image().file(), e.image().file());
            }
        }
        files.put(SnapshotsAction.URL_NAME + "/" + Manifests.FILE_NAME, Manifests.FILE_NAME);
        return files;
    }

    private static Object lockFor(Run<?, ?> run) {
        return LOCKS[Math.floorMod(run.getUrl().hashCode(), LOCKS.length)];
    }
}

package io.github.datadogsnapshot.client;

import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.client.manifest.Regressions;
import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of one {@link SnapshotCapture#capture}: an entry per requested graph, in request order, and
 * the manifest file they were written to.
 */
public record CaptureResult(List<ManifestEntry> entries, Path manifestFile) {

    public CaptureResult {
        entries = List.copyOf(entries);
    }

    /** The graphs that ended without an image. */
    public List<ManifestEntry> failures() {
        return entries.stream().filter(e -> !e.isCaptured()).toList();
    }

    /** One line per threshold a graph crossed ({@link Regressions#crossed}); empty when none did. */
    public List<String> regressions() {
        return Regressions.crossed(entries);
    }

    public boolean hasFailures() {
        return entries.stream().anyMatch(e -> !e.isCaptured());
    }
}

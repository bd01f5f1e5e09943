package io.github.datadogsnapshot.maven;

import io.github.datadogsnapshot.client.Manifest;
import io.github.datadogsnapshot.client.ManifestEntry;
import java.util.Map;
import java.util.Optional;

/**
 * What the report page shows: the current capture, and optionally a baseline, each with the paths of the
 * images copied next to the page.
 *
 * @param current          the manifest of this build's capture
 * @param currentImages    graph name to image path relative to the page
 * @param baseline         the baseline's manifest, or {@code null} without a baseline
 * @param baselineImages   graph name to baseline image path relative to the page
 * @param baselineLocation where the baseline was read from, for the page; {@code null} when none was asked for
 */
record ReportData(Manifest current, Map<String, String> currentImages, Manifest baseline,
                  Map<String, String> baselineImages, String baselineLocation) {

    ReportData {
        currentImages = Map.copyOf(currentImages);
        baselineImages = Map.copyOf(baselineImages);
    }

    /** Whether the page compares with a baseline. */
    boolean hasBaseline() {
        return baseline != null;
    }

    /** The baseline entry of the same name. */
    Optional<ManifestEntry> baselineOf(ManifestEntry entry) {
        return baseline == null ? Optional.empty() : baseline.entry(entry.name());
    }
}

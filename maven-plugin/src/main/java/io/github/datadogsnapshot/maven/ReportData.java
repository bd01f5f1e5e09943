package io.github.datadogsnapshot.maven;

import io.github.datadogsnapshot.client.manifest.Manifest;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.client.manifest.Regressions;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the report page shows: the current capture, and optionally a baseline, each with the paths of the
 * images copied next to it, and this capture's graphs with their comparison.
 *
 * @param current          the manifest of this build's capture
 * @param currentImages    graph name to image path relative to the page
 * @param baseline         the baseline's manifest, or {@code null} without a baseline
 * @param baselineImages   graph name to baseline image path relative to the page
 * @param baselineLocation where the baseline was read from, for the page; {@code null} when none was asked for
 * @param graphs           this capture's entries, each with the comparison recorded by the capture or, when the
 *                         capture compared with no baseline, with {@link #baseline} (see {@link #compared})
 */
record ReportData(Manifest current, Map<String, String> currentImages, Manifest baseline,
                  Map<String, String> baselineImages, String baselineLocation, List<ManifestEntry> graphs) {

    ReportData {
        currentImages = Map.copyOf(currentImages);
        baselineImages = Map.copyOf(baselineImages);
        graphs = List.copyOf(graphs);
    }

    /** The page's data, the graphs {@link #compared} with {@code baseline}, named {@code baselineLabel}. */
    static ReportData of(Manifest current, Map<String, String> currentImages, Manifest baseline,
                         Map<String, String> baselineImages, String baselineLocation, String baselineLabel) {
        return new ReportData(current, currentImages, baseline, baselineImages, baselineLocation,
                compared(current, baseline, baselineLabel));
    }

    /** The page's data, the baseline named by its location. */
    ReportData(Manifest current, Map<String, String> currentImages, Manifest baseline,
               Map<String, String> baselineImages, String baselineLocation) {
        this(current, currentImages, baseline, baselineImages, baselineLocation,
                compared(current, baseline, baselineLocation));
    }

    /**
     * The capture's entries with the comparison to show: the one the capture recorded when it had a baseline (the
     * numbers' verdict is the build's, even if the page's pictures come from another folder); else, when the page
     * has a baseline, a comparison with it; else the recorded one (bounds only) or none.
     */
    static List<ManifestEntry> compared(Manifest current, Manifest baseline, String baselineLabel) {
        return current.graphs().stream()
                .map(e -> e.baseline() == null && baseline != null ? Regressions.compare(e, baseline, baselineLabel) : e)
                .toList();
    }

    /** Whether the page compares with a baseline. */
    boolean hasBaseline() {
        return baseline != null;
    }

    /** Whether any graph has numbers (or says why it has none): the page then starts with the overview. */
    boolean hasNumbers() {
        return graphs.stream().anyMatch(e -> e.series() != null || e.queries() != null);
    }

    /** The baseline entry of the same name. */
    Optional<ManifestEntry> baselineOf(ManifestEntry entry) {
        return baseline == null ? Optional.empty() : baseline.entry(entry.name());
    }
}

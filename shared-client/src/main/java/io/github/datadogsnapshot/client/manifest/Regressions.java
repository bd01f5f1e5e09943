package io.github.datadogsnapshot.client.manifest;

import io.github.datadogsnapshot.client.regression.Breach;
import io.github.datadogsnapshot.client.regression.Comparison;
import io.github.datadogsnapshot.client.regression.SeriesStats;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares the numbers of captured graphs with a baseline capture and with their thresholds, and says which crossed
 * a limit. Graphs are matched by name, series by query and scope ({@link Comparison}). A graph without numbers is
 * not compared; missing data, a graph new in this build and a series gone are shown as such, never as a regression.
 */
public final class Regressions {

    private Regressions() {
    }

    /**
     * {@code entry} with its comparison with the graph of the same name in {@code baseline}; unchanged when the
     * graph's numbers were not asked for.
     *
     * @param baseline      the baseline capture, null when there is none (bounds are still checked)
     * @param baselineLabel what the baseline is, for people; without a baseline, why there is none (null: not said)
     */
    public static ManifestEntry compare(ManifestEntry entry, Manifest baseline, String baselineLabel) {
        if (entry.series() == null) {
            return entry;
        }
        Optional<ManifestEntry> before = baseline == null ? Optional.empty() : baseline.entry(entry.name());
        List<SeriesStats> baseSeries = before.map(ManifestEntry::series).orElse(null);
        Comparison comparison = Comparison.of(entry.name(), entry.thresholdList(), entry.series(), baseSeries,
                baseline == null ? baselineLabel : null);
        return entry.withComparison(baseline == null ? null : baselineLabel, comparison);
    }

    /**
     * One line per threshold crossed: which statistic of which series of which graph crossed which limit, with both
     * values; empty when none was.
     */
    public static List<String> crossed(List<ManifestEntry> entries) {
        List<String> lines = new ArrayList<>();
        for (ManifestEntry entry : entries) {
            if (entry.comparison() != null) {
                for (Breach breach : entry.comparison().breaches()) {
                    lines.add("graph '" + entry.name() + "': " + breach.message()
                            + (entry.baseline() == null ? "" : " (baseline: " + entry.baseline() + ")"));
                }
            }
        }
        return lines;
    }
}

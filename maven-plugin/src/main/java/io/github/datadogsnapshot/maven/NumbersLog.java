package io.github.datadogsnapshot.maven;

import io.github.datadogsnapshot.client.CaptureResult;
import io.github.datadogsnapshot.client.manifest.Manifest;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.client.regression.Figures;
import io.github.datadogsnapshot.client.regression.SeriesComparison;
import io.github.datadogsnapshot.client.regression.Verdict;
import org.apache.maven.plugin.logging.Log;

/**
 * The numbers in the build log: one line per graph with its verdict and the watched statistic of the series that
 * stands for it, and one warning per threshold crossed (which statistic of which series crossed which limit, with
 * both values). Missing data is said as such, never as a regression.
 */
final class NumbersLog {

    private NumbersLog() {
    }

    static void write(CaptureResult result, Manifest baseline, Log log) {
        for (ManifestEntry entry : result.entries()) {
            GraphVerdict.of(entry, baseline).ifPresent(v -> log.info(line(entry, v)));
        }
        result.regressions().forEach(line -> log.warn("Threshold crossed: " + line));
    }

    /** {@code Numbers of graph 'latency': regression; p95 200.3 ms, baseline 150 ms (+33.5%)}. */
    static String line(ManifestEntry entry, GraphVerdict verdict) {
        SeriesComparison s = verdict.headline();
        StringBuilder line = new StringBuilder("Numbers of graph '").append(entry.name()).append("': ")
                .append(verdict.status());
        if (s.current() != null || s.baseline() != null) {
            line.append("; ").append(s.watched().label());
            if (verdict.series() > 1) {
                boolean severalQueries = entry.comparison().series().stream().map(c -> c.query()).distinct()
                        .count() > 1;
                line.append(" of ").append(GraphVerdict.seriesName(s, severalQueries));
            }
            line.append(" ").append(Figures.value(s.current(), s.unit()));
            if (s.baseline() != null) {
                line.append(", baseline ").append(Figures.value(s.baseline(), s.unit()));
            }
            if (s.changePercent() != null || s.boundsCrossedOnly() != null) {
                line.append(" (").append(Figures.change(s)).append(")");
            }
            if (verdict.series() > 1) {
                line.append(", ").append(verdict.series()).append(" series");
            }
        }
        if (s.reason() != null && verdict.verdict() != Verdict.REGRESSION && verdict.verdict() != Verdict.OK) {
            line.append(" (").append(s.reason()).append(")");
        }
        return line.toString();
    }
}

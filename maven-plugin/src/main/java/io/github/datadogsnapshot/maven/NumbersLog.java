package io.github.datadogsnapshot.maven;

import io.github.datadogsnapshot.client.CaptureResult;
import io.github.datadogsnapshot.client.manifest.Manifest;
import io.github.datadogsnapshot.client.report.CaptureReport;
import io.github.datadogsnapshot.client.report.GraphReport;
import io.github.datadogsnapshot.client.report.OverviewRow;
import org.apache.maven.plugin.logging.Log;

/**
 * The numbers in the build log, from the core's report model: one line per graph with the overview's row (status,
 * headline series, watched statistic, this build, baseline, change), and one warning per threshold crossed (the
 * core's message: which statistic of which series crossed which limit, with both values). Missing data is said as
 * such, never as a regression.
 */
final class NumbersLog {

    private NumbersLog() {
    }

    static void write(CaptureResult result, Manifest baseline, Log log) {
        for (GraphReport graph : CaptureReport.of(result.entries(), baseline).graphs()) {
            if (graph.isFetched()) {
                log.info(line(graph));
            }
        }
        result.regressions().forEach(line -> log.warn("Threshold crossed: " + line));
    }

    /** {@code Numbers of graph 'latency': Regression; p95 of host:a 200.3 ms, baseline 150 ms, change +33.5%}. */
    static String line(GraphReport graph) {
        OverviewRow row = graph.row();
        String reason = graph.headlineReason();
        return "Numbers of graph '" + row.name() + "': " + row.status() + "; " + row.statistic() + " of "
                + row.headline() + " " + row.current() + ", baseline " + row.baseline() + ", change " + row.change()
                + (graph.series().size() > 1 ? ", " + graph.series().size() + " series" : "")
                + (reason == null ? "" : " (" + reason + ")");
    }
}

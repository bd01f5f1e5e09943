package io.github.datadogsnapshot.emulator;

import io.github.datadogsnapshot.charts.Band;
import io.github.datadogsnapshot.charts.ChartRenderer;
import io.github.datadogsnapshot.charts.Line;
import io.github.datadogsnapshot.charts.LineChart;
import io.github.datadogsnapshot.charts.XChartRenderer;
import java.util.ArrayList;
import java.util.List;

/**
 * The chart of a snapshot: one line per series of {@link SyntheticMetrics} (labelled with the series'
 * {@code expression}, as the query API names it), one band per event of {@link SyntheticEvents}, over exactly the
 * window, drawn by the shared {@link XChartRenderer}.
 */
final class SnapshotChart {

    private static final ChartRenderer RENDERER = new XChartRenderer();

    private SnapshotChart() {}

    /** What the snapshot shows. */
    static LineChart of(SnapshotRequest request) {
        List<Line> lines = new ArrayList<>();
        for (String query : request.queries()) {
            for (SyntheticMetrics.Series series : SyntheticMetrics.of(query, request.start(), request.end())) {
                lines.add(new Line(series.expression(), series.epochMillis(), series.values()));
            }
        }
        List<Band> bands = SyntheticEvents.of(request.events(), request.start(), request.end()).stream()
                .map(event -> Band.at(event.epochSeconds() * 1000, event.title()))
                .toList();
        return new LineChart(request.chartTitle(), request.width(), request.height(), request.start() * 1000,
                request.end() * 1000, lines, bands, null);
    }

    /** The PNG bytes of the snapshot's chart. */
    static byte[] render(SnapshotRequest request) {
        return RENDERER.render(of(request));
    }
}

package io.github.datadogsnapshot.client.engine;

import io.github.datadogsnapshot.charts.Band;
import io.github.datadogsnapshot.charts.Line;
import io.github.datadogsnapshot.charts.LineChart;
import io.github.datadogsnapshot.client.graph.GraphQueries;
import io.github.datadogsnapshot.client.graph.GraphQuery;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.graph.TimeWindow;
import io.github.datadogsnapshot.client.regression.MetricSeries;
import io.github.datadogsnapshot.client.regression.SeriesStats;
import io.github.datadogsnapshot.client.wire.QueryText;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The chart a graph gets when it is drawn here instead of by Datadog: same size and title as asked, one line per
 * queried series (labelled like the series, {@link MetricSeries#label()}), the events as bands, over exactly the
 * window, with a visible mark. Hand it to a {@code ChartRenderer} (the charts module's {@code XChartRenderer},
 * which needs XChart on the class path). Given the emulator's numbers it is the emulator's snapshot, plus the mark.
 */
final class LocalChart {

    /** The mark on every local chart. */
    static final String MARK = "rendered locally from Datadog's numbers";
    /** The width when the graph asks for none, like the emulator's default. */
    static final int DEFAULT_WIDTH = 800;
    /** The height when the graph asks for none, like the emulator's default. */
    static final int DEFAULT_HEIGHT = 400;

    private LocalChart() {
    }

    /** Values beyond this magnitude are left out of a chart drawn here: scaling an axis to them overflows. */
    static final double LARGEST_DRAWN = 1e300;

    /**
     * Whether a point's value can be drawn: a finite number within {@link #LARGEST_DRAWN}. The statistics count the
     * others that are finite; the picture shows them as gaps.
     */
    static boolean drawable(Double value) {
        return value != null && Double.isFinite(value) && Math.abs(value) <= LARGEST_DRAWN;
    }

    /**
     * The chart of a graph.
     *
     * @param series the series of the graph's plain queries, in the order of its requests
     * @param events the event bands, e.g. from the events API
     * @param mark the note to draw, usually {@link #MARK}; {@code null} for none
     */
    static LineChart of(GraphSpec graph, TimeWindow window, List<MetricSeries> series, List<Band> events,
                               String mark) {
        List<Line> lines = new ArrayList<>(series.size());
        for (MetricSeries one : series) {
            List<MetricSeries.Point> points = SeriesStats.inTimeOrder(one); // an answer may come in another order
            long[] times = new long[points.size()];
            double[] values = new double[times.length];
            for (int i = 0; i < times.length; i++) {
                MetricSeries.Point point = points.get(i);
                times[i] = point.epochMillis();
                values[i] = drawable(point.value()) ? point.value() : Double.NaN; // a gap
            }
            lines.add(new Line(one.label(), times, values));
        }
        return new LineChart(title(graph), graph.width().orElse(DEFAULT_WIDTH), graph.height().orElse(DEFAULT_HEIGHT),
                window.startSeconds() * 1000, window.endSeconds() * 1000, lines, events, mark);
    }

    /**
     * The title: the graph's title, else its metric query, else the elements of its requests' plain queries joined
     * by {@code ", "} (the emulator's rule too).
     */
    static String title(GraphSpec graph) {
        if (graph.title().isPresent()) {
            return graph.title().get();
        }
        if (graph.metricQuery().isPresent()) {
            return graph.metricQuery().get();
        }
        return GraphQueries.metrics(graph).stream().filter(GraphQuery::isPlain)
                .flatMap(q -> QueryText.splitTopLevel(q.query()).stream())
                .collect(Collectors.joining(", "));
    }
}

package io.github.datadogsnapshot.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The one source of the emulator's numbers: the series of a metric query in a window. The snapshot charts and
 * the {@code /api/v1/query} answers are both made from it, so the numbers of the query API are exactly the lines
 * of the picture.
 *
 * <p>Points lie on a grid aligned to a whole interval (like Datadog's rollups): the smallest of 1, 2, 5, 10, 15,
 * 20, 30 s, 1, 2, 5, 10, 15, 20, 30 min, 1, 2, 3, 4, 6, 12 h or whole days that gives at most
 * {@link #MAX_POINTS} points, from the first multiple of the interval at or after the start to the last one at or
 * before the end. A query grouped {@code by {tag}} gives two to four series, one per made-up tag value
 * ({@code host:host-a}, {@code host:host-b} ...); when there are three or more, the last one has no data for the
 * first fifth of the window (its points are {@code NaN}, Datadog's {@code null}), as a host that joined late.
 */
final class SyntheticMetrics {

    static final int MAX_POINTS = 300;
    private static final long[] STEPS = {1, 2, 5, 10, 15, 20, 30, 60, 120, 300, 600, 900, 1200, 1800, 3600, 7200,
        10800, 14400, 21600, 43200, 86400};
    /** The share of the window without data of a late group. */
    static final double LATE_GROUP_GAP = 0.2;

    /**
     * A unit as Datadog describes it in {@code series[].unit[0]}.
     *
     * @param family e.g. {@code time}
     * @param name e.g. {@code millisecond}
     * @param shortName e.g. {@code ms}
     * @param plural e.g. {@code milliseconds}
     * @param scaleFactor to the family's base unit, e.g. {@code 0.001}
     */
    record Unit(String family, String name, String shortName, String plural, double scaleFactor) {}

    static final Unit MILLISECOND = new Unit("time", "millisecond", "ms", "milliseconds", 0.001);
    static final Unit PERCENT = new Unit("percentage", "percent", "%", "percent", 1.0);
    static final Unit ERROR = new Unit("general", "error", null, "errors", 1.0);

    /**
     * One made-up series.
     *
     * @param query the single query it answers (one element of a comma-separated list)
     * @param metric the metric name
     * @param aggregator the space aggregator, or {@code null}
     * @param scope the filter and group tags, sorted and comma-separated; {@code *} when there are none
     * @param tagSet the group's tags, empty when not grouped
     * @param expression the query of this series alone (its group's tags in the scope)
     * @param unit the unit, or {@code null} when unknown
     * @param intervalSeconds seconds between points
     * @param epochMillis the times of the points
     * @param values the values; {@code NaN} where the series has no data
     */
    record Series(String query, String metric, String aggregator, String scope, List<String> tagSet,
                  String expression, Unit unit, long intervalSeconds, long[] epochMillis, double[] values) {}

    private SyntheticMetrics() {}

    /** The interval between points for a window of this many seconds. */
    static long intervalSeconds(long windowSeconds) {
        for (long step : STEPS) {
            if (windowSeconds / step <= MAX_POINTS) {
                return step;
            }
        }
        long days = (windowSeconds / MAX_POINTS + 86_399) / 86_400;
        return days * 86_400;
    }

    /** The series of one query (not a list) from {@code start} to {@code end}, POSIX seconds. */
    static List<Series> of(String query, long start, long end) {
        String text = query.trim();
        Optional<MetricQuery> parsed = MetricQuery.parse(text);
        long interval = intervalSeconds(end - start);
        long first = Math.floorDiv(start + interval - 1, interval) * interval;
        int count = first > end ? 0 : (int) ((end - first) / interval + 1);
        long[] times = new long[count];
        double[] positions = new double[count];
        for (int i = 0; i < count; i++) {
            long seconds = first + i * interval;
            times[i] = seconds * 1000;
            positions[i] = (double) (seconds - start) / (end - start);
        }
        SyntheticSeries.Shape shape = SyntheticSeries.Shape.of(text);
        Unit unit = switch (shape) {
            case LATENCY -> MILLISECOND;
            case CPU -> PERCENT;
            case ERRORS -> ERROR;
            case WAVE -> null;
        };
        if (parsed.isEmpty()) {
            return List.of(new Series(text, text, null, "*", List.of(), text, unit, interval, times,
                    SyntheticSeries.values(text, shape, positions)));
        }
        MetricQuery metric = parsed.get();
        if (!metric.grouped()) {
            return List.of(new Series(text, metric.metric(), metric.aggregator(), scope(metric.filter(), List.of()),
                    List.of(), text, unit, interval, times, SyntheticSeries.values(text, shape, positions)));
        }
        int groups = 2 + Math.floorMod(text.hashCode(), 3);
        List<Series> series = new ArrayList<>(groups);
        for (int g = 0; g < groups; g++) {
            List<String> tags = new ArrayList<>();
            for (String key : metric.groupBy()) {
                tags.add(key + ":" + key.toLowerCase(Locale.ROOT) + "-" + (char) ('a' + g));
            }
            String expression = metric.expressionFor(tags);
            double[] values = SyntheticSeries.values(expression, shape, positions);
            if (groups >= 3 && g == groups - 1) {
                for (int i = 0; i < values.length && positions[i] < LATE_GROUP_GAP; i++) {
                    values[i] = Double.NaN;
                }
            }
            series.add(new Series(text, metric.metric(), metric.aggregator(), scope(metric.filter(), tags),
                    List.copyOf(tags), expression, unit, interval, times, values));
        }
        return List.copyOf(series);
    }

    private static String scope(List<String> filter, List<String> groupTags) {
        TreeSet<String> tags = new TreeSet<>(filter);
        tags.addAll(groupTags);
        return tags.isEmpty() ? "*" : String.join(",", tags);
    }
}

package io.github.datadogsnapshot.client.regression;

import java.util.List;
import java.util.Objects;

/**
 * One series of an answer of Datadog's metrics query API ({@code /api/v1/query}): which query and group it is,
 * and its points. A point without data (Datadog's {@code null}) has a {@code null} value.
 *
 * @param query the query this series answers: the query sent or, when that was a comma-separated list, the
 *     element at {@code queryIndex}
 * @param queryIndex which element of a comma-separated list this series answers, from 0
 * @param metric the metric name, e.g. {@code system.cpu.user}
 * @param expression the query of this series alone, e.g. {@code avg:system.cpu.user{env:perf,host:a}}, or
 *     {@code null} when Datadog did not say
 * @param scope the series' tags as Datadog states them, e.g. {@code env:perf,host:a}, or {@code *}
 * @param tags the tags that tell this group from the others ({@code tag_set}), empty when not grouped
 * @param unit the unit's short name, e.g. {@code ms}, {@code %} or {@code B/s}, or {@code null} when unknown
 * @param intervalSeconds seconds between points, {@code 0} when Datadog did not say
 * @param points the points in time order
 */
public record MetricSeries(String query, int queryIndex, String metric, String expression, String scope,
                           List<String> tags, String unit, long intervalSeconds, List<Point> points) {

    /**
     * One point.
     *
     * @param epochMillis when, epoch milliseconds
     * @param value the value, {@code null} when the series has no data there
     */
    public record Point(long epochMillis, Double value) {

        /** Whether the point has data. */
        public boolean hasValue() {
            return value != null;
        }
    }

    /** Copies the lists; the query and the scope are required. */
    public MetricSeries {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(scope, "scope");
        tags = List.copyOf(tags);
        points = List.copyOf(points);
    }

    /**
     * The name of this series on a chart's legend: its {@code expression}, else {@code metric{scope}}, the way
     * the emulator labels the lines of its snapshots.
     */
    public String label() {
        if (expression != null && !expression.isBlank()) {
            return expression;
        }
        return (metric == null ? query : metric) + "{" + scope + "}";
    }

    /**
     * What identifies this series across builds: the query and the scope with its tags sorted
     * ({@code host:a,env:perf} and {@code env:perf,host:a} are one scope).
     */
    public String key() {
        return SeriesStats.key(query, scope);
    }
}

package io.github.datadogsnapshot.client.regression;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * The statistics of one series over the window: how many points had data, and min, avg, p50, p95, max and last of
 * those. Points without data (Datadog's {@code null}) are left out of every statistic; a series without any data
 * has {@code points == 0} and no statistics ({@code null}).
 *
 * <p><b>Percentiles</b> interpolate linearly between the two closest ranks, as numpy's default
 * ({@code numpy.percentile(values, p)}), Excel's {@code PERCENTILE.INC} and R's type 7 do: with the {@code n}
 * values sorted ascending as {@code x[0] .. x[n-1]}, let {@code h = (n - 1) * p / 100}; the percentile is
 * {@code x[floor(h)] + (h - floor(h)) * (x[floor(h) + 1] - x[floor(h)])}. So p50 is the usual median (the mean of
 * the two middle values for an even count), and p95 of {@code 15, 20, 35, 40, 50} is {@code 48}. {@code avg} is the
 * arithmetic mean, {@code last} the value of the latest point with data.
 *
 * @param query the query the series answers (one element of a comma-separated list)
 * @param scope the series' scope, e.g. {@code env:perf,host:a}
 * @param unit the unit's short name, or {@code null} when unknown
 * @param points how many points had data
 * @param min the smallest value, {@code null} without data
 * @param avg the mean, {@code null} without data
 * @param p50 the median, {@code null} without data
 * @param p95 the 95th percentile, {@code null} without data
 * @param max the largest value, {@code null} without data
 * @param last the latest value, {@code null} without data
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SeriesStats(String query, String scope, String unit, int points, Double min, Double avg, Double p50,
                          Double p95, Double max, Double last) {

    /** Checks that the statistics are all there exactly when there are points. */
    public SeriesStats {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(scope, "scope");
        if (points < 0) {
            throw new IllegalArgumentException("points must not be negative, got " + points);
        }
        boolean complete = min != null && avg != null && p50 != null && p95 != null && max != null && last != null;
        boolean none = min == null && avg == null && p50 == null && p95 == null && max == null && last == null;
        if (points > 0 ? !complete : !none) {
            throw new IllegalArgumentException("statistics of " + scope + ": " + points
                    + " points need " + (points > 0 ? "every statistic" : "no statistics"));
        }
    }

    /** The statistics of a series of the query API. */
    public static SeriesStats of(MetricSeries series) {
        return of(series.query(), series.scope(), series.unit(), inTimeOrder(series).stream()
                .map(MetricSeries.Point::value).toList());
    }

    /**
     * The points of a series sorted by time, stably (of points stating the same time the later in the answer counts
     * as the later one): an answer in another order still has the latest point last.
     */
    public static List<MetricSeries.Point> inTimeOrder(MetricSeries series) {
        List<MetricSeries.Point> points = new java.util.ArrayList<>(series.points());
        points.sort(java.util.Comparator.comparingLong(MetricSeries.Point::epochMillis));
        return points;
    }

    /**
     * How many values of the series are not finite numbers (NaN, Infinity, or a number too large for a double such
     * as {@code 1e309}): the statistics leave them out, as points without data.
     */
    public static int nonFinite(MetricSeries series) {
        return (int) series.points().stream().filter(p -> p.value() != null && !Double.isFinite(p.value())).count();
    }

    /**
     * The statistics of values in time order. Values that are not finite numbers (NaN, infinite) are left out like
     * points without data: they are no measurement ({@link #nonFinite} counts them). Finite values always give
     * finite statistics: the mean is summed so that it cannot overflow, even of values near {@link Double#MAX_VALUE}.
     *
     * @param values the values, {@code null} for a point without data
     */
    public static SeriesStats of(String query, String scope, String unit, List<Double> values) {
        double[] present = values.stream().filter(v -> v != null && Double.isFinite(v))
                .mapToDouble(Double::doubleValue).toArray();
        if (present.length == 0) {
            return new SeriesStats(query, scope, unit, 0, null, null, null, null, null, null);
        }
        double last = present[present.length - 1];
        double[] sorted = present.clone();
        Arrays.sort(sorted);
        double min = sorted[0];
        double max = sorted[sorted.length - 1];
        double avg = Math.min(max, Math.max(min, mean(present)));
        return new SeriesStats(query, scope, unit, present.length, min, avg,
                percentile(sorted, 50), percentile(sorted, 95), max, last);
    }

    /**
     * The arithmetic mean of finite values, compensated (Kahan) so that many small values are not lost next to large
     * ones; when the sum would overflow, the mean of the values each divided by their count (finite by construction,
     * and exact enough: such values are far from the range where dividing loses digits).
     */
    static double mean(double[] values) {
        double mean = compensatedSum(values, 1) / values.length;
        if (Double.isFinite(mean)) {
            return mean;
        }
        return compensatedSum(values, values.length);
    }

    private static double compensatedSum(double[] values, int divisor) {
        double sum = 0;
        double lost = 0;
        for (double value : values) {
            double term = value / divisor - lost;
            double next = sum + term;
            lost = (next - sum) - term;
            sum = next;
        }
        return sum;
    }

    /** The {@code percent}th percentile of ascending values, interpolated linearly (see the class comment). */
    static double percentile(double[] sorted, int percent) {
        long scaled = (long) (sorted.length - 1) * percent; // h * 100, exact
        int below = (int) (scaled / 100);
        double fraction = (scaled % 100) / 100.0;
        if (fraction == 0) {
            return sorted[below];
        }
        double low = sorted[below];
        double high = sorted[below + 1];
        double step = high - low;
        // From near -MAX_VALUE to near +MAX_VALUE the step overflows: weigh the two values instead.
        double value = Double.isFinite(step) ? low + fraction * step : low * (1 - fraction) + high * fraction;
        return Math.min(high, Math.max(low, value)); // rounding never leaves the two values

    }

    /** Whether any point had data. */
    public boolean hasNumbers() {
        return points > 0;
    }

    /** One statistic, empty without data. */
    public OptionalDouble get(Statistic statistic) {
        Double value = switch (statistic) {
            case MIN -> min;
            case AVG -> avg;
            case P50 -> p50;
            case P95 -> p95;
            case MAX -> max;
            case LAST -> last;
        };
        return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
    }

    /** What identifies the series across builds: the query and the scope with its tags sorted. */
    @JsonIgnore
    public String key() {
        return key(query, scope);
    }

    static String key(String query, String scope) {
        String[] tags = scope.split(",");
        for (int i = 0; i < tags.length; i++) {
            tags[i] = tags[i].trim();
        }
        Arrays.sort(tags);
        return query.trim() + " " + String.join(",", tags);
    }
}

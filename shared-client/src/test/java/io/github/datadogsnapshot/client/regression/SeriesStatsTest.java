package io.github.datadogsnapshot.client.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SeriesStatsTest {

    static SeriesStats stats(Double... values) {
        return SeriesStats.of("avg:a{*}", "*", "ms", Arrays.asList(values));
    }

    @Test
    void shouldMatchNumpysPercentilesOnTheTextbookExample() {
        // numpy.percentile([15, 20, 35, 40, 50], [50, 95]) == [35.0, 48.0]
        SeriesStats stats = stats(40.0, 15.0, 50.0, 35.0, 20.0);

        assertThat(stats.points()).isEqualTo(5);
        assertThat(stats.min()).isEqualTo(15.0);
        assertThat(stats.max()).isEqualTo(50.0);
        assertThat(stats.avg()).isEqualTo(32.0);
        assertThat(stats.p50()).isEqualTo(35.0);
        assertThat(stats.p95()).isEqualTo(48.0);
        assertThat(stats.last()).as("the latest point, not the largest").isEqualTo(20.0);
    }

    @Test
    void shouldTakeTheMeanOfTheMiddleValuesAsMedianOfAnEvenCount() {
        // 1..100 in a shuffled order: median (50 + 51) / 2, p95 at rank 94.05 -> 95 + 0.05 * (96 - 95)
        List<Double> values = new ArrayList<>();
        for (int i = 1; i <= 100; i++) {
            values.add((double) i);
        }
        Collections.shuffle(values, new Random(7));
        SeriesStats stats = SeriesStats.of("q", "*", null, values);

        assertThat(stats.p50()).isEqualTo(50.5);
        assertThat(stats.p95()).isCloseTo(95.05, within(1e-12));
        assertThat(stats.avg()).isEqualTo(50.5);
        assertThat(stats.last()).isEqualTo(values.get(99));
    }

    @Test
    void shouldIgnorePointsWithoutData() {
        SeriesStats stats = stats(null, 3.0, null, 1.0, 2.0, null);

        assertThat(stats.points()).isEqualTo(3);
        assertThat(stats.min()).isEqualTo(1.0);
        assertThat(stats.max()).isEqualTo(3.0);
        assertThat(stats.avg()).isEqualTo(2.0);
        assertThat(stats.p50()).isEqualTo(2.0);
        assertThat(stats.p95()).as("rank 1.9 between 2 and 3").isCloseTo(2.9, within(1e-12));
        assertThat(stats.last()).as("the latest point with data").isEqualTo(2.0);
    }

    @Test
    void shouldHaveNoStatisticsWithoutData() {
        SeriesStats stats = stats(null, null);

        assertThat(stats.points()).isZero();
        assertThat(stats.hasNumbers()).isFalse();
        assertThat(stats.min()).isNull();
        assertThat(stats.get(Statistic.P95)).isEmpty();
        assertThat(SeriesStats.of("q", "*", null, List.of()).points()).isZero();
    }

    @Test
    void shouldGiveTheOneValueForEveryStatisticOfOnePoint() {
        SeriesStats stats = stats(7.5);

        for (Statistic statistic : Statistic.values()) {
            assertThat(stats.get(statistic)).as(statistic.label()).hasValue(7.5);
        }
    }

    @Test
    void shouldAgreeWithAnIndependentComputationOnRandomData() {
        Random random = new Random(42);
        for (int n = 1; n <= 60; n++) {
            List<Double> values = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                values.add(random.nextInt(5) == 0 ? null : Math.round(random.nextGaussian() * 1000) / 10.0);
            }
            SeriesStats stats = SeriesStats.of("q", "*", null, values);
            List<Double> present = values.stream().filter(v -> v != null).sorted().toList();

            assertThat(stats.points()).isEqualTo(present.size());
            if (present.isEmpty()) {
                continue;
            }
            BigDecimal sum = present.stream().map(BigDecimal::valueOf).reduce(BigDecimal.ZERO, BigDecimal::add);
            double mean = sum.divide(BigDecimal.valueOf(present.size()), MathContext.DECIMAL64).doubleValue();
            assertThat(stats.avg()).isCloseTo(mean, within(1e-9));
            assertThat(stats.min()).isEqualTo(present.get(0));
            assertThat(stats.max()).isEqualTo(present.get(present.size() - 1));
            assertThat(stats.p50()).isCloseTo(interpolated(present, 0.50), within(1e-9));
            assertThat(stats.p95()).isCloseTo(interpolated(present, 0.95), within(1e-9));
            Double last = null;
            for (Double value : values) {
                last = value != null ? value : last;
            }
            assertThat(stats.last()).isEqualTo(last);
        }
    }

    /** numpy's "linear" method written as a weighted mean of the two neighbours of the fractional rank. */
    static double interpolated(List<Double> sorted, double fraction) {
        double rank = (sorted.size() - 1) * fraction;
        int lower = (int) Math.floor(rank + 1e-9);
        int upper = Math.min(lower + 1, sorted.size() - 1);
        double weight = Math.max(0, rank - lower);
        return (1 - weight) * sorted.get(lower) + weight * sorted.get(upper);
    }

    @Test
    void shouldLeaveOutValuesThatAreNotNumbersAndRefuseInconsistentRecords() {
        assertThat(stats(1.0, Double.NaN).points()).as("NaN is no measurement (NumbersFromOutsideTest)").isEqualTo(1);
        assertThatThrownBy(() -> new SeriesStats("q", "*", null, 2, null, null, null, null, null, null))
                .hasMessage("statistics of *: 2 points need every statistic");
        assertThatThrownBy(() -> new SeriesStats("q", "*", null, 0, 1.0, null, null, null, null, null))
                .hasMessage("statistics of *: 0 points need no statistics");
    }

    @Test
    void shouldComputeFromTheSeriesOfTheQueryApi() {
        MetricSeries series = new MetricSeries("avg:a{*} by {host}", 0, "a", "avg:a{host:x}", "host:x",
                List.of("host:x"), "ms", 15, List.of(new MetricSeries.Point(1000, null),
                        new MetricSeries.Point(2000, 4.0), new MetricSeries.Point(3000, 2.0)));

        SeriesStats stats = SeriesStats.of(series);

        assertThat(stats.query()).isEqualTo("avg:a{*} by {host}");
        assertThat(stats.scope()).isEqualTo("host:x");
        assertThat(stats.unit()).isEqualTo("ms");
        assertThat(stats.points()).isEqualTo(2);
        assertThat(stats.last()).isEqualTo(2.0);
        assertThat(stats.key()).isEqualTo(series.key()).isEqualTo("avg:a{*} by {host} host:x");
    }

    @Test
    void shouldMatchScopesWhateverTheOrderOfTheirTags() {
        assertThat(SeriesStats.of("q", "host:a, env:perf", null, List.of()).key())
                .isEqualTo(SeriesStats.of("q", "env:perf,host:a", null, List.of()).key());
        assertThat(SeriesStats.of("q", "env:perf", null, List.of()).key())
                .isNotEqualTo(SeriesStats.of("q2", "env:perf", null, List.of()).key());
    }

    @Test
    void shouldNameStatisticsByTheirLabels() {
        assertThat(Statistic.byLabel(" P95 ")).contains(Statistic.P95);
        assertThat(Statistic.byLabel("p99")).isEmpty();
        assertThat(Statistic.labels()).isEqualTo("min, avg, p50, p95, max, last");
    }
}

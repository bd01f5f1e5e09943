package io.github.datadogsnapshot.client.regression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComparisonTest {

    static final String QUERY = "avg:trace.http.request.duration{env:perf} by {host}";

    /** A series whose every statistic is {@code value} (one point), or without data for {@code null}. */
    static SeriesStats series(String scope, String unit, Double value) {
        List<Double> values = new ArrayList<>();
        values.add(value);
        return SeriesStats.of(QUERY, scope, unit, values);
    }

    static SeriesComparison one(String threshold, String unit, Double baseline, double current) {
        Comparison comparison = Comparison.of("latency", Threshold.parseAll(threshold, "thresholds"),
                List.of(series("host:a", unit, current)),
                baseline == null ? null : List.of(series("host:a", unit, baseline)));
        assertThat(comparison.series()).hasSize(1);
        return comparison.series().get(0);
    }

    @ParameterizedTest(name = "{0} on {1}: {2} -> {3}: {4}")
    @CsvSource(delimiter = '|', value = {
            // a change limit is the largest change still fine: exactly at it is OK, just past it a regression
            "p95 +10%|ms|100|110|OK",
            "p95 +10%|ms|100|110.01|REGRESSION",
            "p95 +10%|ms|0.3|0.33|OK",                // (0.33 - 0.3) / 0.3 is 0.10000000000000009 in doubles
            "p95 +10%|ms|0.3|0.3300001|REGRESSION",
            "p95 +10%|ms|100|50|OK",                  // a drop never crosses a rise limit
            "p95 -10%|ms|100|90|OK",
            "p95 -10%|ms|100|89.99|REGRESSION",
            "p95 -10%|ms|100|130|OK",
            "avg +5% and +2ms|ms|100|105|OK",         // 5% is not more than 5%
            "avg +5% and +2ms|ms|100|107|REGRESSION",
            "avg +5% and +2ms|ms|10|10.6|OK",         // +6% but only 0.6 ms: noise
            "avg +5% and +2ms|ms|10|12|OK",           // +20% but exactly 2 ms
            "avg +5% and +2ms|ms|10|12.01|REGRESSION",
            "avg +2ms|s|1.0|1.002|OK",                // 2 ms is 0.002 s
            "avg +2ms|s|1.0|1.0021|REGRESSION",
            "avg +0.5s|ms|100|600|OK",
            "avg +0.5s|ms|100|600.1|REGRESSION",
            "avg +5% and +2|%|40|42|OK",              // percentage points of a CPU series
            "avg +5% and +2|%|40|42.5|REGRESSION",
            "p95 +10%|ms|0|0|OK",
            "p95 +10%|ms|0|0.001|REGRESSION",         // any rise from zero is infinitely many percent
            "last +0%|ms|5|5|OK",
            "last +0%|ms|5|5.0001|REGRESSION",
            // a bound states what must hold
            "max < 800|ms||799.99|OK",
            "max < 800|ms||800|REGRESSION",
            "max <= 800|ms||800|OK",
            "max <= 800|ms||800.01|REGRESSION",
            "min > 100|ms||100.5|OK",
            "min > 100|ms||100|REGRESSION",
            "min >= 100|ms||100|OK",
            "min >= 100|ms||99.9|REGRESSION",
            "max < 1.5s|ms||1499.9|OK",
            "max < 1.5s|ms||1500|REGRESSION",
            "min > -5|ms||-4.9|OK",
            "min > -5|ms||-5|REGRESSION",
            "max < 80%|%||79.9|OK",
            "max < 80%|%||80|REGRESSION"})
    void shouldDecideExactlyAtTheBoundaries(String threshold, String unit, Double baseline, double current,
                                            Verdict expected) {
        assertThat(one(threshold, unit, baseline, current).verdict()).isEqualTo(expected);
    }

    @Test
    void shouldSayWhichStatisticOfWhichSeriesCrossedWhichLimitWithBothValues() {
        SeriesComparison result = one("p95 +10% and +2ms", "ms", 120.0, 140.0);

        assertThat(result.verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(result.watched()).isEqualTo(Statistic.P95);
        assertThat(result.current()).isEqualTo(140.0);
        assertThat(result.baseline()).isEqualTo(120.0);
        assertThat(result.changePercent()).isEqualTo((140.0 - 120.0) / 120.0 * 100);
        assertThat(result.breaches()).hasSize(1);
        Breach breach = result.breaches().get(0);
        assertThat(breach.message()).isEqualTo("p95 of " + QUERY + " (host:a) rose from 120 ms to 140 ms (+16.7%),"
                + " more than 'p95 +10% and +2ms'");
        assertThat(breach.threshold()).hasToString("p95 +10% and +2ms");
        assertThat(one("avg -10%", "%", 50.0, 40.0).breaches().get(0).message()).isEqualTo("avg of " + QUERY
                + " (host:a) fell from 50% to 40% (-20.0%), more than 'avg -10%'");
        assertThat(one("max < 800", "ms", null, 812.5).breaches().get(0).message())
                .isEqualTo("max of " + QUERY + " (host:a) is 812.5 ms, which breaks 'max < 800'");
    }

    @Test
    void shouldSayABoundCrossedWithABaselineAsTheValueAndTheLimitNotAsARise() {
        Breach sameAsBaseline = one("max < 1", "error", 31.0, 31.0).breaches().get(0);
        Breach higher = one("max < 800", "ms", 700.0, 812.5).breaches().get(0);

        assertThat(sameAsBaseline.message())
                .isEqualTo("max of " + QUERY + " (host:a) is 31 errors, which breaks 'max < 1'");
        assertThat(higher.message()).isEqualTo("max of " + QUERY + " (host:a) is 812.5 ms, which breaks 'max < 800'");
        assertThat(one("max < 1", "error", 31.0, 31.0).boundsCrossedOnly()).isEqualTo("max < 1");
        assertThat(one("max < 800; p95 +10%", "ms", 700.0, 812.5).boundsCrossedOnly()).as("a change limit too").isNull();
        assertThat(one("max < 800", "ms", 700.0, 700.0).boundsCrossedOnly()).as("nothing crossed").isNull();
        assertThat(one("max < 800; p95 +10%", "ms", 700.0, 812.5).breaches()).extracting(Breach::message)
                .containsExactly("max of " + QUERY + " (host:a) is 812.5 ms, which breaks 'max < 800'",
                        "p95 of " + QUERY + " (host:a) rose from 700 ms to 812.5 ms (+16.1%), more than 'p95 +10%'");
    }

    @Test
    void shouldGiveTheCallersReasonForAMissingBaseline() {
        Comparison comparison = Comparison.of("g", Threshold.parseAll("p95 +10%; max < 800", "t"),
                List.of(series("*", "ms", 5.0)), null, "no baseline: there is no earlier successful build");
        Comparison withBaseline = Comparison.of("g", Threshold.parseAll("p95 +10%", "t"),
                List.of(series("*", "ms", 5.0)), List.of(series("*", "ms", 5.0)), "not used with a baseline");

        assertThat(comparison.series().get(0).verdict()).isEqualTo(Verdict.NO_BASELINE);
        assertThat(comparison.series().get(0).reason()).isEqualTo("no baseline: there is no earlier successful build");
        assertThat(withBaseline.series().get(0).reason()).isNull();
    }

    @Test
    void shouldMatchSeriesByScopeAndReportNewAndGoneOnesNeverAsRegressions() {
        Comparison comparison = Comparison.of("latency", Threshold.parseAll("p95 +10%", "t"),
                List.of(series("env:perf,host:a", "ms", 500.0), series("host:b, env:perf", "ms", 100.0)),
                List.of(series("env:perf,host:b", "ms", 100.0), series("env:perf,host:c", "ms", 90.0)));

        assertThat(comparison.series()).extracting(SeriesComparison::scope, SeriesComparison::verdict).containsExactly(
                org.assertj.core.groups.Tuple.tuple("env:perf,host:a", Verdict.NO_BASELINE),
                org.assertj.core.groups.Tuple.tuple("host:b, env:perf", Verdict.OK),
                org.assertj.core.groups.Tuple.tuple("env:perf,host:c", Verdict.SERIES_GONE));
        assertThat(comparison.series().get(0).reason()).isEqualTo("new in this build: the baseline has no series env:perf,host:a");
        assertThat(comparison.series().get(2).reason()).isEqualTo("in the baseline but not in this build");
        assertThat(comparison.series().get(2).baseline()).isEqualTo(90.0);
        assertThat(comparison.verdict()).isEqualTo(Verdict.OK);
        assertThat(comparison.isRegression()).isFalse();
    }

    @Test
    void shouldReportMissingNumbersNeverAsRegressions() {
        List<Threshold> strict = Threshold.parseAll("p95 +0%; max < 1", "t");

        Comparison noNumbers = Comparison.of("g", strict, null, List.of(series("*", "ms", 5.0)));
        Comparison noSeries = Comparison.of("g", strict, List.of(), List.of(series("*", "ms", 5.0)));
        Comparison emptySeries = Comparison.of("g", strict, List.of(series("*", "ms", null)), List.of(series("*", "ms", 5.0)));
        Comparison noBaseline = Comparison.of("g", Threshold.parseAll("p95 +0%", "t"), List.of(series("*", "ms", 5.0)), null);
        Comparison emptyBaseline = Comparison.of("g", Threshold.parseAll("p95 +0%", "t"), List.of(series("*", "ms", 5.0)),
                List.of(series("*", "ms", null)));

        assertThat(noNumbers.series()).singleElement().satisfies(s -> {
            assertThat(s.verdict()).isEqualTo(Verdict.NO_NUMBERS);
            assertThat(s.scope()).isNull();
            assertThat(s.reason()).isEqualTo("this build has no numbers for the graph");
        });
        assertThat(noSeries.verdict()).isEqualTo(Verdict.NO_NUMBERS);
        assertThat(emptySeries.series()).singleElement().satisfies(s -> {
            assertThat(s.verdict()).isEqualTo(Verdict.NO_NUMBERS);
            assertThat(s.baseline()).isEqualTo(5.0);
        });
        assertThat(noBaseline.series().get(0).verdict()).isEqualTo(Verdict.NO_BASELINE);
        assertThat(noBaseline.series().get(0).reason())
                .isEqualTo(Comparison.NO_BASELINE_FOR_GRAPH)
                .isEqualTo("no baseline for this graph (new in this build, or the baseline has no numbers for it)");
        assertThat(emptyBaseline.series().get(0).verdict()).isEqualTo(Verdict.NO_BASELINE);
        assertThat(emptyBaseline.series().get(0).reason()).isEqualTo("the baseline's series has no points with data");
        assertThat(List.of(noNumbers, noSeries, emptySeries, noBaseline, emptyBaseline))
                .noneMatch(Comparison::isRegression);
    }

    @Test
    void shouldCheckBoundsWithoutABaselineAndSayThatThereIsNone() {
        SeriesComparison held = one("max < 800", "ms", null, 700);

        assertThat(held.verdict()).isEqualTo(Verdict.OK);
        assertThat(held.baseline()).isNull();
        assertThat(held.changePercent()).isNull();
        assertThat(held.reason()).startsWith("no baseline for this graph");
        assertThat(one("p95 +10%; max < 800", "ms", null, 700).verdict()).as("the change limit has nothing to compare")
                .isEqualTo(Verdict.NO_BASELINE);
        assertThat(one("p95 +10%; max < 800", "ms", null, 900).verdict()).isEqualTo(Verdict.REGRESSION);
    }

    @Test
    void shouldCompareWithoutThresholdsShowingTheChangeOfP95() {
        SeriesComparison result = one("", "ms", 100.0, 150.0);

        assertThat(result.verdict()).isEqualTo(Verdict.OK);
        assertThat(result.watched()).isEqualTo(Statistic.P95);
        assertThat(result.changePercent()).isEqualTo(50.0);
        assertThat(one("", "ms", null, 150.0).verdict()).isEqualTo(Verdict.NO_BASELINE);
        assertThat(one("", "ms", 0.0, 150.0).changePercent()).as("no percent of zero").isNull();
    }

    @Test
    void shouldListEveryCrossedThresholdAndWatchTheFirstOnesStatistic() {
        Comparison comparison = Comparison.of("g", Threshold.parseAll("avg +50%; max < 100; p95 +1%", "t"),
                List.of(SeriesStats.of(QUERY, "*", "ms", Arrays.asList(10.0, 20.0, 200.0))),
                List.of(SeriesStats.of(QUERY, "*", "ms", Arrays.asList(10.0, 20.0, 30.0))));

        SeriesComparison result = comparison.series().get(0);
        assertThat(result.watched()).isEqualTo(Statistic.AVG);
        assertThat(result.current()).isCloseTo(230.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(comparison.breaches()).extracting(b -> b.threshold().toString())
                .containsExactly("avg +50%", "max < 100", "p95 +1%");
        assertThat(comparison.verdict()).isEqualTo(Verdict.REGRESSION);
    }

    @Test
    void shouldRefuseToCompareAcrossUnitsItCannotConvert() {
        SeriesComparison percent = one("avg +2ms", "%", 40.0, 50.0);
        Comparison changed = Comparison.of("g", Threshold.parseAll("p95 +10%", "t"), List.of(series("*", "s", 1.0)),
                List.of(series("*", "ms", 900.0)));

        assertThat(percent.verdict()).isEqualTo(Verdict.NOT_COMPARABLE);
        assertThat(percent.reason()).isEqualTo("'avg +2ms' is in ms but the series is in %");
        assertThat(one("max < 80%", "ms", null, 5).reason()).isEqualTo("'max < 80%' is in % but the series is in ms");
        assertThat(changed.series().get(0).verdict()).isEqualTo(Verdict.NOT_COMPARABLE);
        assertThat(changed.series().get(0).reason()).isEqualTo("the unit changed from ms to s");
        assertThat(changed.verdict()).isEqualTo(Verdict.NOT_COMPARABLE);
    }

    @Test
    void shouldTakeALimitsUnitAsTheSeriesUnitWhenDatadogKnowsNoneAndSaySo() {
        SeriesComparison result = one("avg +2ms", null, 10.0, 12.5);

        assertThat(result.verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(result.reason()).isEqualTo("the series' unit is unknown, so 2ms was taken as 2 in the series' unit");
        assertThat(result.breaches().get(0).message()).contains("rose from 10 to 12.5 (+25.0%)");
    }

    @Test
    void shouldGiveTheGraphTheMostTellingVerdictOfItsSeries() {
        Comparison mixed = Comparison.of("g", Threshold.parseAll("p95 +10%", "t"),
                List.of(series("host:a", "ms", 100.0), series("host:b", "ms", 100.0)),
                List.of(series("host:a", "ms", 100.0)));
        Comparison allNew = Comparison.of("g", Threshold.parseAll("p95 +10%", "t"), List.of(series("host:b", "ms", 1.0)),
                List.of(series("host:a", "ms", 1.0)));

        assertThat(mixed.verdict()).isEqualTo(Verdict.OK);
        assertThat(allNew.verdict()).isEqualTo(Verdict.NO_BASELINE);
        assertThat(allNew.series()).extracting(SeriesComparison::verdict)
                .containsExactly(Verdict.NO_BASELINE, Verdict.SERIES_GONE);
    }
}

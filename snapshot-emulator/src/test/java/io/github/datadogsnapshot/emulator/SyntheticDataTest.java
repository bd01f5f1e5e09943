package io.github.datadogsnapshot.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SyntheticDataTest {

    static final long END = 1_700_000_000L;
    static final long START = END - 3600;

    static double[] valuesOf(String query) {
        List<SyntheticMetrics.Series> series = SyntheticMetrics.of(query, START, END);
        assertThat(series).hasSize(1);
        return series.get(0).values();
    }

    @Test
    void shouldShapeSeriesAfterMetricName() {
        double[] cpu = valuesOf("avg:system.cpu.user{*}");
        double[] errors = valuesOf("sum:trace.http.request.errors{*}");
        double[] latency = valuesOf("avg:trace.http.request.duration{*}");

        assertThat(Arrays.stream(cpu).boxed()).allSatisfy(v -> assertThat(v).isBetween(0.0, 100.0));
        assertThat(Arrays.stream(errors).boxed()).allSatisfy(v -> assertThat(v).isNotNegative().isEqualTo(Math.rint(v)));
        assertThat(Arrays.stream(errors).max().getAsDouble()).as("spike").isGreaterThan(10);
        int n = latency.length;
        double middle = Arrays.stream(latency, n * 45 / 100, n * 55 / 100).average().getAsDouble();
        double edges = Arrays.stream(latency, 0, n / 10).average().getAsDouble();
        assertThat(middle).as("bump in the middle").isGreaterThan(edges * 1.8);
        assertThat(SyntheticMetrics.of("avg:trace.http.request.duration{*}", START, END).get(0).unit().shortName())
                .isEqualTo("ms");
        assertThat(SyntheticMetrics.of("avg:system.cpu.user{*}", START, END).get(0).unit().shortName()).isEqualTo("%");
        assertThat(SyntheticMetrics.of("avg:system.load.1{*}", START, END).get(0).unit()).isNull();
    }

    @Test
    void shouldRepeatValuesForSameQueryAndWindow() {
        assertThat(valuesOf("avg:a{*}")).containsExactly(valuesOf("avg:a{*}"));
        assertThat(valuesOf("avg:a{*}")).isNotEqualTo(valuesOf("avg:b{*}"));
    }

    @Test
    void shouldPickTheSmallestIntervalWithAtMost300Points() {
        assertThat(SyntheticMetrics.intervalSeconds(60)).isEqualTo(1);
        assertThat(SyntheticMetrics.intervalSeconds(300)).isEqualTo(1);
        assertThat(SyntheticMetrics.intervalSeconds(301)).isEqualTo(2);
        assertThat(SyntheticMetrics.intervalSeconds(3600)).isEqualTo(15);
        assertThat(SyntheticMetrics.intervalSeconds(86_400)).isEqualTo(300);
        assertThat(SyntheticMetrics.intervalSeconds(7 * 86_400)).isEqualTo(3600);
        assertThat(SyntheticMetrics.intervalSeconds(400 * 86_400)).isEqualTo(2 * 86_400);
    }

    @Test
    void shouldPlacePointsOnMultiplesOfTheIntervalInsideTheWindow() {
        long start = 1_700_000_007L;
        long end = start + 3600;
        SyntheticMetrics.Series series = SyntheticMetrics.of("avg:a{*}", start, end).get(0);

        long[] times = series.epochMillis();
        assertThat(series.intervalSeconds()).isEqualTo(15);
        assertThat(times[0]).isEqualTo(1_700_000_010_000L);
        assertThat(times[times.length - 1]).isEqualTo(1_700_003_595_000L);
        assertThat(times).hasSize(240);
        for (int i = 1; i < times.length; i++) {
            assertThat(times[i] - times[i - 1]).isEqualTo(15_000);
        }
    }

    @Test
    void shouldMakeOneSeriesPerGroup() {
        List<SyntheticMetrics.Series> series = SyntheticMetrics.of("avg:system.cpu.user{env:perf} by {host}", START, END);

        assertThat(series.size()).isBetween(2, 4);
        SyntheticMetrics.Series first = series.get(0);
        assertThat(first.metric()).isEqualTo("system.cpu.user");
        assertThat(first.aggregator()).isEqualTo("avg");
        assertThat(first.scope()).isEqualTo("env:perf,host:host-a");
        assertThat(first.tagSet()).containsExactly("host:host-a");
        assertThat(first.expression()).isEqualTo("avg:system.cpu.user{env:perf,host:host-a}");
        assertThat(series.get(1).scope()).isEqualTo("env:perf,host:host-b");
        assertThat(series.get(1).values()).isNotEqualTo(first.values());
        assertThat(series).allSatisfy(s -> assertThat(s.query()).isEqualTo("avg:system.cpu.user{env:perf} by {host}"));
    }

    @Test
    void shouldLeaveTheLastOfThreeOrMoreGroupsWithoutDataAtFirst() {
        int checked = 0;
        for (String query : List.of("avg:a{*} by {host}", "avg:b{*} by {host}", "avg:c{*} by {host}",
                "avg:d{*} by {host}", "avg:e{*} by {host}", "avg:f{*} by {host}")) {
            List<SyntheticMetrics.Series> series = SyntheticMetrics.of(query, START, END);
            if (series.size() < 3) {
                assertThat(series).allSatisfy(s -> assertThat(s.values()).doesNotContain(Double.NaN));
                continue;
            }
            checked++;
            double[] late = series.get(series.size() - 1).values();
            int n = late.length;
            assertThat(Arrays.stream(late, 0, n / 5 - 1).boxed()).allSatisfy(v -> assertThat(v).isNaN());
            assertThat(Arrays.stream(late, n / 5 + 1, n).boxed()).noneSatisfy(v -> assertThat(v).isNaN());
            assertThat(series.get(0).values()).doesNotContain(Double.NaN);
        }
        assertThat(checked).as("queries with three or more groups").isPositive();
    }

    @Test
    void shouldKeepUnreadableQueriesAsOneSeries() {
        SyntheticMetrics.Series series = SyntheticMetrics.of("a", START, END).get(0);

        assertThat(series.scope()).isEqualTo("*");
        assertThat(series.expression()).isEqualTo("a");
        assertThat(MetricQuery.parse("avg:a{x")).isEmpty();
        assertThat(MetricQuery.parse("avg:a{x})")).isEmpty();
        assertThat(MetricQuery.parse("no scope")).isEmpty();
    }

    @Test
    void shouldReadAggregatorMetricScopeAndGroups() {
        MetricQuery query = MetricQuery.parse(" p99:trace.http.request.duration{service:checkout,env:ci} by {host,region}.rollup(max, 60) ")
                .orElseThrow();

        assertThat(query.aggregator()).isEqualTo("p99");
        assertThat(query.metric()).isEqualTo("trace.http.request.duration");
        assertThat(query.filter()).containsExactly("service:checkout", "env:ci");
        assertThat(query.groupBy()).containsExactly("host", "region");
        assertThat(query.expressionFor(List.of("host:host-a", "region:region-a")))
                .isEqualTo("p99:trace.http.request.duration{service:checkout,env:ci,host:host-a,region:region-a}.rollup(max, 60)");
        assertThat(MetricQuery.parse("system.load.1{*}").orElseThrow().aggregator()).isNull();
    }

    @Test
    void shouldSplitQueriesAtTopLevelCommas() {
        assertThat(MetricQuery.splitTopLevel("avg:a{host:x,env:y} by {host},top(avg:b{*}, 5, 'mean', 'desc')"))
                .containsExactly("avg:a{host:x,env:y} by {host}", "top(avg:b{*}, 5, 'mean', 'desc')");
    }

    @Test
    void shouldReadSameEventFilterFromQueryAndParameters() {
        EventFilter fromQuery = EventFilter.fromQuery("tags:env:perf,team:web sources:deploy");
        EventFilter fromParameters = EventFilter.fromParameters(Map.of("sources", "deploy", "tags", "team:web,env:perf"));

        assertThat(fromQuery.key()).isEqualTo(fromParameters.key());
        assertThat(fromQuery.tags()).containsExactly("env:perf", "team:web");
        assertThat(EventFilter.fromQuery("deploy of checkout").text()).isEqualTo("deploy of checkout");
        assertThat(EventFilter.fromQuery("deploy").key()).isNotEqualTo(EventFilter.fromQuery("sources:deploy").key());
    }

    @Test
    void shouldPlaceOneToThreeEventsAtWholeSecondsInsideTheWindow() {
        List<SyntheticEvents.Event> events = SyntheticEvents.of(EventFilter.fromQuery("sources:deploy"), START, END);

        assertThat(events.size()).isBetween(1, 3);
        assertThat(events).allSatisfy(e -> assertThat(e.epochSeconds()).isBetween(START, END));
        assertThat(events).isSortedAccordingTo((a, b) -> Long.compare(a.epochSeconds(), b.epochSeconds()));
        assertThat(events.get(0).title()).isEqualTo("deploy event 1");
        assertThat(events.get(0).source()).isEqualTo("deploy");
        assertThat(SyntheticEvents.of(EventFilter.fromQuery("sources:deploy"), START, END)).isEqualTo(events);
    }
}

package io.jenkins.plugins.datadogsnapshot;

import static io.jenkins.plugins.datadogsnapshot.Entries.captured;
import static io.jenkins.plugins.datadogsnapshot.Entries.manifest;
import static io.jenkins.plugins.datadogsnapshot.Entries.series;
import static io.jenkins.plugins.datadogsnapshot.Entries.withNumbers;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.datadogsnapshot.client.graph.GraphQuery;
import io.github.datadogsnapshot.client.manifest.Manifest;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.client.regression.Figures;
import io.github.datadogsnapshot.client.regression.SeriesStats;
import java.util.List;
import org.junit.jupiter.api.Test;

class NumbersViewTest {

    private static final String Q = "avg:latency{*}";

    private static SeriesStats host(String host, double value) {
        return series(Q, "host:" + host, "ms", value, value);
    }

    private static Manifest baselineWith(SeriesStats... series) {
        return manifest(withNumbers(captured("latency", "Latency"), null, List.of(series), null, null));
    }

    private static NumbersView view(String thresholds, List<SeriesStats> now, Manifest baseline) {
        ManifestEntry entry = withNumbers(
                captured("latency", "Latency"), thresholds, now, baseline, baseline == null ? null : "build #41");
        return new NumbersView(entry, baseline);
    }

    @Test
    void shouldShowTheRegressedSeriesWithBothValuesTheChangeAndTheLimitCrossed() {
        Manifest baseline = baselineWith(host("a", 100), host("b", 200));

        NumbersView view = view("p95 +10%", List.of(host("a", 105), host("b", 250)), baseline);

        assertThat(view.getStatus()).isEqualTo("Regression");
        assertThat(view.isRegression()).isTrue();
        assertThat(view.getStatusKind()).isEqualTo("regression");
        assertThat(view.getStatistic()).isEqualTo("p95");
        assertThat(view.getCurrent()).isEqualTo("250 ms");
        assertThat(view.getBaseline()).isEqualTo("200 ms");
        assertThat(view.getChange()).isEqualTo("+25.0%");
        assertThat(view.getSeriesNote()).isEqualTo("host:b, 1 of 2 series");
        assertThat(view.getBaselineLabel()).isEqualTo("build #41");
        assertThat(view.getThresholds()).isEqualTo("p95 +10%");
        assertThat(view.getBreaches())
                .singleElement()
                .asString()
                .contains("p95 of")
                .contains("host:b")
                .contains("200")
                .contains("250")
                .contains("p95 +10%");
    }

    @Test
    void shouldWriteEveryFigureThroughTheCoresFormatter() {
        double[] values = {12345, 0.000123, 1.5e9, 1.7e308, Double.NaN, 2.201};
        SeriesStats stats =
                new SeriesStats(Q, "*", "error", 6, values[0], values[1], values[2], values[3], values[4], values[5]);

        SeriesRow row = view(null, List.of(stats), null).getSeries().get(0);

        List<String> shown =
                List.of(row.getMin(), row.getAvg(), row.getP50(), row.getP95(), row.getMax(), row.getLast());
        for (int i = 0; i < values.length; i++) {
            assertThat(shown.get(i)).isEqualTo(Figures.value(values[i], "error"));
        }
        assertThat(shown)
                .containsExactly(
                        "12345 errors",
                        "0.000123 errors",
                        "1500000000 errors",
                        "1.7e308 errors",
                        "NaN errors",
                        "2.201 errors");
    }

    @Test
    void shouldShowACrossedBoundAsTheValueAndTheLimitNotAsAZeroChange() {
        SeriesStats errors = series("sum:shop.errors{*}.as_count()", "*", "error", 31.0, 31.0);
        Manifest baseline = manifest(withNumbers(captured("latency", "Latency"), null, List.of(errors), null, null));

        NumbersView view = view("max < 1", List.of(errors), baseline);

        assertThat(view.getStatus()).isEqualTo("Regression");
        assertThat(view.getCurrent()).isEqualTo("31 errors");
        assertThat(view.getChange()).isEqualTo("max < 1");
        assertThat(view.getSeries().get(0).getChange()).isEqualTo("max < 1");
        assertThat(view.getSeries().get(0).getNameParts())
                .containsExactly("sum:", "shop.", "errors{", "*}", ".", "as_count(", ")");
        assertThat(String.join("", view.getSeries().get(0).getNameParts())).isEqualTo("sum:shop.errors{*}.as_count()");
        assertThat(view.getBreaches())
                .containsExactly("max of sum:shop.errors{*}.as_count() is 31 errors, which breaks 'max < 1'");
    }

    @Test
    void shouldGiveTheReasonTheCaptureGaveForHavingNoBaseline() {
        String why =
                Baselines.Found.none(Baselines.NO_EARLIER_SUCCESSFUL, false).pageReason();
        ManifestEntry entry =
                withNumbers(captured("latency", "Latency"), "p95 +10%", List.of(host("a", 100)), null, why);

        NumbersView view = new NumbersView(entry, null);

        assertThat(view.getStatus()).isEqualTo("No baseline");
        assertThat(view.getSeries().get(0).getNote())
                .isEqualTo(why)
                .isEqualTo("no baseline: there is no earlier successful build");
        assertThat(view.getBaselineLabel()).isNull();
    }

    @Test
    void shouldPickTheLargestRegressionWhenSeveralSeriesRegressed() {
        NumbersView view =
                view("p95 +10%", List.of(host("a", 150), host("b", 230)), baselineWith(host("a", 100), host("b", 200)));

        assertThat(view.getChange()).isEqualTo("+50.0%");
        assertThat(view.getSeriesNote()).startsWith("host:a");
    }

    @Test
    void shouldCallAChangeWithinTheLimitOkAndShowTheSeriesThatChangedMost() {
        NumbersView view =
                view("p95 +10%", List.of(host("a", 90), host("b", 205)), baselineWith(host("a", 100), host("b", 200)));

        assertThat(view.getStatus()).isEqualTo("OK");
        assertThat(view.getStatusKind()).isEqualTo("ok");
        assertThat(view.isRegression()).isFalse();
        assertThat(view.getChange()).isEqualTo("-10.0%");
    }

    @Test
    void shouldWatchTheFirstThresholdsStatistic() {
        NumbersView view = view("max < 1000; p95 +10%", List.of(host("a", 90)), baselineWith(host("a", 100)));

        assertThat(view.getStatistic()).isEqualTo("max");
    }

    @Test
    void shouldSayNoBaselineWhenThereIsNoneRatherThanARegression() {
        NumbersView view = view("p95 +10%", List.of(host("a", 500)), null);

        assertThat(view.getStatus()).isEqualTo("No baseline");
        assertThat(view.isRegression()).isFalse();
        assertThat(view.getBaseline()).isEqualTo(Figures.NONE);
        assertThat(view.getChange()).isEqualTo(Figures.NONE);
        assertThat(view.getCurrent()).isEqualTo("500 ms");
        assertThat(view.getBaselineLabel()).isNull();
    }

    @Test
    void shouldCallAGraphTheBaselineBuildDidNotHaveANewGraph() {
        Manifest baseline = manifest(withNumbers(captured("cpu", "CPU"), null, List.of(host("a", 1)), null, null));

        NumbersView view = view("p95 +10%", List.of(host("a", 500)), baseline);

        assertThat(view.getStatus()).isEqualTo("New graph");
        assertThat(view.isRegression()).isFalse();
    }

    @Test
    void shouldStillCheckBoundsWithoutABaseline() {
        NumbersView view = view("max < 100", List.of(host("a", 500)), null);

        assertThat(view.getStatus()).isEqualTo("Regression");
        assertThat(view.getStatistic()).isEqualTo("max");
        assertThat(view.getCurrent()).isEqualTo("500 ms");
    }

    @Test
    void shouldListASeriesGoneSinceTheBaselineAsSuchAfterThisBuildsSeries() {
        NumbersView view = view("p95 +10%", List.of(host("a", 100)), baselineWith(host("a", 100), host("b", 200)));

        assertThat(view.getStatus()).isEqualTo("OK (1 series gone)");
        assertThat(view.getSeries())
                .extracting(SeriesRow::getName, SeriesRow::getVerdict, SeriesRow::getPoints, SeriesRow::getBaseline)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("host:a", "ok", "2", "100 ms"),
                        org.assertj.core.groups.Tuple.tuple(
                                "host:b", "gone since the baseline", Figures.NONE, "200 ms"));
        assertThat(view.getSeries().get(1).isRegression()).isFalse();
    }

    @Test
    void shouldShowEveryStatisticOfEverySeriesWithItsUnit() {
        NumbersView view = view(
                null,
                List.of(series(Q, "*", "ms", 10.0, null, 20.0, 30.0, 40.0)),
                baselineWith(series(Q, "*", "ms", 20.0)));

        SeriesRow row = view.getSeries().get(0);
        assertThat(row.getName()).isEqualTo(Q);
        assertThat(row.getPoints()).isEqualTo("4");
        assertThat(List.of(row.getMin(), row.getAvg(), row.getP50(), row.getP95(), row.getMax(), row.getLast()))
                .containsExactly("10 ms", "25 ms", "25 ms", "38.5 ms", "40 ms", "40 ms");
        assertThat(row.getBaseline()).isEqualTo("20 ms");
        assertThat(row.getChange()).isEqualTo("+92.5%");
        assertThat(row.getVerdict()).isEqualTo("ok");
        assertThat(view.getSeriesNote()).isNull();
    }

    @Test
    void shouldCallASeriesNewInThisBuildANewSeries() {
        NumbersView view = view(null, List.of(host("a", 100), host("c", 100)), baselineWith(host("a", 100)));

        assertThat(view.getSeries()).extracting(SeriesRow::getVerdict).containsExactly("ok", "new series");
    }

    @Test
    void shouldSayWhenTheQueriesAnsweredNoSeries() {
        NumbersView view = view("p95 +10%", List.of(), baselineWith(host("a", 100)));

        assertThat(view.getStatus()).isEqualTo("No numbers");
        assertThat(view.isFetched()).isTrue();
        assertThat(view.getSeries()).isEmpty();
        assertThat(view.getNotes()).containsExactly("the graph's queries answered no series for this window");
    }

    @Test
    void shouldSayThatNumbersWereNotFetchedForAGraphWithout() {
        NumbersView view = new NumbersView(captured("cpu", "CPU"), null);

        assertThat(view.getStatus()).isEqualTo("Numbers not fetched");
        assertThat(view.isFetched()).isFalse();
        assertThat(view.getStatistic()).isEqualTo("p95");
        assertThat(view.getCurrent()).isEqualTo(Figures.NONE);
        assertThat(view.getSeries()).isEmpty();
        assertThat(view.getBreaches()).isEmpty();
    }

    @Test
    void shouldNamePartsOfTheGraphWithoutAPlainQueryAndNumbersThatFailed() {
        ManifestEntry entry = captured("cpu", "CPU")
                .withNumbers(
                        List.of(
                                new GraphQuery("graphDef.requests[0]", "avg:system.cpu.user{*}", null),
                                new GraphQuery("graphDef.requests[1]", null, "it uses formulas")),
                        List.of(series("avg:system.cpu.user{*}", "*", "%", 50.0)),
                        "Datadog answered 500 for the query");

        NumbersView view = new NumbersView(entry, null);

        assertThat(view.getNotes())
                .containsExactly(
                        "graphDef.requests[1]: no plain query: it uses formulas",
                        "the numbers are incomplete: Datadog answered 500 for the query");
        assertThat(view.getNoteCount()).isEqualTo(2);
    }

    @Test
    void shouldCallAUnitThatChangedNotComparable() {
        NumbersView view =
                view("p95 +10%", List.of(series(Q, "*", "s", 1.0)), baselineWith(series(Q, "*", "ms", 900.0)));

        assertThat(view.getStatus()).isEqualTo("Not comparable");
        assertThat(view.getSeries().get(0).getNote()).contains("unit changed");
    }
}

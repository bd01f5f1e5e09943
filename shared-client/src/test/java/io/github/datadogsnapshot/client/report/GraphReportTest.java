package io.github.datadogsnapshot.client.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.datadogsnapshot.client.graph.GraphQuery;
import io.github.datadogsnapshot.client.manifest.Manifest;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.client.manifest.Regressions;
import io.github.datadogsnapshot.client.regression.Figures;
import io.github.datadogsnapshot.client.regression.SeriesStats;
import io.github.datadogsnapshot.client.regression.Statistic;
import io.github.datadogsnapshot.client.regression.Threshold;
import io.github.datadogsnapshot.client.regression.Verdict;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The report model of one graph: its status, its headline series, its series rows and notes. */
class GraphReportTest {

    private static final String Q = "avg:latency{*} by {host}";
    private static final Instant AT = Instant.parse("2026-11-28T10:00:00Z");

    private static SeriesStats host(String host, Double value) {
        return series(Q, "host:" + host, value);
    }

    private static SeriesStats series(String query, String scope, Double value) {
        List<Double> values = new ArrayList<>();
        values.add(value);
        return SeriesStats.of(query, scope, "ms", values);
    }

    private static ManifestEntry entry(String thresholds, SeriesStats... series) {
        ManifestEntry entry = new ManifestEntry("latency", "Latency", ManifestEntry.Status.CAPTURED, null, Q, null,
                null, null, new ManifestEntry.Image("latency.png", 1, 1, 1), null, null)
                .withThresholds(thresholds == null ? List.of() : Threshold.parseAll(thresholds, "thresholds"));
        return series == null ? entry
                : entry.withNumbers(List.of(new GraphQuery("metricQuery", Q, null)), Arrays.asList(series), null);
    }

    private static Manifest manifest(ManifestEntry... entries) {
        return Manifest.of(AT, "datadoghq.com", List.of(entries));
    }

    private static GraphReport report(ManifestEntry now, Manifest baseline) {
        return GraphReport.of(Regressions.compare(now, baseline, baseline == null ? null : "build #41"), baseline);
    }

    @Test
    void shouldHeadARegressionWithTheBreachedSeriesThatChangedMostEitherWay() {
        Manifest baseline = manifest(entry(null, host("a", 100.0), host("b", 100.0), host("c", 100.0)));

        // b fell 40% (crossing the drop limit), c rose 30%, a rose 50% but within no limit of its kind
        GraphReport report = report(entry("p95 +20%; p95 -20%", host("a", 119.0), host("b", 60.0), host("c", 130.0)),
                baseline);

        assertThat(report.status()).isEqualTo(ReportStatus.REGRESSION);
        assertThat(report.row().headline()).isEqualTo("host:b");
        assertThat(report.row().change()).isEqualTo("-40.0%");
        assertThat(report.row().current()).isEqualTo("60 ms");
    }

    @Test
    void shouldHeadAnOkGraphWithTheSeriesThatChangedMostAndTakeTheFirstOfEquals() {
        Manifest baseline = manifest(entry(null, host("a", 100.0), host("b", 100.0), host("c", 100.0)));

        assertThat(report(entry(null, host("a", 95.0), host("b", 110.0), host("c", 90.0)), baseline).row().headline())
                .isEqualTo("host:b");
        assertThat(report(entry(null, host("a", 110.0), host("b", 90.0), host("c", 100.0)), baseline).row().headline())
                .isEqualTo("host:a");
    }

    @Test
    void shouldTellANewGraphAndSeriesGoneInTheStatus() {
        Manifest baseline = manifest(entry(null, host("a", 100.0), host("z", 100.0)));
        Manifest other = manifest();

        assertThat(report(entry(null, host("a", 100.0)), baseline).statusText()).isEqualTo("OK (1 series gone)");
        assertThat(report(entry(null, host("a", 100.0)), other).statusText()).isEqualTo("New graph");
        assertThat(report(entry("max < 1000", host("a", 100.0)), other).statusText()).isEqualTo("OK (new graph)");
        assertThat(report(entry(null, host("a", 100.0)), null).statusText()).isEqualTo("No baseline");
    }

    @Test
    void shouldSayWhenNumbersWereNotFetchedOrCameBackEmpty() {
        GraphReport notFetched = GraphReport.of(entry("p95 +10%", (SeriesStats[]) null), null);
        GraphReport empty = report(entry(null), null);

        assertThat(notFetched.status()).isEqualTo(ReportStatus.NOT_FETCHED);
        assertThat(notFetched.isFetched()).isFalse();
        assertThat(notFetched.row().cells()).containsExactly("Numbers not fetched", Figures.NONE, "p95",
                Figures.NONE, Figures.NONE, Figures.NONE);
        assertThat(empty.statusText()).isEqualTo("No numbers");
        assertThat(empty.notes()).containsExactly("the graph's queries answered no series for this window");
    }

    @Test
    void shouldWatchTheFirstThresholdsStatisticElseP95() {
        assertThat(GraphReport.watched(entry("max < 10; p95 +5%"))).isEqualTo(Statistic.MAX);
        assertThat(GraphReport.watched(entry(null))).isEqualTo(Statistic.P95);
        assertThat(report(entry("avg +5%", host("a", 1.0)), null).row().statistic()).isEqualTo("avg");
    }

    @Test
    void shouldMarkSeriesNewAndGoneAsDataNotWords() {
        Manifest baseline = manifest(entry(null, host("a", 100.0), host("z", 100.0)));

        List<SeriesReport> rows = report(entry("p95 +10%", host("a", 100.0), host("c", 100.0)), baseline).series();

        assertThat(rows).extracting(SeriesReport::label, SeriesReport::verdictText, SeriesReport::isNew,
                SeriesReport::isGone).containsExactly(
                org.assertj.core.groups.Tuple.tuple("host:a", "OK", false, false),
                org.assertj.core.groups.Tuple.tuple("host:c", "New series", true, false),
                org.assertj.core.groups.Tuple.tuple("host:z", "Series gone", false, true));
        assertThat(rows.get(2).points()).isEqualTo(Figures.NONE);
        assertThat(rows.get(2).baseline()).isEqualTo("100 ms");
        // without the baseline capture, a series without baseline is not called new
        assertThat(report(entry("p95 +10%", host("c", 1.0)), null).series().get(0).isNew()).isFalse();
    }

    @Test
    void shouldMatchStatisticsToComparisonsByKeyWhateverTheTagOrder() {
        String scope = "host:a,env:ci";
        Manifest baseline = manifest(entry(null, series(Q, "env:ci,host:a", 100.0)));

        SeriesReport row = report(entry(null, series(Q, scope, 120.0)), baseline).series().get(0);

        assertThat(row.verdict()).isEqualTo(Verdict.OK);
        assertThat(row.value(Statistic.P95)).isEqualTo("120 ms");
        assertThat(row.change()).isEqualTo("+20.0%");
    }

    @Test
    void shouldNameASeriesOneWay() {
        assertThat(SeriesReport.label("avg:a{*} by {host}", "host:a", false)).isEqualTo("host:a");
        assertThat(SeriesReport.label("avg:a{*}", "*", false)).isEqualTo("avg:a{*}");
        assertThat(SeriesReport.label("avg:a{*} by {host}", "host:a", true)).isEqualTo("avg:a{*} by {host} (host:a)");
        assertThat(SeriesReport.label("avg:a{env:ci}", "env:ci", true)).isEqualTo("avg:a{env:ci}");
        assertThat(SeriesReport.label(null, null, false)).isEqualTo(Figures.NONE);
    }

    @Test
    void shouldGroupReasonsAndListBreachesAndNotes() {
        Manifest baseline = manifest(entry(null, host("a", null), host("b", null)));

        GraphReport report = report(entry("max < 50; p95 +10%", host("a", 100.0), host("b", 10.0)), baseline);

        assertThat(report.breaches()).containsExactly("max of latency (host:a) is 100 ms, which breaks 'max < 50'"
                .replace("latency", Q));
        assertThat(report.reasons()).containsExactly("host:a, host:b: the baseline's series has no points with data");
        assertThat(report.thresholds()).isEqualTo("max < 50; p95 +10%");
        assertThat(report.series().get(0).note()).startsWith("max of " + Q + " (host:a) is 100 ms");
    }

    @Test
    void shouldCountAndSummarizeACapture() {
        Manifest baseline = manifest(entry(null, host("a", 100.0)));
        ManifestEntry failed = new ManifestEntry("disk", null, ManifestEntry.Status.FAILED, "timeout", Q, null, null,
                null, null, null, null);

        CaptureReport report = CaptureReport.of(List.of(Regressions.compare(entry("p95 +10%", host("a", 200.0)),
                baseline, "build #41"), failed), baseline);

        assertThat(report.summary(0)).isEqualTo("1 graph captured, 1 failed");
        assertThat(report.summary(2)).isEqualTo("1 graph captured (2 images are no longer stored), 1 failed");
        assertThat(report.numbersSummary()).isEqualTo("1 of 1 graph crossed its thresholds (baseline: build #41)");
        assertThat(report.overview()).hasSize(1);
        assertThat(CaptureReport.of(manifest(failed), null).numbersSummary()).isNull();
    }

    @Test
    void shouldSayWhyThereIsNoBaselineOnce() {
        String why = "no baseline: there is no earlier successful build";
        List<ManifestEntry> graphs = List.of(Regressions.compare(entry(null, host("a", 1.0)), null, why),
                Regressions.compare(entry(null, host("b", 1.0)), null, why));

        CaptureReport report = CaptureReport.of(graphs, (Manifest) null);

        assertThat(report.notes()).containsExactly(why);
        assertThat(report.numbersSummary()).isEqualTo("no graph crossed its thresholds (no baseline)");
    }
}

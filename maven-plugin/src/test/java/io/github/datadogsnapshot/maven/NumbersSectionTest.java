package io.github.datadogsnapshot.maven;

import static io.github.datadogsnapshot.maven.TestCaptures.captured;
import static io.github.datadogsnapshot.maven.TestCaptures.manifest;
import static io.github.datadogsnapshot.maven.TestCaptures.page;
import static io.github.datadogsnapshot.maven.TestCaptures.series;
import static io.github.datadogsnapshot.maven.TestCaptures.withNumbers;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.datadogsnapshot.client.graph.GraphQuery;
import io.github.datadogsnapshot.client.manifest.Manifest;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.client.manifest.Regressions;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The numbers on the page: the overview, the series tables and the notes, as HTML from Doxia's XHTML5 sink. */
class NumbersSectionTest {

    private static final String LATENCY = "avg:trace.http.request.duration{service:checkout}";
    private static final String CPU = "avg:system.cpu.user{*} by {host}";
    private static final String REGRESSION_MARK = "&#x25b2; regression";

    private static ManifestEntry latency(String thresholds, double... values) {
        return withNumbers(captured("latency", "Latency", LATENCY), thresholds,
                series(LATENCY, "service:checkout", "ms", values));
    }

    private static String overview(String html) {
        return html.substring(html.indexOf("<h2>Overview</h2>"), html.indexOf("</table>", html.indexOf("Overview")));
    }

    @Test
    void shouldStartWithAnOverviewThatMarksARegressionInWords() {
        Manifest baseline = manifest(latency(null, 100, 100));
        ManifestEntry compared = Regressions.compare(latency("p95 +10% and +2ms", 120, 120), baseline, "build #41");

        String html = page(ReportData.of(manifest(compared), Map.of(), baseline, Map.of(), "target/baseline",
                "target/baseline (captured up to 2024-05-01 10:05:08 UTC)"));

        assertThat(html.indexOf("<h2>Overview</h2>")).isLessThan(html.indexOf("Latency</h2>"));
        assertThat(overview(html))
                .contains("1 graph crossed its thresholds: Latency.")
                .contains("The numbers are compared with build #41.")
                .contains("<th>Graph</th>", "<th>Status</th>", "<th>Statistic</th>", "<th>This build</th>",
                        "<th>Baseline</th>", "<th>Change</th>")
                .contains("<a href=\"#graph-latency\">Latency</a>")
                .contains("<strong style=\"color:#a94442\">&#x25b2; Regression</strong>")
                .contains("<td>p95</td>")
                .contains(">120 ms</td>").contains(">100 ms</td>")
                .contains("+20.0% " + REGRESSION_MARK);
        assertThat(html).contains("<th>p95 (watched)</th>").contains("<th>Baseline p95</th>")
                .contains("Threshold crossed: </strong>p95 of " + LATENCY + " (service:checkout) rose from 100 ms to"
                        + " 120 ms (+20.0%), more than 'p95 +10% and +2ms'")
                .contains("<code>p95 +10% and +2ms</code>")
                .contains("<th style=\"width:9em\">Compared with</th>").contains(">build #41</td>");
    }

    @Test
    void shouldShowTheBoundNotAZeroChangeWhenOnlyABoundWasCrossed() {
        String errors = "sum:shop.errors{*}.as_count()";
        Manifest baseline = manifest(withNumbers(captured("errors", "Errors", errors), null,
                series(errors, "*", "error", 31)));
        ManifestEntry compared = Regressions.compare(withNumbers(captured("errors", "Errors", errors), "max < 1",
                series(errors, "*", "error", 31)), baseline, "build #41");

        String html = page(ReportData.of(manifest(compared), Map.of(), baseline, Map.of(), "target/baseline",
                "target/baseline"));

        assertThat(overview(html)).contains(">31 errors</td>").contains("max &lt; 1 crossed")
                .doesNotContain("+0.0%").doesNotContain(REGRESSION_MARK);
        assertThat(html.substring(html.indexOf("<th>max (watched)</th>")))
                .contains("<strong style=\"color:#a94442\">max &lt; 1</strong>").doesNotContain("+0.0%");
    }

    @Test
    void shouldListEveryStatisticOfEverySeries() {
        ManifestEntry cpu = withNumbers(captured("cpu", "CPU", CPU), "avg +10%",
                series(CPU, "host:host-a", "%", 10, 20, 30, 40, 50),
                series(CPU, "host:host-b", "%", 1.5, 2.5));

        String html = page(new ReportData(manifest(Regressions.compare(cpu, null, null)), Map.of(), null, Map.of(),
                null));

        // host-a: points 5, min 10, avg 30, p50 30, p95 48, max 50, last 50 (avg watched: bold)
        assertThat(html.replace("\n", "")).contains("<td style=\"overflow-wrap:anywhere\">host:host-a</td>"
                + "<td style=\"text-align:right;white-space:nowrap\">5</td>"
                + "<td style=\"text-align:right;white-space:nowrap\">10%</td>"
                + "<td style=\"text-align:right;white-space:nowrap\"><strong>30%</strong></td>"
                + "<td style=\"text-align:right;white-space:nowrap\">30%</td>"
                + "<td style=\"text-align:right;white-space:nowrap\">48%</td>"
                + "<td style=\"text-align:right;white-space:nowrap\">50%</td>"
                + "<td style=\"text-align:right;white-space:nowrap\">50%</td>")
                .contains("<th>avg (watched)</th>")
                .contains(">2.5%</td>")
                .contains("no baseline for this graph")
                .doesNotContain("Regression");
    }

    @Test
    void shouldShowMissingDataAsSuchAndNeverAsARegression() {
        Manifest baseline = manifest(
                withNumbers(captured("cpu", "CPU", CPU), null, series(CPU, "host:host-a", "%", 10),
                        series(CPU, "host:host-z", "%", 10)));
        ManifestEntry cpu = withNumbers(captured("cpu", "CPU", CPU), "p95 +10%", series(CPU, "host:host-a", "%", 10));
        ManifestEntry fresh = withNumbers(captured("fresh", "Fresh graph", LATENCY), "p95 +10%",
                series(LATENCY, "service:checkout", "ms", 100));
        ManifestEntry quiet = captured("quiet", "Quiet graph", LATENCY).withThresholds(null)
                .withNumbers(List.of(new GraphQuery("metricQuery", LATENCY, null)), List.of(),
                        "Datadog's metrics query rate limit resets in 12 min, after the graph's timeout");
        ManifestEntry formulas = captured("formulas", "Formulas", null).withNumbers(List.of(
                new GraphQuery("graphDef.requests[0]", null, "it uses formulas and functions")), List.of(), null);

        String html = page(ReportData.of(manifest(cpu, fresh, quiet, formulas), Map.of(), baseline, Map.of(),
                "target/baseline", "target/baseline (captured up to 2024-05-01 10:05:08 UTC)"));

        assertThat(html).doesNotContain("Regression").doesNotContain(REGRESSION_MARK)
                .contains("No graph crossed its thresholds.")
                .contains(">Series gone</span>")
                .contains("host:host-z: in the baseline but not in this build")
                .contains(">New graph (not in the baseline)</span>")
                .contains(">No numbers</span>")
                .contains("The numbers are incomplete: Datadog's metrics query rate limit resets in 12 min")
                .contains("No numbers for graphDef.requests[0]: no plain query: it uses formulas and functions");
    }

    @Test
    void shouldShowTheComparisonTheCaptureRecordedRatherThanRecomputeIt() {
        Manifest recordedBaseline = manifest(latency(null, 100, 100));
        ManifestEntry recorded = Regressions.compare(latency("p95 +10%", 120, 120), recordedBaseline, "build #41");
        Manifest pageBaseline = manifest(latency(null, 119, 119));

        String html = page(ReportData.of(manifest(recorded), Map.of(), pageBaseline, Map.of(), "elsewhere",
                "elsewhere (captured up to 2024-05-01 10:05:08 UTC)"));

        assertThat(overview(html)).contains(">100 ms</td>").contains("+20.0% " + REGRESSION_MARK)
                .contains("compared with build #41.");
    }

    @Test
    void shouldCompareWithThePagesBaselineWhenTheCaptureHadNone() {
        ManifestEntry alone = Regressions.compare(latency("p95 +10%", 120, 120), null, null);
        Manifest pageBaseline = manifest(latency(null, 119, 119));

        String html = page(ReportData.of(manifest(alone), Map.of(), pageBaseline, Map.of(), "target/baseline",
                "target/baseline (captured up to 2024-05-01 10:05:08 UTC)"));

        assertThat(overview(html)).contains(">119 ms</td>").contains("+0.8%").contains(">OK</span>")
                .contains("compared with target/baseline (captured up to 2024-05-01 10:05:08 UTC).");
    }

    @Test
    void shouldSayWhenAPictureWasDrawnHere() {
        ManifestEntry local = latency(null, 120).drawnLocally("renderer local was asked for");

        String html = page(new ReportData(manifest(local), Map.of("latency", "datadog-snapshots/latency.png"), null,
                Map.of(), null));

        assertThat(html).contains("<em>Rendered locally from Datadog's numbers (renderer local was asked for).</em>");
    }

    @Test
    void shouldSayWhenABaselineHoldsNumbersOnly() {
        ManifestEntry e = latency(null, 100);
        ManifestEntry numbersOnly = new ManifestEntry(e.name(), e.title(), e.status(), null, e.metricQuery(), null,
                null, e.window(), null, null, null).withNumbers(e.queries(), e.series(), null);

        String html = page(ReportData.of(manifest(latency("p95 +10%", 120)), Map.of(), manifest(numbersOnly),
                Map.of(), "baseline", "baseline (captured up to 2024-05-01 10:05:08 UTC)"));

        assertThat(html).contains("The manifest names no image of this graph (its numbers only).")
                .contains("+20.0% " + REGRESSION_MARK);
    }

    @Test
    void shouldEscapeSeriesTextFromTheManifest() {
        String hostile = "avg:a{<script>x</script>}";
        ManifestEntry entry = withNumbers(captured("x", "X", hostile), "p95 +10%",
                series(hostile, "host:<b>", "<i>", 1));

        String html = page(new ReportData(manifest(Regressions.compare(entry, null, null)), Map.of(), null,
                Map.of(), null));

        assertThat(html).doesNotContain("<script>").doesNotContain("<b>").doesNotContain("<i>")
                .contains("host:&lt;b&gt;").contains("1 &lt;i&gt;");
    }

    @Test
    void shouldLeaveTheOverviewOutWhenNoGraphHasNumbers() {
        String html = page(new ReportData(manifest(captured("cpu", "CPU", CPU)), Map.of(), null, Map.of(), null));

        assertThat(html).doesNotContain("Overview").doesNotContain("(watched)");
    }
}

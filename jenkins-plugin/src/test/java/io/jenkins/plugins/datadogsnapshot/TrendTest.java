package io.jenkins.plugins.datadogsnapshot;

import static io.jenkins.plugins.datadogsnapshot.Entries.captured;
import static io.jenkins.plugins.datadogsnapshot.Entries.series;
import static io.jenkins.plugins.datadogsnapshot.Entries.withNumbers;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.datadogsnapshot.charts.Band;
import io.github.datadogsnapshot.charts.Line;
import io.github.datadogsnapshot.charts.LineChart;
import io.github.datadogsnapshot.client.manifest.Manifest;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.client.regression.SeriesStats;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class TrendTest {

    private static final String Q = "avg:latency{*}";
    private static final long HOUR = 3_600_000L;
    private static final long T0 = Instant.parse("2026-11-01T00:00:00Z").toEpochMilli();

    /** Build {@code n} started {@code n} hours after T0, with the given graphs. */
    private static Trend.BuildNumbers build(int n, ManifestEntry... graphs) {
        return new Trend.BuildNumbers(
                n,
                T0 + n * HOUR,
                Manifest.of(Instant.ofEpochMilli(T0 + n * HOUR + 60_000), "datadoghq.com", List.of(graphs)));
    }

    private static ManifestEntry latency(String thresholds, SeriesStats... series) {
        return withNumbers(captured("latency", "Latency"), thresholds, List.of(series), null, null);
    }

    private static SeriesStats host(String host, double value) {
        return series(Q, "host:" + host, "ms", value);
    }

    @Test
    void shouldDrawTheWatchedStatisticOfEachSeriesAtEachBuildsNumber() {
        List<Trend.BuildNumbers> newestFirst = List.of(
                build(3, latency("p95 +10%", host("a", 130), host("b", 90))),
                build(2, latency(null, host("a", 120))),
                build(1, latency(null, host("a", 110), host("b", 80))));

        Trend trend = Trend.of(newestFirst).get(0);

        assertThat(trend.getName()).isEqualTo("latency");
        assertThat(trend.getStatistic().label()).isEqualTo("p95");
        assertThat(trend.getBuilds()).extracting(Trend.BuildNumbers::number).containsExactly(1, 2, 3);
        assertThat(trend.getLines()).extracting(Line::label).containsExactly("host:a", "host:b");
        Line a = trend.getLines().get(0);
        assertThat(a.epochMillis()).as("x: the build numbers").containsExactly(1, 2, 3);
        assertThat(a.values()).containsExactly(110, 120, 130);
        assertThat(trend.getLines().get(1).values()[1])
                .as("build 2 has no host:b: a gap")
                .isNaN();
        assertThat(trend.getBuildRange()).isEqualTo("builds #1 – #3");
    }

    @Test
    void shouldWatchTheNewestBuildsFirstThresholdStatistic() {
        Trend trend = Trend.of(List.of(
                        build(2, latency("max < 500", series(Q, "*", "ms", 10.0, 400.0))),
                        build(1, latency(null, series(Q, "*", "ms", 10.0, 300.0)))))
                .get(0);

        assertThat(trend.getStatistic().label()).isEqualTo("max");
        assertThat(trend.getLines()).singleElement().extracting(Line::label).isEqualTo(Q);
        assertThat(trend.getLines().get(0).values()).containsExactly(300, 400);
    }

    @Test
    void shouldShowOnlyGraphsOfTheNewestBuildWithNumbersInTwoBuilds() {
        ManifestEntry cpuWithout = captured("cpu", "CPU");
        ManifestEntry errors = withNumbers(
                captured("errors", "Errors"), null, List.of(series("sum:errors{*}", "*", null, 1.0)), null, null);
        List<Trend.BuildNumbers> newestFirst = List.of(
                build(4, latency(null, host("a", 1)), cpuWithout, errors),
                build(3, captured("other", "no numbers at all")),
                build(
                        2,
                        latency(null, host("a", 2)),
                        withNumbers(captured("gone", "Gone"), null, List.of(host("a", 1)), null, null)),
                build(1, withNumbers(captured("gone", "Gone"), null, List.of(host("a", 1)), null, null)));

        List<Trend> trends = Trend.of(newestFirst);

        assertThat(trends)
                .extracting(Trend::getName)
                .as("errors has numbers in one build only; gone is not in the newest")
                .containsExactly("latency");
        assertThat(trends.get(0).getBuilds())
                .extracting(Trend.BuildNumbers::number)
                .containsExactly(2, 4);
        assertThat(Trend.of(List.of())).isEmpty();
        assertThat(Trend.of(List.of(build(1, captured("cpu", "CPU")), build(2, captured("cpu", "CPU")))))
                .isEmpty();
    }

    @Test
    void shouldUseTheNewestTwentyBuildsWithNumbers() {
        List<Trend.BuildNumbers> newestFirst = new ArrayList<>();
        for (int n = 30; n >= 1; n--) {
            newestFirst.add(build(n, latency(null, host("a", n))));
        }

        Trend trend = Trend.of(newestFirst).get(0);

        assertThat(trend.getBuilds()).hasSize(Trend.MAX_BUILDS);
        assertThat(trend.getBuilds().get(0).number()).isEqualTo(11);
        assertThat(trend.getBuildRange()).isEqualTo("builds #11 – #30");
    }

    @Test
    void shouldDrawAtMostEightLinesTheNewestBuildsFirstAndCountTheRest() {
        SeriesStats[] newest =
                IntStream.range(0, 10).mapToObj(i -> host("n" + i, i)).toArray(SeriesStats[]::new);

        Trend trend = Trend.of(List.of(build(2, latency(null, newest)), build(1, latency(null, host("old", 1)))))
                .get(0);

        assertThat(trend.getLines()).hasSize(Trend.MAX_LINES);
        assertThat(trend.getLines().get(0).label()).isEqualTo("host:n0");
        assertThat(trend.getSeriesLeftOut()).isEqualTo(3);
    }

    @Test
    void shouldNameTheQueryInTheLegendWhenTheGraphHasSeveral() {
        ManifestEntry two = latency(null, host("a", 1), series("avg:other{*}", "host:a", "ms", 2.0));

        Trend trend = Trend.of(List.of(build(2, two), build(1, two))).get(0);

        assertThat(trend.getLines()).extracting(Line::label).containsExactly(Q + " host:a", "avg:other{*} host:a");
    }

    @Test
    void shouldMarkTheBuildsThatCrossedTheThresholdsAndDescribeTheChart() {
        Trend trend = Trend.of(List.of(
                        build(3, latency("max < 100", host("a", 150))),
                        build(2, latency("max < 100", host("a", 50))),
                        build(1, latency("max < 100", host("a", 120)))))
                .get(0);

        LineChart chart = trend.chart(Trend.WIDTH, Trend.HEIGHT);

        assertThat(trend.getRegressed()).containsExactly(1, 3);
        assertThat(chart.bands()).extracting(Band::startMillis).containsExactly(1L, 3L);
        assertThat(chart.title()).isEqualTo("Latency: max per build (ms)");
        assertThat(chart.mark()).isEqualTo("builds #1 – #3");
        assertThat(chart.xAxis()).isEqualTo(LineChart.XAxis.BUILD_NUMBER);
        assertThat(chart.startMillis())
                .as("the axis spans exactly the builds shown")
                .isEqualTo(1);
        assertThat(chart.endMillis()).isEqualTo(3);
        assertThat(chart.width()).isEqualTo(600);
    }

    @Test
    void shouldFitTheAxisToTheBuildsShownAndOrderThemByNumber() {
        // builds #7 and #9 hours apart, #8 without numbers, #9 started before #7 finished (a concurrent build)
        Trend trend = Trend.of(List.of(
                        new Trend.BuildNumbers(
                                9,
                                T0 + HOUR,
                                build(9, latency(null, host("a", 3))).manifest()),
                        build(7, latency(null, host("a", 1)))))
                .get(0);

        LineChart chart = trend.chart(Trend.WIDTH, Trend.HEIGHT);

        assertThat(trend.getBuilds()).extracting(Trend.BuildNumbers::number).containsExactly(7, 9);
        assertThat(trend.getLines().get(0).epochMillis()).containsExactly(7, 9);
        assertThat(trend.getLines().get(0).values()).containsExactly(1, 3);
        assertThat(chart.startMillis()).isEqualTo(7);
        assertThat(chart.endMillis()).isEqualTo(9);
    }

    @Test
    void shouldChangeItsSignatureOnlyWhenTheBuildsOrTheirManifestsChange() {
        Trend.BuildNumbers one = build(1, latency(null, host("a", 1)));
        Trend.BuildNumbers two = build(2, latency(null, host("a", 2)));
        Trend.BuildNumbers twoAgain = new Trend.BuildNumbers(
                2,
                two.startMillis(),
                Manifest.of(
                        two.manifest().updatedAt().plusSeconds(5),
                        "datadoghq.com",
                        two.manifest().graphs()));
        Trend.BuildNumbers three = build(3, latency(null, host("a", 3)));

        String signature = Trend.of(List.of(two, one)).get(0).signature();

        assertThat(Trend.of(List.of(two, one)).get(0).signature()).isEqualTo(signature);
        assertThat(Trend.of(List.of(twoAgain, one)).get(0).signature()).isNotEqualTo(signature);
        assertThat(Trend.of(List.of(three, two, one)).get(0).signature()).isNotEqualTo(signature);
        assertThat(Trend.of(List.of(two, one)).get(0).lastModified()).isEqualTo(T0 + 2 * HOUR + 60_000);
    }

    @Test
    void shouldDrawAPngOfTheTrendsSize() throws Exception {
        Trend trend = Trend.of(List.of(
                        build(2, latency("max < 100", host("a", 150), host("b", 90))),
                        build(1, latency(null, host("a", 120), host("b", 80)))))
                .get(0);

        byte[] png = LocalCharts.renderer().render(trend.chart(Trend.WIDTH, Trend.HEIGHT));

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(Trend.WIDTH);
        assertThat(image.getHeight()).isEqualTo(Trend.HEIGHT);
    }

    @Test
    void shouldDescribeTheTrendInWords() {
        Trend trend = Trend.of(List.of(
                        build(2, latency("max < 100", host("a", 150))), build(1, latency("max < 100", host("a", 50)))))
                .get(0);

        TrendView view = new TrendView(trend, "job/perf/datadog-snapshots/trend/");

        assertThat(view.getImageUrl()).isEqualTo("job/perf/datadog-snapshots/trend/latency.png");
        assertThat(view.getTitle()).isEqualTo("Latency");
        assertThat(view.getDescription())
                .isEqualTo("max of each series, by build number, builds #1 – #2"
                        + " (2 builds with numbers); marked: builds that crossed the thresholds (#2)");
    }
}

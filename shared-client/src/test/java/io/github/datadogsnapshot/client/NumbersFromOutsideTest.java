package io.github.datadogsnapshot.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.datadogsnapshot.client.format.Decimals;
import io.github.datadogsnapshot.client.manifest.Manifest;
import io.github.datadogsnapshot.client.manifest.Manifests;
import io.github.datadogsnapshot.client.regression.Comparison;
import io.github.datadogsnapshot.client.regression.Figures;
import io.github.datadogsnapshot.client.regression.MetricSeries;
import io.github.datadogsnapshot.client.regression.SeriesStats;
import io.github.datadogsnapshot.client.regression.Threshold;
import io.github.datadogsnapshot.client.regression.Verdict;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Statistics, comparisons, thresholds and manifests of numbers as Datadog or a hand-edited baseline may hold them:
 * NaN, infinities, values near the largest and smallest doubles, points out of time order. Nothing throws; finite
 * inputs give finite statistics; what cannot be compared says so.
 */
class NumbersFromOutsideTest {

    static final String QUERY = "avg:a{*}";

    static SeriesStats stats(Double... values) {
        return SeriesStats.of(QUERY, "*", "ms", Arrays.asList(values));
    }

    @Test
    void shouldLeaveValuesThatAreNotFiniteNumbersOutOfTheStatistics() {
        SeriesStats stats = stats(1.0, Double.POSITIVE_INFINITY, Double.NaN, null, 3.0, Double.NEGATIVE_INFINITY);

        assertThat(stats.points()).isEqualTo(2);
        assertThat(stats.avg()).isEqualTo(2.0);
        assertThat(stats.last()).isEqualTo(3.0);
        assertThat(stats(Double.NaN, Double.POSITIVE_INFINITY).hasNumbers()).isFalse();
    }

    @Test
    void shouldNotOverflowTheMeanOfValuesNearTheLargestDouble() {
        assertThat(stats(1.7e308, 1.7e308, 1.7e308).avg()).isEqualTo(1.7e308);
        assertThat(stats(-Double.MAX_VALUE, -Double.MAX_VALUE).avg()).isEqualTo(-Double.MAX_VALUE);
        SeriesStats wide = stats(-Double.MAX_VALUE, Double.MAX_VALUE);
        assertThat(wide.p50()).as("interpolated between the two without overflowing").isEqualTo(0.0);
        assertThat(wide.p95()).isFinite();
        assertThat(wide.avg()).isEqualTo(0.0);
        assertThat(stats(1e-308, 1e-308, 1e-308).avg()).isEqualTo(1e-308);
        assertThat(stats(Double.MIN_VALUE, Double.MIN_VALUE).avg()).isEqualTo(Double.MIN_VALUE);
    }

    @Test
    void shouldGiveFiniteOrderedStatisticsForAnyFiniteValues() {
        Random random = new Random(14);
        double[] extremes = {Double.MAX_VALUE, -Double.MAX_VALUE, 1.7e308, -1.7e308, 1e-308, -1e-308,
                Double.MIN_VALUE, 0.0, -0.0, 1e300, 42.0};
        for (int run = 0; run < 2000; run++) {
            List<Double> values = new ArrayList<>();
            int n = 1 + random.nextInt(50);
            for (int i = 0; i < n; i++) {
                values.add(random.nextInt(3) == 0 ? extremes[random.nextInt(extremes.length)]
                        : (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(617) - 308));
            }
            SeriesStats s = SeriesStats.of(QUERY, "*", null, values);
            String seen = "seed 14, run " + run + ": " + values;
            for (Double value : List.of(s.min(), s.avg(), s.p50(), s.p95(), s.max(), s.last())) {
                assertThat(value).as(seen).isFinite();
            }
            assertThat(s.min()).as(seen).isLessThanOrEqualTo(s.p50());
            assertThat(s.p50()).as(seen).isLessThanOrEqualTo(s.p95());
            assertThat(s.p95()).as(seen).isLessThanOrEqualTo(s.max());
            assertThat(s.avg()).as(seen).isBetween(s.min(), s.max());
        }
    }

    @Test
    void shouldTakeTheLatestPointAsLastWhateverTheOrderOfTheAnswer() {
        MetricSeries reversed = new MetricSeries(QUERY, 0, "a", null, "*", List.of(), "ms", 10, List.of(
                new MetricSeries.Point(3000, 30.0), new MetricSeries.Point(2000, 20.0),
                new MetricSeries.Point(1000, 10.0), new MetricSeries.Point(4000, null)));
        MetricSeries repeated = new MetricSeries(QUERY, 0, "a", null, "*", List.of(), "ms", 10, List.of(
                new MetricSeries.Point(1000, 10.0), new MetricSeries.Point(2000, 20.0),
                new MetricSeries.Point(2000, 25.0), new MetricSeries.Point(1500, 15.0)));

        assertThat(SeriesStats.of(reversed).last()).isEqualTo(30.0);
        assertThat(SeriesStats.of(repeated).last()).as("of two points stating one time, the later in the answer")
                .isEqualTo(25.0);
        assertThat(SeriesStats.of(repeated).points()).isEqualTo(4);
    }

    @Test
    void shouldCallABaselineOrBuildWhoseStatisticIsNotAFiniteNumberNotComparable() {
        SeriesStats current = stats(120.0);
        SeriesStats broken = new SeriesStats(QUERY, "*", "ms", 1, 1.0, Double.POSITIVE_INFINITY, 1.0, 1.0, 1.0, 1.0);
        SeriesStats nan = new SeriesStats(QUERY, "*", "ms", 1, 1.0, Double.NaN, 1.0, 1.0, 1.0, 1.0);

        Comparison withBaseline = Comparison.of("g", Threshold.parseAll("avg +10%", "t"), List.of(current),
                List.of(broken));
        Comparison ofBuild = Comparison.of("g", Threshold.parseAll("avg < 800", "t"), List.of(nan), null);

        assertThat(withBaseline.verdict()).isEqualTo(Verdict.NOT_COMPARABLE);
        assertThat(withBaseline.series().get(0).reason()).isEqualTo("the baseline's avg is Infinity, not a finite number");
        assertThat(ofBuild.verdict()).isEqualTo(Verdict.NOT_COMPARABLE);
        assertThat(ofBuild.series().get(0).reason()).isEqualTo("this build's avg is NaN, not a finite number");
    }

    @Test
    void shouldCompareHugeValuesWithoutOverflowingTheChange() {
        Comparison c = Comparison.of("g", Threshold.parseAll("max +10%", "t"), List.of(stats(Double.MAX_VALUE)),
                List.of(stats(-Double.MAX_VALUE)));

        assertThat(c.verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(c.series().get(0).changePercent()).isEqualTo(200.0);
        assertThat(Comparison.changePercent(1e308, 1e-308)).as("beyond a double: no change stated").isNull();
    }

    @Test
    void shouldWriteHugeAndTinyValuesWithAPowerOfTen() {
        assertThat(Figures.value(1.7e308, "ms")).isEqualTo("1.7e308 ms");
        assertThat(Figures.value(-1e-308, null)).isEqualTo("-1e-308");
        assertThat(Figures.value(123456.789, "ms")).isEqualTo("123457 ms");
        assertThat(Figures.value(0.00042, "%")).isEqualTo("0.00042%");
        assertThat(Figures.percent(1.5e300)).isEqualTo("+1.5e300%");
        assertThat(Figures.percent(16.66)).isEqualTo("+16.7%");
        assertThat(Decimals.text(Double.NaN, 4)).isEqualTo("NaN");
        assertThat(Decimals.text(0.0, 4)).isEqualTo("0");
    }

    @Test
    void shouldRefuseThresholdsOfSeparatorsOnlyNamingTheField() {
        assertThatThrownBy(() -> Threshold.parseAll(";;", "datadog.thresholds"))
                .hasMessageStartingWith("datadog.thresholds: ';;' holds no threshold");
        assertThat(Threshold.parseAll("p95 +10%;;", "t")).hasSize(1);
        assertThat(Threshold.parseAll("  ", "t")).isEmpty();
    }

    static Manifest read(String json) throws IOException {
        return Manifests.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), "snapshots.json");
    }

    @Test
    void shouldSayWhatIsWrongWithASchemaVersion() {
        assertThatThrownBy(() -> read("{\"schemaVersion\":\"2\",\"graphs\":[]}"))
                .hasMessage("snapshots.json has schemaVersion \"2\", which is not a number; a datadog-snapshot manifest"
                        + " has a whole number there (2 for this version): was the file edited by hand?");
        assertThatThrownBy(() -> read("{\"schemaVersion\":1e30,\"graphs\":[]}"))
                .isInstanceOf(Manifests.NewerVersionException.class).hasMessageContaining("schema version 1e30");
        assertThatThrownBy(() -> read("{\"schemaVersion\":1e309,\"graphs\":[]}"))
                .isInstanceOf(Manifests.NewerVersionException.class);
        assertThatThrownBy(() -> read("{\"schemaVersion\":-1,\"graphs\":[]}"))
                .hasMessageContaining("schemaVersion -1, which no datadog-snapshot writes (they write 1 to 2)");
        assertThatThrownBy(() -> read("{\"schemaVersion\":1.5,\"graphs\":[]}"))
                .hasMessageContaining("schemaVersion 1.5, which no datadog-snapshot writes");
        assertThatThrownBy(() -> read("{\"graphs\":[]}")).hasMessageContaining("(no schemaVersion)");
    }

    @Test
    void shouldReadNonFiniteStatisticsOfABaselineAndNameDuplicateGraphs() throws IOException {
        Manifest manifest = read("{\"schemaVersion\":2,\"graphs\":["
                + "{\"name\":\"a\",\"status\":\"CAPTURED\",\"series\":[{\"query\":\"q\",\"scope\":\"*\",\"points\":1,"
                + "\"min\":1,\"avg\":\"Infinity\",\"p50\":\"NaN\",\"p95\":1e309,\"max\":1,\"last\":1}]},"
                + "{\"name\":\"a\",\"status\":\"FAILED\"},{\"name\":\"b\",\"status\":\"FAILED\"}]}");

        assertThat(manifest.graphs().get(0).series().get(0).avg()).isInfinite();
        assertThat(manifest.duplicateNames()).containsExactly("a");
        assertThat(Manifest.of(Instant.EPOCH, "x", List.of()).duplicateNames()).isEmpty();
    }
}

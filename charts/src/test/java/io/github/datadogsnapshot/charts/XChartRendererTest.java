package io.github.datadogsnapshot.charts;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class XChartRendererTest {

    static final long START = 1_699_996_400_000L;
    static final long END = 1_700_000_000_000L;
    static final int FIRST_LINE_COLOUR = 0x632CA6;
    static final int SECOND_LINE_COLOUR = 0x3A8DDE;

    final XChartRenderer renderer = new XChartRenderer();

    /** A flat line at {@code value} with 301 points over the hour; {@code NaN} from {@code gapFrom} to {@code gapTo}. */
    static Line flat(String label, double value, double gapFrom, double gapTo) {
        long[] times = new long[301];
        double[] values = new double[301];
        for (int i = 0; i < times.length; i++) {
            times[i] = START + (END - START) * i / 300;
            double u = i / 300.0;
            values[i] = u >= gapFrom && u <= gapTo ? Double.NaN : value;
        }
        return new Line(label, times, values);
    }

    static LineChart chart(int width, int height, List<Line> lines, List<Band> bands, String mark) {
        return new LineChart("Checkout latency", width, height, START, END, lines, bands, mark);
    }

    @Test
    void shouldRenderImageOfRequestedSize() {
        byte[] png = renderer.render(new LineChart("A very long title that cannot possibly fit in three hundred pixels",
                300, 150, START, END, List.of(flat("avg:a{*}", 10, 2, 2), flat("avg:b{*}", 20, 2, 2)), List.of(), null));

        BufferedImage image = Images.decode(png);
        assertThat(image.getWidth()).isEqualTo(300);
        assertThat(image.getHeight()).isEqualTo(150);
    }

    @Test
    void shouldDrawABuildAxisAcrossTheWholePlot() {
        Line builds = new Line("p95", new long[] {7, 8, 9, 10}, new double[] {50, 50, 50, 50});
        BufferedImage image = Images.decode(renderer.render(new LineChart("Trend", 600, 300, 7, 10, List.of(builds),
                List.of(), null, LineChart.XAxis.BUILD_NUMBER)));

        // the line spans the axis from #7 to #10: it is near both edges of the plot, not only in its middle
        assertThat(Images.countInColumn(image, 600 * 12 / 100, FIRST_LINE_COLOUR, 40)).as("near the left").isPositive();
        assertThat(Images.countInColumn(image, 600 * 90 / 100, FIRST_LINE_COLOUR, 40)).as("near the right").isPositive();
    }

    @Test
    void shouldLabelTheBuildAxisWithWholeBuildNumbersOnly() {
        assertThat(XChartRenderer.buildTick(12.0)).isEqualTo("#12");
        assertThat(XChartRenderer.buildTick(12.5)).isEmpty();
    }

    @Test
    void shouldKeepTheTimeAxisByDefault() {
        assertThat(chart(10, 10, List.of(), List.of(), null).xAxis()).isEqualTo(LineChart.XAxis.TIME);
        assertThat(chart(10, 10, List.of(), List.of(), "m").xAxis()).isEqualTo(LineChart.XAxis.TIME);
    }

    @Test
    void shouldGiveSameBytesForSameChart() {
        LineChart chart = chart(800, 400, List.of(flat("avg:a{*}", 10, 2, 2)), List.of(Band.at(START + 600_000, "x")), "m");

        assertThat(renderer.render(chart)).isEqualTo(renderer.render(chart));
    }

    @Test
    void shouldInterruptLineWhereValuesAreMissing() {
        BufferedImage image = Images.decode(renderer.render(
                chart(800, 400, List.of(flat("avg:a{*}", 50, 0.4, 0.6)), List.of(), null)));

        // The plot spans most of the width; these columns lie well inside the first sixth, the gap and the last sixth.
        assertThat(Images.countInColumn(image, 800 * 15 / 100, FIRST_LINE_COLOUR, 40)).as("before the gap").isPositive();
        assertThat(Images.countInColumn(image, 800 / 2, FIRST_LINE_COLOUR, 40)).as("in the gap").isZero();
        assertThat(Images.countInColumn(image, 800 * 90 / 100, FIRST_LINE_COLOUR, 40)).as("after the gap").isPositive();
    }

    @Test
    void shouldDrawInstantEventAsNarrowBandAtItsTime() {
        List<Line> lines = List.of(flat("avg:a{*}", 50, 2, 2));
        BufferedImage plain = Images.decode(renderer.render(chart(800, 400, lines, List.of(), null)));
        BufferedImage withEvent = Images.decode(renderer.render(
                chart(800, 400, lines, List.of(Band.at(START + (END - START) / 2, "deploy")), null)));

        int[] columns = Images.differingColumns(plain, withEvent);
        assertThat(columns[0]).as("a band was drawn").isNotNegative();
        assertThat(columns[1] - columns[0] + 1).as("band width in pixels").isBetween(EventBand.MIN_PIXELS, 20);
        double centre = (columns[0] + columns[1]) / 2.0 / 800;
        assertThat(centre).as("centre of the band, as a fraction of the width").isBetween(0.45, 0.58);
    }

    @Test
    void shouldDrawBandOverItsWholeStretch() {
        List<Line> lines = List.of(flat("avg:a{*}", 50, 2, 2));
        BufferedImage plain = Images.decode(renderer.render(chart(800, 400, lines, List.of(), null)));
        long quarter = (END - START) / 4;
        BufferedImage withBand = Images.decode(renderer.render(
                chart(800, 400, lines, List.of(new Band(START + quarter, START + 2 * quarter, "load test")), null)));

        int[] columns = Images.differingColumns(plain, withBand);
        assertThat(columns[1] - columns[0] + 1).as("a quarter of the plot").isBetween(800 / 4 - 40, 800 / 4 + 10);
    }

    @Test
    void shouldDrawMarkInTopRightCornerOfPlot() {
        List<Line> lines = List.of(flat("avg:a{*}", 50, 2, 2));
        BufferedImage plain = Images.decode(renderer.render(chart(800, 400, lines, List.of(), null)));
        BufferedImage marked = Images.decode(renderer.render(
                chart(800, 400, lines, List.of(), "rendered locally from Datadog's numbers")));

        int[] columns = Images.differingColumns(plain, marked);
        int[] rows = Images.differingRows(plain, marked);
        assertThat(columns[0]).as("left edge of the note").isBetween(400, 780);
        assertThat(columns[1]).as("right edge of the note").isBetween(760, 799);
        assertThat(rows[0]).as("top of the note").isBetween(20, 80);
        assertThat(rows[1] - rows[0]).as("one line of text").isBetween(10, 30);
        int dark = 0;
        for (int x = columns[0]; x <= columns[1]; x++) {
            dark += Images.countInColumn(marked, x, MarkNote.TEXT.getRGB() & 0xffffff, 40);
        }
        assertThat(dark).as("text pixels in the note").isGreaterThan(50);
    }

    @Test
    void shouldKeepMarkOnSmallImages() {
        List<Line> lines = List.of(flat("avg:a{*}", 50, 2, 2));
        BufferedImage plain = Images.decode(renderer.render(chart(200, 100, lines, List.of(), null)));
        BufferedImage marked = Images.decode(renderer.render(
                chart(200, 100, lines, List.of(), "rendered locally from Datadog's numbers")));

        assertThat(Images.differingColumns(plain, marked)[0]).as("the note, shortened").isNotNegative();
    }

    @Test
    void shouldKeepLegendEntryOfLineWithoutPointsAndOfRepeatedLabels() {
        List<Line> one = List.of(flat("avg:a{*}", 50, 2, 2));
        List<Line> more = List.of(flat("avg:a{*}", 50, 2, 2), new Line("avg:a{*}", new long[0], new double[0]),
                new Line("empty", new long[0], new double[0]));
        BufferedImage plain = Images.decode(renderer.render(chart(800, 400, one, List.of(), null)));
        BufferedImage withEmpty = Images.decode(renderer.render(chart(800, 400, more, List.of(), null)));

        int legendEntries = 0;
        for (int x = 0; x < 800; x++) {
            legendEntries += Images.countInColumn(withEmpty, x, SECOND_LINE_COLOUR, 30)
                    - Images.countInColumn(plain, x, SECOND_LINE_COLOUR, 30);
        }
        assertThat(legendEntries).as("the second line's legend entry").isPositive();
        assertThat(Images.differingRows(plain, withEmpty)[1]).as("the legend below the plot").isGreaterThan(360);
    }

    @Test
    void shouldRenderChartWithoutLinesOrTitle() {
        byte[] png = renderer.render(new LineChart("", 400, 200, START, END, List.of(), List.of(Band.at(START, null)), null));

        assertThat(Images.decode(png).getWidth()).isEqualTo(400);
    }

    @Test
    void shouldLeaveHeadRoomAndShowZero() {
        assertThat(XChartRenderer.valueRange(0, 100)).containsExactly(-0.55, 110.00000000000001);
        assertThat(XChartRenderer.valueRange(0, 0)).containsExactly(-0.005, 1.0);
        assertThat(XChartRenderer.valueRange(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY))
                .containsExactly(-0.005, 1.0);
        assertThat(XChartRenderer.valueRange(-10, 10)).containsExactly(-11.0, 12.0);
        assertThat(XChartRenderer.valueRange(-10, -5)).containsExactly(-10.5, 1.0);
    }

    @Test
    void shouldFormatAxisNumbersCompactly() {
        assertThat(ChartText.compactNumber(0)).isEqualTo("0");
        assertThat(ChartText.compactNumber(-0.001)).isEqualTo("0");
        assertThat(ChartText.compactNumber(12.5)).isEqualTo("12.5");
        assertThat(ChartText.compactNumber(1500)).isEqualTo("1.5k");
        assertThat(ChartText.compactNumber(-2500)).isEqualTo("-2.5k");
        assertThat(ChartText.compactNumber(2_000_000)).isEqualTo("2M");
        assertThat(ChartText.compactNumber(3.25e9)).isEqualTo("3.25G");
        assertThat(ChartText.shorten("abcdef", 4)).isEqualTo("abc\u2026");
        assertThat(ChartText.shorten("  a \n b ", 10)).isEqualTo("a b");
    }

    @Test
    void shouldLabelSeveralLinesByWhatTellsThemApart() {
        assertThat(ChartText.distinctive(java.util.List.of("p95:latency{service:shop,host:host-a}",
                "p95:latency{service:shop,host:host-b}"))).containsExactly("host:host-a", "host:host-b");
        assertThat(ChartText.distinctive(java.util.List.of("avg:system.cpu.user{*}", "avg:system.cpu.system{*}")))
                .containsExactly("avg:system.cpu.user", "avg:system.cpu.system");
        assertThat(ChartText.distinctive(java.util.List.of("avg:a{x:1}", "avg:a{x:1}")))
                .as("nothing tells them apart: whole labels").containsExactly("avg:a{x:1}", "avg:a{x:1}");
        assertThat(ChartText.distinctive(java.util.List.of("avg:a{x:1,y:2}", "avg:a{x:1}")))
                .containsExactly("y:2", "avg:a{x:1}");
        assertThat(ChartText.distinctive(java.util.List.of("avg:a{*}"))).containsExactly("avg:a{*}");
    }
}

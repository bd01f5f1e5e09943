package io.github.datadogsnapshot.charts;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TimeZone;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.XYChart;
import org.knowm.xchart.XYChartBuilder;
import org.knowm.xchart.XYSeries;
import org.knowm.xchart.style.Styler.LegendLayout;
import org.knowm.xchart.style.Styler.LegendPosition;
import org.knowm.xchart.style.XYStyler;
import org.knowm.xchart.style.markers.SeriesMarkers;

/**
 * Draws a {@link LineChart} with XChart in a style close to Datadog's snapshots: white background, light
 * horizontal grid, a UTC time axis spanning exactly the chart's range, compact numbers on the value axis
 * ({@code 1.5k}), one coloured line per series with its label in a legend below the plot, translucent orange
 * event bands, and the mark, if any, in a framed box in the top right corner of the plot.
 *
 * <p>Images lower than 220 pixels leave out the legend and the axis title to keep room for the lines. Stateless
 * and thread-safe. Needs {@code org.knowm.xchart:xchart} on the class path (an optional dependency of this module)
 * and sets {@code java.awt.headless=true} unless it was set otherwise, since build machines have no display.
 */
public final class XChartRenderer implements ChartRenderer {

    static {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
    }

    private static final Color[] PALETTE = {
        new Color(0x632CA6), new Color(0x3A8DDE), new Color(0xE8743B), new Color(0x19A979),
        new Color(0xD64550), new Color(0x945ECF), new Color(0x13A4B4), new Color(0xBF399E),
    };
    private static final Color TEXT = new Color(0x33, 0x33, 0x33);
    private static final Color GRID = new Color(0xE8, 0xE8, 0xE8);
    /** Legend entries longer than this are shortened with an ellipsis. */
    static final int LEGEND_TEXT_MAX = 60;
    /** Images at least this high get a legend and the axis title. */
    static final int ROOMY_HEIGHT = 220;

    /** A renderer; it holds no state, one instance may serve every thread. */
    public XChartRenderer() {
    }

    @Override
    public byte[] render(LineChart chart) {
        XYChart xy = new XYChartBuilder().width(chart.width()).height(chart.height()).build();
        style(xy, chart);
        Set<String> names = new HashSet<>();
        List<String> labels = ChartText.distinctive(chart.lines().stream().map(Line::label).toList());
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int index = 0; index < chart.lines().size(); index++) {
            Line line = chart.lines().get(index);
            long[] times = line.epochMillis();
            double[] values = line.values();
            List<Object> x = new ArrayList<>(Math.max(1, times.length));
            List<Double> y = new ArrayList<>(Math.max(1, values.length));
            for (int i = 0; i < times.length; i++) {
                x.add(xValue(chart, times[i]));
                y.add(values[i]);
                if (!Double.isNaN(values[i])) {
                    min = Math.min(min, values[i]);
                    max = Math.max(max, values[i]);
                }
            }
            if (x.isEmpty()) {
                // XChart needs a point; a point without data keeps the legend entry and draws nothing.
                x.add(xValue(chart, chart.startMillis()));
                y.add(Double.NaN);
            }
            XYSeries series = xy.addSeries(uniqueName(ChartText.shorten(labels.get(index), LEGEND_TEXT_MAX), names), x, y);
            series.setMarker(SeriesMarkers.NONE);
            series.setLineWidth(1.6f);
        }
        double[] range = valueRange(min, max);
        xy.getStyler().setYAxisMin(range[0]);
        xy.getStyler().setYAxisMax(range[1]);
        for (Band band : chart.bands()) {
            xy.addAnnotation(new EventBand(band.startMillis(), band.endMillis()));
        }
        if (chart.mark() != null) {
            xy.addAnnotation(new MarkNote(chart.mark()));
        }
        try {
            return BitmapEncoder.getBitmapBytes(xy, BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode the chart as PNG", e);
        }
    }

    /** A point's x: a date on a time axis (XChart then draws a time axis), the build number itself otherwise. */
    private static Object xValue(LineChart chart, long x) {
        return chart.xAxis() == LineChart.XAxis.TIME ? new Date(x) : (Object) Double.valueOf(x);
    }

    /** A tick of the build axis: {@code #12} at whole numbers, nothing between them. */
    static String buildTick(double x) {
        return x == Math.rint(x) ? "#" + (long) x : "";
    }

    /**
     * The value axis: the plot has no padding (so that the time axis is exactly the range), so leave head room
     * above the highest value; for values that are never negative start just below zero so that the 0 tick is
     * still drawn; with negative values leave room below too.
     */
    static double[] valueRange(double min, double max) {
        if (min > max) {
            return new double[] {-0.005, 1.0}; // no data at all
        }
        if (min >= 0) {
            double top = max > 0 ? max * 1.1 : 1.0;
            return new double[] {-top * 0.005, top};
        }
        double span = Math.max(max, 0) - min;
        return new double[] {min - span * 0.05, Math.max(max, 0) + span * 0.1};
    }

    private static void style(XYChart chart, LineChart spec) {
        chart.setTitle(ChartText.shorten(spec.title(), Math.max(10, spec.width() / 9)));
        XYStyler styler = chart.getStyler();
        styler.setTimezone(TimeZone.getTimeZone(ZoneOffset.UTC));
        styler.setLocale(Locale.ROOT);
        styler.setXAxisMin((double) spec.startMillis());
        styler.setXAxisMax((double) spec.endMillis());
        styler.setyAxisTickLabelsFormattingFunction(ChartText::compactNumber);
        styler.setAntiAlias(true);
        styler.setChartBackgroundColor(Color.WHITE);
        styler.setPlotBackgroundColor(Color.WHITE);
        styler.setPlotBorderVisible(false);
        styler.setPlotGridVerticalLinesVisible(false);
        styler.setPlotGridLinesColor(GRID);
        styler.setPlotGridLinesStroke(new BasicStroke(1f));
        styler.setAxisTicksLineVisible(false);
        styler.setAxisTickMarksColor(GRID);
        styler.setChartFontColor(TEXT);
        styler.setAxisTickLabelsColor(TEXT);
        styler.setChartTitleFont(new Font(Font.SANS_SERIF, Font.BOLD, 13));
        styler.setChartTitleBoxVisible(false);
        styler.setChartTitleVisible(!spec.title().isBlank());
        styler.setAxisTickLabelsFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        styler.setLegendFont(new Font(Font.SANS_SERIF, Font.PLAIN, 11));
        styler.setLegendPosition(LegendPosition.OutsideS);
        styler.setLegendLayout(LegendLayout.Horizontal);
        styler.setLegendBorderColor(Color.WHITE);
        styler.setLegendBackgroundColor(Color.WHITE);
        styler.setSeriesColors(PALETTE);
        styler.setChartPadding(10);
        styler.setPlotMargin(0);
        styler.setPlotContentSize(1.0);
        boolean builds = spec.xAxis() == LineChart.XAxis.BUILD_NUMBER;
        if (builds) {
            styler.setxAxisTickLabelsFormattingFunction(XChartRenderer::buildTick);
        }
        chart.setXAxisTitle(builds ? "Build" : "UTC");
        styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        styler.setYAxisTitleVisible(false);
        styler.setAxisTitlePadding(3);
        boolean roomy = spec.height() >= ROOMY_HEIGHT;
        styler.setLegendVisible(roomy && !spec.lines().isEmpty());
        styler.setXAxisTitleVisible(roomy);
    }

    private static String uniqueName(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = name + " (" + n + ")";
        }
        return candidate;
    }
}

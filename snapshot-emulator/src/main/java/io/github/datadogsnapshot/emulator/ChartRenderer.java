package io.github.datadogsnapshot.emulator;

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
import java.util.Random;
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

/** Draws the PNG of a snapshot: a time-series line chart of synthetic data, with event bands. */
final class ChartRenderer {

    static {
        // The emulator runs on build machines without a display.
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
    private static final int LEGEND_TEXT_MAX = 60;

    private ChartRenderer() {}

    /** The PNG bytes of the chart for this request. */
    static byte[] render(SnapshotRequest request) {
        XYChart chart = new XYChartBuilder().width(request.width()).height(request.height()).build();
        style(chart, request);
        long startMillis = request.start() * 1000;
        long endMillis = request.end() * 1000;
        int points = SyntheticSeries.pointCount(request.end() - request.start());
        List<Date> times = new ArrayList<>(points);
        for (int i = 0; i < points; i++) {
            times.add(new Date(startMillis + (endMillis - startMillis) * i / (points - 1)));
        }
        Set<String> names = new HashSet<>();
        double max = 0;
        for (String query : request.queries()) {
            List<Double> values = new ArrayList<>(points);
            for (double value : SyntheticSeries.values(query, points)) {
                values.add(value);
                max = Math.max(max, value);
            }
            XYSeries series = chart.addSeries(uniqueName(shorten(query, LEGEND_TEXT_MAX), names), times, values);
            series.setMarker(SeriesMarkers.NONE);
            series.setLineWidth(1.6f);
        }
        // The plot has no padding (so the x axis is exactly the window): leave head room above the
        // highest line, and start just below zero so that the 0 tick is still drawn.
        double top = max > 0 ? max * 1.1 : 1.0;
        chart.getStyler().setYAxisMax(top);
        chart.getStyler().setYAxisMin(-top * 0.005);
        if (request.events()) {
            addEventBands(chart, request, startMillis, endMillis);
        }
        try {
            return BitmapEncoder.getBitmapBytes(chart, BitmapFormat.PNG);
        } catch (IOException e) {
            throw new UncheckedIOException("could not encode the chart as PNG", e);
        }
    }

    private static void style(XYChart chart, SnapshotRequest request) {
        String title = request.title() != null ? request.title() : String.join(", ", request.queries());
        chart.setTitle(shorten(title, Math.max(10, request.width() / 9)));
        XYStyler styler = chart.getStyler();
        styler.setTimezone(TimeZone.getTimeZone(ZoneOffset.UTC));
        styler.setLocale(Locale.ROOT);
        styler.setXAxisMin((double) request.start() * 1000);
        styler.setXAxisMax((double) request.end() * 1000);
        styler.setyAxisTickLabelsFormattingFunction(ChartRenderer::compactNumber);
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
        chart.setXAxisTitle("UTC");
        styler.setAxisTitleFont(new Font(Font.SANS_SERIF, Font.PLAIN, 10));
        styler.setYAxisTitleVisible(false);
        styler.setAxisTitlePadding(3);
        // Small images keep their room for the lines.
        boolean roomy = request.height() >= 220;
        styler.setLegendVisible(roomy);
        styler.setXAxisTitleVisible(roomy);
    }

    /** One to three bands at positions that depend only on the events and the window. */
    private static void addEventBands(XYChart chart, SnapshotRequest request, long startMillis, long endMillis) {
        String events = request.eventQuery() != null ? request.eventQuery() : String.valueOf(request.graphDef());
        Random random = new Random(events.hashCode() * 31L + request.start());
        int count = 1 + random.nextInt(3);
        double span = endMillis - startMillis;
        for (int i = 0; i < count; i++) {
            double from = startMillis + span * (0.1 + 0.8 * (i + random.nextDouble() * 0.7) / count);
            double width = span * (0.01 + random.nextDouble() * 0.03);
            chart.addAnnotation(new EventBand(from, from + width));
        }
    }

    static String compactNumber(double value) {
        double abs = Math.abs(value);
        if (abs >= 1e9) {
            return trim(value / 1e9) + "G";
        }
        if (abs >= 1e6) {
            return trim(value / 1e6) + "M";
        }
        if (abs >= 1e3) {
            return trim(value / 1e3) + "k";
        }
        return trim(value);
    }

    private static String trim(double value) {
        String text = String.format(Locale.ROOT, "%.2f", value);
        text = text.replaceAll("0+$", "");
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }

    static String shorten(String text, int max) {
        String oneLine = text.replaceAll("\\s+", " ").trim();
        return oneLine.length() <= max ? oneLine : oneLine.substring(0, max - 1) + "\u2026";
    }

    private static String uniqueName(String name, Set<String> taken) {
        String candidate = name;
        for (int n = 2; !taken.add(candidate); n++) {
            candidate = name + " (" + n + ")";
        }
        return candidate;
    }
}

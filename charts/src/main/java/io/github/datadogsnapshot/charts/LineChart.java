package io.github.datadogsnapshot.charts;

import java.util.List;
import java.util.Objects;

/**
 * What a time-series chart shows: a title, the image size, the time range of the x axis, one {@link Line} per
 * series, {@link Band}s for events and an optional mark, a visible note such as
 * {@code "rendered locally from Datadog's numbers"}. Immutable; the constructor checks every field and names it in
 * its message.
 *
 * @param title the title drawn above the plot (renderers shorten it to fit the width); may be empty, not null
 * @param width image width in pixels, 1 to {@link #MAX_SIZE}
 * @param height image height in pixels, 1 to {@link #MAX_SIZE}
 * @param startMillis the left end of the time axis, epoch milliseconds
 * @param endMillis the right end of the time axis, epoch milliseconds, after {@code startMillis}
 * @param lines the series, drawn in this order, each with its legend entry; may be empty
 * @param bands the event bands; parts outside the time range are not drawn
 * @param mark a note drawn visibly on the plot, or {@code null} (or blank) for none
 * @param xAxis what the x values are: times (epoch milliseconds, the default) or build numbers; with
 *     {@link XAxis#BUILD_NUMBER} every "millis" of this chart, its lines and bands is a build number
 */
public record LineChart(String title, int width, int height, long startMillis, long endMillis, List<Line> lines,
                        List<Band> bands, String mark, XAxis xAxis) {

    /** What the x axis shows. */
    public enum XAxis {
        /** Time, in UTC; x values are epoch milliseconds. */
        TIME,
        /** Builds, labelled {@code #12}; x values are build numbers. */
        BUILD_NUMBER
    }

    /** The largest width or height, in pixels. */
    public static final int MAX_SIZE = 4000;

    /** A chart over time ({@link XAxis#TIME}). */
    public LineChart(String title, int width, int height, long startMillis, long endMillis, List<Line> lines,
                     List<Band> bands, String mark) {
        this(title, width, height, startMillis, endMillis, lines, bands, mark, XAxis.TIME);
    }

    /** Checks every field; a blank mark becomes {@code null}. */
    public LineChart {
        Objects.requireNonNull(xAxis, "xAxis");
        Objects.requireNonNull(title, "title");
        checkSize("width", width);
        checkSize("height", height);
        if (endMillis <= startMillis) {
            throw new IllegalArgumentException(
                    "chart: endMillis (" + endMillis + ") must be after startMillis (" + startMillis + ")");
        }
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
        bands = List.copyOf(Objects.requireNonNull(bands, "bands"));
        mark = mark == null || mark.isBlank() ? null : mark.strip();
    }

    private static void checkSize(String field, int pixels) {
        if (pixels < 1 || pixels > MAX_SIZE) {
            throw new IllegalArgumentException(
                    "chart: " + field + " must be 1 to " + MAX_SIZE + " pixels, got " + pixels);
        }
    }
}

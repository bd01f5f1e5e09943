package io.github.datadogsnapshot.charts;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import org.knowm.xchart.internal.chartpart.Annotation;

/**
 * A translucent vertical band over the plot with a stronger edge where the event happened. An instant gets a
 * band of {@link #INSTANT_WIDTH} of the plot's width (at least {@link #MIN_PIXELS}) centred on it.
 */
final class EventBand extends Annotation {

    static final Color FILL = new Color(235, 120, 20, 45);
    static final Color EDGE = new Color(235, 120, 20, 150);
    /** The width of an instant's band as a fraction of the plot's width. */
    static final double INSTANT_WIDTH = 0.015;
    static final int MIN_PIXELS = 3;

    private final double from;
    private final double to;

    /** A band from {@code from} to {@code to}, epoch milliseconds. */
    EventBand(double from, double to) {
        super(false);
        this.from = from;
        this.to = to;
    }

    @Override
    public void paint(Graphics2D g) {
        int plotLeft = getXAxisScreenValueForMin();
        int plotRight = getXAxisScreenValueForMax();
        int top = getYAxisScreenValueForMin();
        int bottom = getYAxisScreenValueForMax();
        int start = getXAxisScreenValue(from);
        int left;
        int right;
        if (to <= from) {
            int half = Math.max(MIN_PIXELS, (int) Math.round((plotRight - plotLeft) * INSTANT_WIDTH)) / 2;
            left = start - half;
            right = start + half + 1;
        } else {
            left = start;
            right = Math.max(getXAxisScreenValue(to), left + 2);
        }
        left = Math.max(left, plotLeft);
        right = Math.min(right, plotRight);
        if (right <= left || bottom <= top) {
            return;
        }
        Color color = g.getColor();
        g.setColor(FILL);
        g.fill(new Rectangle(left, top, right - left, bottom - top));
        if (start >= plotLeft && start <= plotRight) {
            g.setColor(EDGE);
            g.drawLine(start, top, start, bottom);
        }
        g.setColor(color);
    }
}

package io.github.datadogsnapshot.emulator;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import org.knowm.xchart.internal.chartpart.Annotation;

/** A translucent vertical band over the plot, the way Datadog overlays events on a graph. */
final class EventBand extends Annotation {

    private static final Color FILL = new Color(235, 120, 20, 45);
    private static final Color EDGE = new Color(235, 120, 20, 150);

    private final double from;
    private final double to;

    /** A band from {@code from} to {@code to}, in x-axis data units (epoch milliseconds). */
    EventBand(double from, double to) {
        super(false);
        this.from = from;
        this.to = to;
    }

    @Override
    public void paint(Graphics2D g) {
        int left = Math.max(getXAxisScreenValue(from), getXAxisScreenValueForMin());
        int right = Math.min(Math.max(getXAxisScreenValue(to), left + 2), getXAxisScreenValueForMax());
        int top = getYAxisScreenValueForMin();
        int bottom = getYAxisScreenValueForMax();
        if (right <= left || bottom <= top) {
            return;
        }
        Color color = g.getColor();
        g.setColor(FILL);
        g.fill(new Rectangle(left, top, right - left, bottom - top));
        g.setColor(EDGE);
        g.drawLine(left, top, left, bottom);
        g.setColor(color);
    }
}

package io.github.datadogsnapshot.charts;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import org.knowm.xchart.internal.chartpart.Annotation;

/** The chart's mark: a framed note in the top right corner of the plot, drawn over lines and bands. */
final class MarkNote extends Annotation {

    static final Color BACKGROUND = new Color(255, 255, 255, 230);
    static final Color BORDER = new Color(0x99, 0x99, 0x99);
    static final Color TEXT = new Color(0x55, 0x55, 0x55);
    private static final Font FONT = new Font(Font.SANS_SERIF, Font.ITALIC, 10);
    private static final int PADDING = 3;
    private static final int INSET = 4;

    private final String text;

    MarkNote(String text) {
        super(true);
        this.text = text;
    }

    @Override
    public void paint(Graphics2D g) {
        int plotLeft = getXAxisScreenValueForMin();
        int plotRight = getXAxisScreenValueForMax();
        int plotTop = getYAxisScreenValueForMin();
        Font font = g.getFont();
        Color color = g.getColor();
        Object antiAlias = g.getRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(FONT);
        FontMetrics metrics = g.getFontMetrics();
        int room = plotRight - plotLeft - 2 * INSET - 2 * PADDING;
        String shown = fit(text, metrics, room);
        if (!shown.isEmpty()) {
            int boxWidth = metrics.stringWidth(shown) + 2 * PADDING;
            int boxHeight = metrics.getAscent() + metrics.getDescent() + 2 * PADDING;
            int x = Math.max(plotLeft, plotRight - INSET - boxWidth);
            int y = plotTop + INSET;
            g.setColor(BACKGROUND);
            g.fillRect(x, y, boxWidth, boxHeight);
            g.setColor(BORDER);
            g.drawRect(x, y, boxWidth, boxHeight);
            g.setColor(TEXT);
            g.drawString(shown, x + PADDING, y + PADDING + metrics.getAscent());
        }
        g.setFont(font);
        g.setColor(color);
        if (antiAlias != null) {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, antiAlias);
        }
    }

    /** The text, cut with an ellipsis until it fits {@code room} pixels. */
    static String fit(String text, FontMetrics metrics, int room) {
        if (metrics.stringWidth(text) <= room) {
            return text;
        }
        for (int length = text.length() - 1; length > 0; length--) {
            String cut = text.substring(0, length).stripTrailing() + "\u2026";
            if (metrics.stringWidth(cut) <= room) {
                return cut;
            }
        }
        return "";
    }
}

package io.github.datadogsnapshot.charts;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Reads rendered PNGs back for pixel checks, with ImageIO rather than the renderer's own code. */
final class Images {

    private Images() {
    }

    static BufferedImage decode(byte[] png) {
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
            if (image == null) {
                throw new IllegalStateException("not an image ImageIO can read");
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Whether the pixel's colour is within {@code tolerance} (per channel) of {@code rgb}. */
    static boolean near(int pixel, int rgb, int tolerance) {
        return Math.abs(((pixel >> 16) & 0xff) - ((rgb >> 16) & 0xff)) <= tolerance
                && Math.abs(((pixel >> 8) & 0xff) - ((rgb >> 8) & 0xff)) <= tolerance
                && Math.abs((pixel & 0xff) - (rgb & 0xff)) <= tolerance;
    }

    /** How many pixels of column {@code x} are near {@code rgb}. */
    static int countInColumn(BufferedImage image, int x, int rgb, int tolerance) {
        int count = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            if (near(image.getRGB(x, y), rgb, tolerance)) {
                count++;
            }
        }
        return count;
    }

    /** The columns in which the two images (of one size) differ: {first, last}, or {-1, -1}. */
    static int[] differingColumns(BufferedImage a, BufferedImage b) {
        int first = -1;
        int last = -1;
        for (int x = 0; x < a.getWidth(); x++) {
            for (int y = 0; y < a.getHeight(); y++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    if (first < 0) {
                        first = x;
                    }
                    last = x;
                    break;
                }
            }
        }
        return new int[] {first, last};
    }

    /** The rows in which the two images (of one size) differ: {first, last}, or {-1, -1}. */
    static int[] differingRows(BufferedImage a, BufferedImage b) {
        int first = -1;
        int last = -1;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    if (first < 0) {
                        first = y;
                    }
                    last = y;
                    break;
                }
            }
        }
        return new int[] {first, last};
    }
}

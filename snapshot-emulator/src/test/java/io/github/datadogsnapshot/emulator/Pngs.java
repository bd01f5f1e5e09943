package io.github.datadogsnapshot.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import javax.imageio.ImageIO;

/** Reads what tests need from PNG bytes, independently of the emulator's own PNG code. */
final class Pngs {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private Pngs() {}

    static boolean hasSignature(byte[] bytes) {
        return bytes.length >= 8 && Arrays.equals(bytes, 0, 8, SIGNATURE, 0, 8);
    }

    /** Width and height from the IHDR chunk, which must come first. */
    static int[] size(byte[] png) {
        assertThat(hasSignature(png)).as("PNG signature").isTrue();
        ByteBuffer buffer = ByteBuffer.wrap(png, 8, png.length - 8);
        buffer.getInt(); // chunk length
        byte[] type = new byte[4];
        buffer.get(type);
        assertThat(new String(type, StandardCharsets.US_ASCII)).as("first chunk").isEqualTo("IHDR");
        return new int[] {buffer.getInt(), buffer.getInt()};
    }

    /** The decoded image, or {@code null} when ImageIO cannot read the bytes. */
    static BufferedImage decode(byte[] png) {
        try {
            return ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            return null;
        } catch (RuntimeException e) {
            throw new UncheckedIOException(new IOException("decoder crashed", e));
        }
    }
}

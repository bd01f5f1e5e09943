package io.github.datadogsnapshot.client.manifest;

import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.wire.Png;
import java.io.IOException;
import java.nio.file.Path;

/**
 * The check an image passes before it is stored or shown: a whole PNG (signature, {@code IHDR} first, every chunk's
 * CRC up to {@code IEND}) no larger in pixels than twice the size asked for (twice {@link GraphSpec#MAX_SIZE} when
 * none was). The capture applies it to every downloaded image; reports apply it to every image they copy.
 */
public final class PngCheck {

    /** How much larger than asked an image may be: Datadog renders at high density. */
    static final int SIZE_SLACK = 2;

    /** Width and height in pixels. */
    public record Pixels(int width, int height) {
        @Override
        public String toString() {
            return width + "x" + height;
        }
    }

    private PngCheck() {
    }

    /**
     * Checks {@code file}.
     *
     * @param width  the width asked for, null when none was
     * @param height the height asked for, null when none was
     * @return its size
     * @throws IOException describing the first defect, e.g. {@code it does not start with the PNG signature}
     */
    public static Pixels check(Path file, Integer width, Integer height) throws IOException {
        Png.Size size = Png.validate(file);
        int maxWidth = SIZE_SLACK * (width == null ? GraphSpec.MAX_SIZE : width);
        int maxHeight = SIZE_SLACK * (height == null ? GraphSpec.MAX_SIZE : height);
        if (size.width() > maxWidth || size.height() > maxHeight) {
            throw new IOException("it claims " + size + " pixels, more than the " + maxWidth + "x" + maxHeight
                    + " allowed for this graph");
        }
        return new Pixels(size.width(), size.height());
    }
}

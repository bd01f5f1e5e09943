package io.github.datadogsnapshot.benchmarks;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

/** What a stored file is, read from its PNG header: a real image, the 1x1 placeholder, or neither. */
final class Pngs {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    /** The files of one output folder by kind. */
    record Count(int images, int placeholders, int other) {
    }

    private Pngs() {
    }

    static boolean isRealImage(byte[] png) {
        return width(png) > 1;
    }

    /** Counts the {@code *.png} files of {@code dir}: images larger than 1x1, 1x1 placeholders, anything else. */
    static Count count(Path dir) throws IOException {
        int images = 0;
        int placeholders = 0;
        int other = 0;
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".png"))::iterator) {
                int width = width(Files.readAllBytes(file));
                if (width > 1) {
                    images++;
                } else if (width == 1) {
                    placeholders++;
                } else {
                    other++;
                }
            }
        }
        return new Count(images, placeholders, other);
    }

    /** The width in the IHDR chunk, or -1 when the bytes are not a PNG. */
    private static int width(byte[] png) {
        if (png.length < 24 || !Arrays.equals(png, 0, 8, SIGNATURE, 0, 8)) {
            return -1;
        }
        return ByteBuffer.wrap(png).getInt(16);
    }
}

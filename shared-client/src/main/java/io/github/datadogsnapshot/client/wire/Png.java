package io.github.datadogsnapshot.client.wire;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.zip.CRC32;

/** Reads just enough of a PNG to tell a rendered graph from Datadog's 1x1 placeholder, and checks files whole. */
public final class Png {

    private static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    /** Signature, IHDR length and type, width, height. */
    public static final int HEADER_BYTES = 24;

    /** Width and height in pixels. */
    public record Size(int width, int height) {
        /** Whether this is the placeholder served while the graph renders. */
        public boolean isPlaceholder() {
            return width <= 1 || height <= 1;
        }

        @Override
        public String toString() {
            return width + "x" + height;
        }
    }

    private Png() {
    }

    /** The size stated by the header, empty when {@code head} does not start like a PNG. */
    public static Optional<Size> readHeader(byte[] head) {
        if (head.length < HEADER_BYTES || !Arrays.equals(Arrays.copyOf(head, 8), SIGNATURE)
                || !"IHDR".equals(new String(head, 12, 4, StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        int width = readInt(head, 16);
        int height = readInt(head, 20);
        return width > 0 && height > 0 ? Optional.of(new Size(width, height)) : Optional.empty();
    }

    /** The size stated by the header of a file, empty when it does not start like a PNG. */
    public static Optional<Size> readHeader(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return readHeader(in.readNBytes(HEADER_BYTES));
        }
    }

    /** Whether the file starts with the 8-byte PNG signature. */
    public static boolean hasSignature(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(SIGNATURE.length), SIGNATURE);
        }
    }

    /**
     * Walks every chunk of the file and checks its CRC, up to {@code IEND}.
     *
     * @return the size from the header
     * @throws IOException describing the first defect found
     */
    public static Size validate(Path file) throws IOException {
        try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file)))) {
            byte[] signature = in.readNBytes(8);
            if (!Arrays.equals(signature, SIGNATURE)) {
                throw new IOException("it does not start with the PNG signature");
            }
            Size size = null;
            byte[] buffer = new byte[8192];
            for (int index = 0; ; index++) {
                int length;
                byte[] type = new byte[4];
                try {
                    length = in.readInt();
                    in.readFully(type);
                } catch (EOFException e) {
                    throw new IOException("it ends before its IEND chunk");
                }
                String typeName = new String(type, StandardCharsets.US_ASCII);
                if (length < 0) {
                    throw new IOException("chunk " + index + " (" + typeName + ") has an invalid length");
                }
                if (index == 0 && !typeName.equals("IHDR")) {
                    throw new IOException("its first chunk is " + typeName + ", not IHDR");
                }
                if (index == 0 && length != 13) {
                    throw new IOException("its IHDR chunk has length " + length + ", not 13");
                }
                CRC32 crc = new CRC32();
                crc.update(type);
                try {
                    if (index == 0) {
                        byte[] ihdr = new byte[13];
                        in.readFully(ihdr);
                        crc.update(ihdr);
                        size = new Size(readInt(ihdr, 0), readInt(ihdr, 4));
                    } else {
                        long left = length;
                        while (left > 0) {
                            int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                            if (n < 0) {
                                throw new EOFException();
                            }
                            crc.update(buffer, 0, n);
                            left -= n;
                        }
                    }
                    if ((int) crc.getValue() != in.readInt()) {
                        throw new IOException("chunk " + index + " (" + typeName + ") fails its CRC check");
                    }
                } catch (EOFException e) {
                    throw new IOException("it is truncated inside chunk " + index + " (" + typeName + ")");
                }
                if (typeName.equals("IEND")) {
                    return size;
                }
            }
        }
    }

    private static int readInt(byte[] b, int at) {
        return ((b[at] & 0xff) << 24) | ((b[at + 1] & 0xff) << 16) | ((b[at + 2] & 0xff) << 8) | (b[at + 3] & 0xff);
    }
}

package io.github.datadogsnapshot.emulator;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** Hand-made PNG bytes: the placeholder, the broken image, and padding for oversized images. */
final class Png {

    static final byte[] SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    /** A private, ancillary, safe-to-copy chunk type: decoders skip it. */
    private static final String PADDING_CHUNK = "emPd";
    private static final int CHUNK_OVERHEAD = 12;

    private static final byte[] PLACEHOLDER = placeholder1x1();

    private Png() {}

    /** A valid 1x1 transparent PNG of about 150 bytes, like the one Datadog serves while rendering. */
    static byte[] placeholder() {
        return PLACEHOLDER.clone();
    }

    /** A PNG signature followed by bytes that are not PNG chunks. */
    static byte[] broken() {
        byte[] bytes = new byte[4096];
        new Random(42).nextBytes(bytes);
        System.arraycopy(SIGNATURE, 0, bytes, 0, SIGNATURE.length);
        return bytes;
    }

    /** {@code png} with a padding chunk before {@code IEND} so that it is at least {@code minLength} long. */
    static byte[] padded(byte[] png, long minLength) {
        if (png.length >= minLength) {
            return png;
        }
        long padding = Math.max(0, minLength - png.length - CHUNK_OVERHEAD);
        if (padding > Integer.MAX_VALUE - 64L) {
            throw new IllegalArgumentException("cannot pad a PNG to " + minLength + " bytes");
        }
        int iend = png.length - CHUNK_OVERHEAD; // IEND is the last, empty chunk
        ByteArrayOutputStream out = new ByteArrayOutputStream((int) minLength);
        out.write(png, 0, iend);
        writeChunk(out, PADDING_CHUNK, new byte[(int) padding]);
        out.write(png, iend, CHUNK_OVERHEAD);
        return out.toByteArray();
    }

    /**
     * A valid PNG whose header claims {@code width} x {@code height} pixels, with a few bytes of pixel data: what a
     * decompression bomb looks like from its header.
     */
    static byte[] claiming(int width, int height) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(SIGNATURE);
        writeChunk(out, "IHDR", ByteBuffer.allocate(13).putInt(width).putInt(height).put(new byte[] {8, 6, 0, 0, 0}).array());
        writeChunk(out, "IDAT", deflate(new byte[] {0, 0, 0, 0, 0}));
        writeChunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static byte[] placeholder1x1() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(SIGNATURE);
        // 1x1, 8 bits per sample, RGBA, deflate, no filter, no interlace
        writeChunk(out, "IHDR", ByteBuffer.allocate(13).putInt(1).putInt(1).put(new byte[] {8, 6, 0, 0, 0}).array());
        String comment = "Comment\0snapshot still rendering (datadog-snapshot-emulator)";
        writeChunk(out, "tEXt", comment.getBytes(StandardCharsets.ISO_8859_1));
        writeChunk(out, "IDAT", deflate(new byte[] {0, 0, 0, 0, 0})); // filter byte + one transparent pixel
        writeChunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static byte[] deflate(byte[] raw) {
        Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
        try {
            deflater.setInput(raw);
            deflater.finish();
            byte[] buffer = new byte[64];
            int length = deflater.deflate(buffer);
            return Arrays.copyOf(buffer, length);
        } finally {
            deflater.end();
        }
    }

    private static void writeChunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}

package io.github.datadogsnapshot.client.wire;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngTest {

    @TempDir
    Path dir;

    static byte[] png(int w, int h) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    @Test
    void shouldReadTheSizeFromTheHeader() throws IOException {
        assertThat(Png.readHeader(png(800, 400))).contains(new Png.Size(800, 400));
        assertThat(Png.readHeader(png(800, 400)).orElseThrow().isPlaceholder()).isFalse();
    }

    @Test
    void shouldRecogniseThePlaceholder() throws IOException {
        assertThat(Png.readHeader(png(1, 1)).orElseThrow().isPlaceholder()).isTrue();
    }

    @Test
    void shouldNotMistakeOtherContentForAPng() {
        assertThat(Png.readHeader("<html><body>not yet</body></html>".getBytes())).isEmpty();
        assertThat(Png.readHeader(new byte[10])).isEmpty();
        assertThat(Png.readHeader(Arrays.copyOf(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'}, 24))).isEmpty();
    }

    @Test
    void shouldValidateAWholeFile() throws IOException {
        Path file = Files.write(dir.resolve("ok.png"), png(320, 200));
        assertThat(Png.validate(file)).isEqualTo(new Png.Size(320, 200));
    }

    @Test
    void shouldFindTruncationAndCorruption() throws IOException {
        byte[] good = png(320, 200);
        Path truncated = Files.write(dir.resolve("t.png"), Arrays.copyOf(good, good.length - 30));
        assertThatThrownBy(() -> Png.validate(truncated)).hasMessageStartingWith("it is truncated inside chunk");

        byte[] flipped = good.clone();
        flipped[good.length / 2] ^= 0x55;
        Path corrupt = Files.write(dir.resolve("c.png"), flipped);
        assertThatThrownBy(() -> Png.validate(corrupt)).hasMessageContaining("fails its CRC check");

        Path noIend = Files.write(dir.resolve("n.png"), Arrays.copyOf(good, good.length - 12));
        assertThatThrownBy(() -> Png.validate(noIend)).hasMessage("it ends before its IEND chunk");

        Path html = Files.writeString(dir.resolve("h.png"), "<html></html>");
        assertThatThrownBy(() -> Png.validate(html)).hasMessage("it does not start with the PNG signature");
    }
}

package io.jenkins.plugins.datadogsnapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TrendImagesTest {

    @Test
    void shouldDrawEachPictureOnceWhileItIsKept() {
        TrendImages images = new TrendImages(4);
        AtomicInteger drawn = new AtomicInteger();

        byte[] first = images.get("job\nlatency|p95|1@t|2@t", () -> new byte[] {(byte) drawn.incrementAndGet()});
        byte[] again = images.get("job\nlatency|p95|1@t|2@t", () -> new byte[] {(byte) drawn.incrementAndGet()});

        assertThat(again).isSameAs(first);
        assertThat(drawn).hasValue(1);
    }

    @Test
    void shouldKeepOnlyTheMostRecentlyUsedPictures() {
        TrendImages images = new TrendImages(2);
        AtomicInteger drawn = new AtomicInteger();
        images.get("a", () -> new byte[] {(byte) drawn.incrementAndGet()});
        images.get("b", () -> new byte[] {(byte) drawn.incrementAndGet()});
        images.get("a", () -> new byte[] {(byte) drawn.incrementAndGet()}); // a is now the most recent

        images.get("c", () -> new byte[] {(byte) drawn.incrementAndGet()}); // b goes

        assertThat(images.size()).isEqualTo(2);
        images.get("a", () -> new byte[] {(byte) drawn.incrementAndGet()});
        assertThat(drawn).as("a was kept").hasValue(3);
        images.get("b", () -> new byte[] {(byte) drawn.incrementAndGet()});
        assertThat(drawn).as("b was drawn again").hasValue(4);
    }
}

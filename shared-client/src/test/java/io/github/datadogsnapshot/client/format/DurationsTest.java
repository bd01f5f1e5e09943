package io.github.datadogsnapshot.client.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void shouldWriteEachRangeAsPeopleReadIt() {
        assertThat(Durations.format(Duration.ofMillis(850))).isEqualTo("850 ms");
        assertThat(Durations.format(Duration.ofMillis(3240))).isEqualTo("3.2 s");
        assertThat(Durations.format(Duration.ofSeconds(245))).isEqualTo("4 min 5 s");
        assertThat(Durations.format(Duration.ofHours(2))).isEqualTo("2 h 0 min");
        assertThat(Durations.format(Duration.ofMillis(-5))).isEqualTo("0 ms");
    }

    @Test
    void shouldWriteADurationTooLongForMillisecondsWithoutOverflowing() {
        // a padding of PT99999999999999H reached the window check's message and overflowed Duration.toMillis
        assertThat(Durations.format(Duration.ofHours(99_999_999_999_999L))).isEqualTo("99999999999999 h 0 min");
    }
}

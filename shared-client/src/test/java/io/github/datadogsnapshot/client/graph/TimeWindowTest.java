package io.github.datadogsnapshot.client.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.datadogsnapshot.client.FakeTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TimeWindowTest {

    private static final Instant START = Instant.parse("2026-11-28T10:00:00.700Z");

    @Test
    void shouldRoundToWholeSecondsWithoutShrinking() {
        TimeWindow w = new TimeWindow(START, Instant.parse("2026-11-28T10:05:00.200Z"));
        assertThat(w.startSeconds()).isEqualTo(START.getEpochSecond());
        assertThat(w.endSeconds()).isEqualTo(Instant.parse("2026-11-28T10:05:01Z").getEpochSecond());
        assertThat(new TimeWindow(START, Instant.parse("2026-11-28T10:05:00Z")).endSeconds())
                .isEqualTo(Instant.parse("2026-11-28T10:05:00Z").getEpochSecond());
    }

    @Test
    void shouldRefuseAnEndThatIsNotAfterTheStart() {
        assertThatThrownBy(() -> new TimeWindow(START, START))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("end: 2026-11-28T10:00:00.700Z is not after start 2026-11-28T10:00:00.700Z");
        assertThatThrownBy(() -> new TimeWindow(START, START.minusSeconds(1))).hasMessageStartingWith("end: ");
    }

    @Test
    void shouldBuildTheWindowFromTheBuildStartToNow() {
        FakeTime time = new FakeTime(START.plusSeconds(300));
        TimeWindow w = TimeWindow.since(START, time);
        assertThat(w.end()).isEqualTo(START.plusSeconds(300));
        assertThat(w.length()).isEqualTo(Duration.ofMinutes(5));
        assertThatThrownBy(() -> TimeWindow.since(START.plusSeconds(301), time)).hasMessageStartingWith("start: ");
    }

    @Test
    void shouldWidenOnlyTheStartWithPadding() {
        TimeWindow w = new TimeWindow(START, START.plusSeconds(60)).padded(Duration.ofMinutes(2));
        assertThat(w.start()).isEqualTo(START.minusSeconds(120));
        assertThat(w.end()).isEqualTo(START.plusSeconds(60));
        assertThatThrownBy(() -> w.padded(Duration.ofSeconds(-1))).hasMessage("padding: PT-1S is negative");
    }
}

package io.jenkins.plugins.datadogsnapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.datadogsnapshot.client.graph.TimeWindow;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SnapshotRunnerTest {

    private static final Instant START = Instant.parse("2026-11-28T10:00:00Z");

    @Test
    void shouldWarnAboutAWindowShorterThanAMinute() {
        assertThat(SnapshotRunner.shortWindowWarning(new TimeWindow(START, START.plusMillis(34))))
                .hasValueSatisfying(w -> assertThat(w)
                        .startsWith("the window is only 34 ms long (2026-11-28T10:00:00Z to ")
                        .contains("datadogSnapshotWindow")
                        .contains("start or padding"));
        assertThat(SnapshotRunner.shortWindowWarning(new TimeWindow(START, START.plusSeconds(59))))
                .isPresent();
    }

    @Test
    void shouldNotWarnFromOneMinuteOn() {
        assertThat(SnapshotRunner.shortWindowWarning(new TimeWindow(START, START.plus(SnapshotRunner.SHORT_WINDOW))))
                .isEmpty();
        assertThat(SnapshotRunner.shortWindowWarning(new TimeWindow(START, START.plusSeconds(3600))))
                .isEmpty();
    }
}

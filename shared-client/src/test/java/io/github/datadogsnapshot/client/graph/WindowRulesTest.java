package io.github.datadogsnapshot.client.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WindowRulesTest {

    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");

    static TimeWindow window(Duration startBeforeNow, Duration endBeforeNow) {
        return new TimeWindow(NOW.minus(startBeforeNow), NOW.minus(endBeforeNow));
    }

    @Test
    void shouldAcceptAnOrdinaryBuildWindowWithoutAWord() {
        assertThat(WindowRules.check(window(Duration.ofMinutes(30), Duration.ZERO), NOW)).isEmpty();
        assertThat(WindowRules.check(window(Duration.ofDays(31), Duration.ZERO), NOW)).isEmpty();
    }

    @Test
    void shouldAllowAFewMinutesOfClockDifferenceAtTheEnd() {
        assertThat(WindowRules.check(window(Duration.ofMinutes(30), Duration.ofMinutes(-5)), NOW)).isEmpty();
        assertThatThrownBy(() -> WindowRules.check(window(Duration.ofMinutes(30), Duration.ofMinutes(-5).minusSeconds(1)), NOW))
                .hasMessage("end: 2026-11-28T10:05:01Z is 5 min 1 s after now (2026-11-28T10:00:00Z); a graph shows"
                        + " nothing after now, so give an end up to now (5 min 0 s of clock difference are allowed)");
    }

    @Test
    void shouldRefuseAWindowEntirelyInTheFuture() {
        assertThatThrownBy(() -> WindowRules.check(window(Duration.ofDays(-3), Duration.ofDays(-4)), NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("start: 2026-12-01T10:00:00Z is 3 days after now (2026-11-28T10:00:00Z): the"
                        + " whole window lies in the future");
    }

    @Test
    void shouldRefuseAStartBeforeDatadogsRetention() {
        assertThatThrownBy(() -> WindowRules.check(window(Duration.ofDays(3652), Duration.ZERO), NOW))
                .hasMessageStartingWith("start: 2016-11-28T10:00:00Z is 3652 days before now; Datadog keeps metrics"
                        + " for 15 months, so the graph would be empty before 2025-08-28T10:00:00Z");
        assertThat(WindowRules.check(window(Duration.ofDays(455), Duration.ZERO), NOW)).isPresent();
    }

    @Test
    void shouldWarnAboutAWindowLongerThanAMonth() {
        assertThat(WindowRules.check(window(Duration.ofDays(90), Duration.ofDays(1)), NOW)).hasValue(
                "The window 2026-08-30T10:00:00Z to 2026-11-27T10:00:00Z is 89 days long; at that length each"
                        + " point Datadog draws covers hours, so a build's stage hardly shows (check the start, the end"
                        + " and the padding)");
    }
}

package io.github.datadogsnapshot.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.datadogsnapshot.client.SnapshotTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class RateLimitGateTest {

    static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
    Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    RateLimitGate gate = new RateLimitGate();

    @Test
    void shouldMakeEveryCallerWaitForTheSameReset() {
        assertThat(gate.waitNeeded(clock, NOW.plusSeconds(60), NOW)).isZero();
        gate.closeUntil(NOW.plusSeconds(30));
        gate.closeUntil(NOW.plusSeconds(10));
        assertThat(gate.closedUntil()).as("a shorter reset never shortens the pause").isEqualTo(NOW.plusSeconds(30));
        assertThat(gate.waitNeeded(clock, NOW.plusSeconds(60), NOW)).isEqualTo(Duration.ofSeconds(30));
        assertThat(gate.waitNeeded(Clock.offset(clock, Duration.ofSeconds(20)), NOW.plusSeconds(60), NOW)).isEqualTo(Duration.ofSeconds(10));
        assertThat(gate.waitNeeded(Clock.offset(clock, Duration.ofSeconds(30)), NOW.plusSeconds(60), NOW)).isZero();
    }

    @Test
    void shouldGiveUpWhenTheResetComesAfterTheDeadline() {
        gate.closeUntil(NOW.plusSeconds(90));
        assertThatThrownBy(() -> gate.waitNeeded(clock, NOW.plusSeconds(60), NOW.minusSeconds(5)))
                .isInstanceOf(SnapshotTimeoutException.class)
                .hasMessage("Datadog's snapshot rate limit resets in 1 min 30 s, after this graph's timeout (waited 5.0 s so far);"
                        + " raise the timeout or capture fewer graphs per hour");
    }
}

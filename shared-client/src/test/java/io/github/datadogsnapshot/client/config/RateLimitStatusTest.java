package io.github.datadogsnapshot.client.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RateLimitStatusTest {

    static final Instant T = Instant.parse("2026-11-28T10:00:00Z");

    static RateLimitStatus seen(int remaining, long reset, Instant at) {
        return new RateLimitStatus(60, remaining, 3600, reset, "snapshot", at);
    }

    @Test
    void shouldKeepTheLowestRemainingWithinOnePeriodWhateverTheOrderOfArrival() {
        RateLimitStatus first = seen(57, 1800, T);
        RateLimitStatus late = seen(59, 1800, T.plusMillis(5));
        assertThat(RateLimitStatus.latest(first, late)).isSameAs(first);
        assertThat(RateLimitStatus.latest(late, first)).isSameAs(first);
    }

    @Test
    void shouldPreferTheNewerPeriod() {
        RateLimitStatus old = seen(0, 10, T);
        RateLimitStatus fresh = seen(59, 3600, T.plusSeconds(11));
        assertThat(RateLimitStatus.latest(old, fresh)).isSameAs(fresh);
        assertThat(RateLimitStatus.latest(null, fresh)).isSameAs(fresh);
    }
}

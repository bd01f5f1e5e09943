package io.github.datadogsnapshot.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PoliciesTest {

    @ParameterizedTest(name = "retry {0} with random {1} waits {2} ms")
    @CsvSource({
        "1, 0.0, 500", "1, 0.5, 750", "1, 0.999, 999",
        "2, 0.0, 1000", "2, 0.5, 1500",
        "3, 0.0, 2000", "4, 0.0, 4000", "5, 0.0, 8000",
        "6, 0.0, 10000", "6, 0.999, 19990", "40, 0.0, 10000",
    })
    void shouldBackOffExponentiallyWithEqualJitterUpToTheCap(int retry, double random, long millis) {
        assertThat(RetryPolicy.DEFAULT.delayBeforeRetry(retry, random)).isEqualTo(Duration.ofMillis(millis));
    }

    @Test
    void shouldAllowOnlyMaxAttempts() {
        assertThat(RetryPolicy.DEFAULT.allowsAnotherAfter(3)).isTrue();
        assertThat(RetryPolicy.DEFAULT.allowsAnotherAfter(4)).isFalse();
        assertThatThrownBy(() -> new RetryPolicy(0, Duration.ZERO, Duration.ZERO)).hasMessageStartingWith("maxAttempts: ");
    }

    @ParameterizedTest(name = "check {0} after {1} ms")
    @CsvSource({"1, 1000", "2, 1250", "3, 1562", "4, 1953", "5, 2441", "6, 3000", "50, 3000"})
    void shouldPollWithGrowingIntervals(int check, long millis) {
        assertThat(PollPolicy.DEFAULT.delayBeforeCheck(check)).isEqualTo(Duration.ofMillis(millis));
    }

    @Test
    void shouldRefuseShrinkingPolls() {
        assertThatThrownBy(() -> new PollPolicy(Duration.ofSeconds(1), 0.5, Duration.ofSeconds(2)))
                .hasMessage("growth: 0.5 must be at least 1");
    }
}

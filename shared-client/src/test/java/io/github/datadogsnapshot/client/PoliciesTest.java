package io.github.datadogsnapshot.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.datadogsnapshot.client.config.PollPolicy;
import io.github.datadogsnapshot.client.config.RetryPolicy;
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

    @ParameterizedTest(name = "waited {0} ms, close {1}, {2} of {3} unfinished: next look after {4} ms")
    @CsvSource({
        // the two graphs that waited longest: 0.15 × waited + 0.3 s
        "600, true, 1, 1, 390", "990, true, 1, 1, 449", "10098, true, 1, 1, 1815", "30000, true, 1, 1, 3000",
        // the others: 0.35 × waited + 0.6 s
        "1000, false, 10, 10, 950", "1950, false, 10, 10, 1283", "8000, false, 10, 10, 3000",
        // once graphs of the batch are done: at most 1 s × unfinished / total, never under 100 ms
        "1950, false, 5, 10, 500", "1950, false, 1, 10, 100", "1950, false, 1, 200, 100", "600, true, 9, 10, 390",
    })
    void shouldSpaceTheLooksByTimeWaitedAndByWhatIsLeftOfTheBatch(long waited, boolean close, int unfinished, int total,
                                                                  long millis) {
        assertThat(PollPolicy.DEFAULT.nextDelay(Duration.ofMillis(waited), close, unfinished, total))
                .isEqualTo(Duration.ofMillis(millis));
    }

    @Test
    void shouldLookFirstAfterAShortWaitForTheGraphsThatWaitedLongest() {
        assertThat(PollPolicy.DEFAULT.firstDelay(true)).isEqualTo(Duration.ofMillis(600));
        assertThat(PollPolicy.DEFAULT.firstDelay(false)).isEqualTo(Duration.ofMillis(1000));
        assertThat(Polls.every(Duration.ofMillis(50)).nextDelay(Duration.ofSeconds(9), true, 1, 5))
                .isEqualTo(Duration.ofMillis(50));
    }

    @Test
    void shouldRefuseImpossibleDelays() {
        PollPolicy.Steps steps = new PollPolicy.Steps(Duration.ofSeconds(1), 0, Duration.ofSeconds(1));
        assertThatThrownBy(() -> new PollPolicy(steps, steps, 2, Duration.ofSeconds(1), Duration.ZERO, Duration.ofSeconds(2)))
                .hasMessage("minDelay/maxDelay: need 0 < minDelay <= maxDelay");
        assertThatThrownBy(() -> new PollPolicy.Steps(Duration.ofSeconds(1), -0.5, Duration.ofSeconds(1)))
                .hasMessageStartingWith("steps: ");
    }
}

package io.github.datadogsnapshot.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The command line's errors: each names the option and the value, before anything starts. */
class EmulatorOptionsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--render-delay PT3S..PT1S|--render-delay range must go from the shorter to the longer time, got 'PT3S..PT1S'",
            "--render-delay PT1S..soon|--render-delay needs an ISO-8601 duration such as PT2S",
            "--render-seed x|--render-seed must be a whole number, got 'x'",
            "--port-file|--port-file needs a value",
            "--log-file|--log-file needs a value",
            "--fault|--fault needs a value",
            "--port=-1|--port must be a number from 0 to 65535, got '-1'",
            "--rate-limit=60/soon|--rate-limit needs an ISO-8601 duration",
            "--query-rate-limit 10|--query-rate-limit must look like 60/PT1H, got '10'",
            "--bogus=1|unknown option --bogus",
            "--fault oversizedPng=3000000000|--fault oversizedPng needs a whole number",
            "--fault slowAnswers=PT-1S|--fault slowAnswers must not be negative",
            "--fault dropConnections=|--fault dropConnections needs a value"})
    void shouldNameTheOptionOfABadArgument(String line, String message) {
        String[] args = line.split(" ");

        assertThatThrownBy(() -> EmulatorOptions.parse(args))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void shouldReadARangeOfRenderDelaysWithItsSeed() {
        EmulatorOptions options = EmulatorOptions.parse("--render-delay", "PT0.5S..3", "--render-seed", "42");

        assertThat(options.settings().renderDelay()).isEqualTo(Duration.ofMillis(500));
        assertThat(options.settings().renderDelayMax()).isEqualTo(Duration.ofSeconds(3));
        assertThat(options.settings().renderSeed()).isEqualTo(42);
    }

    @Test
    void shouldLeaveTheFaultsAsGivenUntilTheyAreApplied() {
        EmulatorOptions options = EmulatorOptions.parse("--fault", "serverErrors=1", "--fault=neverReady");

        assertThat(options.faults()).containsExactly("serverErrors=1", "neverReady");
        assertThat(options.help()).isFalse();
    }
}

package io.github.datadogsnapshot.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MainTest {

    @Test
    void shouldUseDefaultsWithoutArguments() {
        Main.Options options = Main.parse();

        assertThat(options.help()).isFalse();
        assertThat(options.portFile()).isNull();
        assertThat(options.settings().port()).isZero();
        assertThat(options.settings().apiKey()).isEqualTo("emulator-api-key");
        assertThat(options.settings().applicationKey()).isEqualTo("emulator-app-key");
        assertThat(options.settings().renderDelay()).isEqualTo(Duration.ofSeconds(2));
        assertThat(options.settings().rateLimit()).isEqualTo(60);
        assertThat(options.settings().ratePeriod()).isEqualTo(Duration.ofHours(1));
        assertThat(options.settings().queryRateLimit()).isEqualTo(1600);
        assertThat(options.settings().queryRatePeriod()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void shouldReadEveryOption() {
        Main.Options options = Main.parse("--port", "8126", "--render-delay", "PT0.5S", "--api-key", "K1",
                "--app-key", "K2", "--scoped-app-key", "K3", "--rate-limit", "10/PT5M", "--port-file", "run/port",
                "--query-rate-limit", "100/PT1M");

        assertThat(options.settings().port()).isEqualTo(8126);
        assertThat(options.settings().renderDelay()).isEqualTo(Duration.ofMillis(500));
        assertThat(options.settings().apiKey()).isEqualTo("K1");
        assertThat(options.settings().applicationKey()).isEqualTo("K2");
        assertThat(options.settings().scopedApplicationKey()).isEqualTo("K3");
        assertThat(options.settings().rateLimit()).isEqualTo(10);
        assertThat(options.settings().ratePeriod()).isEqualTo(Duration.ofMinutes(5));
        assertThat(options.portFile()).isEqualTo(Path.of("run/port"));
        assertThat(options.settings().queryRateLimit()).isEqualTo(100);
        assertThat(options.settings().queryRatePeriod()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void shouldAcceptEqualsFormAndPlainSeconds() {
        Main.Options options = Main.parse("--port=0", "--render-delay=0", "--rate-limit=60/3600");

        assertThat(options.settings().renderDelay()).isZero();
        assertThat(options.settings().ratePeriod()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void shouldAskForHelp() {
        assertThat(Main.parse("--help").help()).isTrue();
        assertThat(Main.parse("--port", "1", "-h").help()).isTrue();
        assertThat(Main.USAGE).contains("--port-file", "--rate-limit", "--render-delay", "--query-rate-limit");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--bogus|unknown option --bogus",
            "--port|--port needs a value",
            "--port 70000|--port must be a number from 0 to 65535",
            "--port abc|got 'abc'",
            "--render-delay soon|--render-delay needs an ISO-8601 duration",
            "--render-delay PT-1S|must not be negative",
            "--rate-limit 60|must look like 60/PT1H",
            "--rate-limit x/PT1H|whole number of calls",
            "--rate-limit 0/PT1H|at least 1 call",
            "--rate-limit 5/PT0.1S|at least one second",
            "--query-rate-limit 0/PT1H|--query-rate-limit must allow at least 1 call",
            "--query-rate-limit|--query-rate-limit needs a value",
            "--api-key ' '|apiKey must not be empty",
            "positional|unknown option positional"})
    void shouldExplainBadArguments(String line, String message) {
        String[] args = line.contains("'") ? new String[] {line.substring(0, line.indexOf(' ')), " "} : line.split(" ");

        assertThatThrownBy(() -> Main.parse(args))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void shouldWritePortFileInPlace(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("sub/emulator.port");

        Main.writePortFile(file, 41234);
        Main.writePortFile(file, 41235);

        assertThat(Files.readString(file).trim()).isEqualTo("41235");
        try (var files = Files.list(file.getParent())) {
            assertThat(files).containsExactly(file);
        }
    }

    @Test
    void shouldPrintDemoKeysButNotCustomOnes() {
        try (DatadogEmulator demo = DatadogEmulator.builder().build().start();
                DatadogEmulator custom =
                        DatadogEmulator.builder().apiKey("secret-1").applicationKey("secret-2").build().start()) {
            assertThat(Main.banner(demo)).isEqualTo("Datadog emulator listening on " + demo.baseUrl()
                    + " (api key emulator-api-key, application key emulator-app-key)");
            assertThat(Main.banner(custom)).startsWith("Datadog emulator listening on http://127.0.0.1:")
                    .doesNotContain("secret");
        }
    }
}

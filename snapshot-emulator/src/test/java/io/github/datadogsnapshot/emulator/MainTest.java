package io.github.datadogsnapshot.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MainTest {

    @Test
    void shouldUseDefaultsWithoutArguments() {
        EmulatorOptions options = EmulatorOptions.parse();

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
        EmulatorOptions options = EmulatorOptions.parse("--port", "8126", "--render-delay", "PT0.5S", "--api-key", "K1",
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
    void shouldReadTheLogFileAndTheParentFlag() {
        EmulatorOptions options = EmulatorOptions.parse("--log-file", "target/e.log", "--exit-with-parent", "--port=0");

        assertThat(options.logFile()).isEqualTo(Path.of("target/e.log"));
        assertThat(options.exitWithParent()).isTrue();
        assertThat(EmulatorOptions.parse().exitWithParent()).isFalse();
        assertThat(EmulatorOptions.parse().logFile()).isNull();
    }

    @Test
    void shouldStopWhenTheProcessThatStartedItEnds(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("logs/emulator.log");
        Path port = dir.resolve("port");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        // A shell starts the emulator in the background, prints its pid, waits for the port and ends.
        String script = "'" + java + "' -Xmx64m -cp '" + System.getProperty("java.class.path") + "' "
                + Main.class.getName() + " --exit-with-parent --log-file '" + log + "' --port-file '" + port
                + "' --render-delay 0 >/dev/null 2>&1 & echo $!; i=0; while [ ! -s '" + port + "' ] && [ $i -lt 300 ]; do sleep 0.1;"
                + " i=$((i+1)); done";
        Process shell = new ProcessBuilder("sh", "-c", script).redirectErrorStream(true).start();
        long pid = Long.parseLong(new String(shell.getInputStream().readAllBytes()).trim());
        assertThat(shell.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(port).isNotEmptyFile();

        ProcessHandle emulator = ProcessHandle.of(pid).orElse(null);
        try {
            if (emulator != null) {
                emulator.onExit().get(30, TimeUnit.SECONDS);
            }
        } finally {
            if (emulator != null) {
                emulator.destroyForcibly(); // only if it failed to stop on its own
            }
        }
        assertThat(Files.readString(log)).contains("Datadog emulator listening on http://127.0.0.1:")
                .contains("has ended; stopping");
    }

    @Test
    void shouldAcceptEqualsFormAndPlainSeconds() {
        EmulatorOptions options = EmulatorOptions.parse("--port=0", "--render-delay=0", "--rate-limit=60/3600");

        assertThat(options.settings().renderDelay()).isZero();
        assertThat(options.settings().ratePeriod()).isEqualTo(Duration.ofHours(1));
    }

    @Test
    void shouldAskForHelp() {
        assertThat(EmulatorOptions.parse("--help").help()).isTrue();
        assertThat(EmulatorOptions.parse("--port", "1", "-h").help()).isTrue();
        assertThat(EmulatorOptions.USAGE).contains("--port-file", "--rate-limit", "--render-delay", "--query-rate-limit");
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

        assertThatThrownBy(() -> EmulatorOptions.parse(args))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(message);
    }

    @Test
    void shouldSwitchFaultsOnFromTheCommandLine() {
        EmulatorOptions options = EmulatorOptions.parse("--fault", "trickle=PT0.2S,/api/", "--fault=brokenPng", "--fault",
                "slowAnswers=1,/snapshot/view/", "--fault", "serverErrors=2", "--fault", "redirectImages=evil.example",
                "--fault", "withoutContentLength", "--fault", "dropMidBody=/snapshot/", "--fault", "randomFaults=0.1,7");
        try (DatadogEmulator emulator = new DatadogEmulator(options.settings())) {
            options.applyFaults(emulator.faults());
            FaultSwitches faults = emulator.faults().switches();

            assertThat(options.faults()).hasSize(8);
            assertThat(faults.trickleFor("/api/v1/graph/snapshot")).isEqualTo(Duration.ofMillis(200));
            assertThat(faults.trickleFor("/snapshot/view/a.png")).isZero();
            assertThat(faults.brokenPng()).isTrue();
            assertThat(faults.slowAnswersFor("/snapshot/view/a.png")).isEqualTo(Duration.ofSeconds(1));
            assertThat(faults.slowAnswersFor("/api/v1/validate")).isZero();
            assertThat(faults.takeServerError()).isTrue();
            assertThat(faults.takeServerError()).isTrue();
            assertThat(faults.takeServerError()).isFalse();
            assertThat(faults.redirectImagesTo()).isEqualTo("evil.example");
            assertThat(faults.withoutContentLength()).isTrue();
            assertThat(faults.dropsMidBody("/snapshot/view/a.png")).isTrue();
            assertThat(faults.dropsMidBody("/api/v1/validate")).isFalse();
        }
        assertThat(EmulatorOptions.USAGE).contains("--fault FAULT", "trickle=DURATION[,PATH]", "randomFaults=SHARE[,SEED]");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "bogus|unknown fault 'bogus'",
            "serverErrors|--fault serverErrors needs a value",
            "serverErrors=x|--fault serverErrors needs a whole number, got 'x'",
            "serverErrors=-1|--fault serverErrors: serverErrors must not be negative",
            "trickle=soon|--fault trickle needs an ISO-8601 duration",
            "brokenPng=yes|--fault brokenPng is true or false, got 'yes'",
            "foreignSnapshotHost=a/b|--fault foreignSnapshotHost: foreignSnapshotHost must be a host name",
            "randomFaults=2|--fault randomFaults: randomFaults share must be from 0 to 1",
            "randomFaults=0.1,x|--fault randomFaults seed must be a whole number"})
    void shouldExplainBadFaults(String fault, String message) {
        assertThatThrownBy(() -> EmulatorOptions.parse("--fault", fault))
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

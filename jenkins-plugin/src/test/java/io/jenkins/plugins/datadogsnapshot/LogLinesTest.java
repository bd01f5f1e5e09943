package io.jenkins.plugins.datadogsnapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.datadogsnapshot.client.ProgressLog;
import org.junit.jupiter.api.Test;

/**
 * The console lines the JenkinsRule tests look for, written out: those tests build them with the same functions,
 * so this is where their wording is fixed.
 */
class LogLinesTest {

    @Test
    void shouldPrefixEveryLine() {
        assertThat(LogLines.line("3 of 3 graphs captured")).isEqualTo("[datadog-snapshot] 3 of 3 graphs captured");
        assertThat(LogLines.warning("x")).isEqualTo("[datadog-snapshot] WARNING: x");
        assertThat(LogLines.capturing(1, "https://api.datadoghq.com"))
                .isEqualTo("[datadog-snapshot] Capturing 1 graph from https://api.datadoghq.com")
                .startsWith(LogLines.CAPTURING);
        assertThat(LogLines.capturing(2, "https://x"))
                .isEqualTo("[datadog-snapshot] Capturing 2 graphs from https://x");
        assertThat(LogLines.marking("1 Datadog graph crossed its thresholds (latency)", RegressionResult.UNSTABLE))
                .isEqualTo("[datadog-snapshot] 1 Datadog graph crossed its thresholds (latency): marking the build "
                        + "UNSTABLE");
        assertThat(LogLines.line(ProgressLog.storedStart("cpu.png"))).isEqualTo("[datadog-snapshot] Stored cpu.png: ");
    }

    @Test
    void shouldSayWhatFailedTheStepBeforeItsBody() {
        assertThat(LogLines.line("padding: -5 seconds is out of range; use 0 to 604800"))
                .isEqualTo("[datadog-snapshot] padding: -5 seconds is out of range; use 0 to 604800");
        assertThat(LogLines.warning("The window is only 34 ms long"))
                .isEqualTo("[datadog-snapshot] WARNING: The window is only 34 ms long");
    }

    @Test
    void shouldSayTheRegressionAsTheCoreWordsIt() {
        assertThat(LogLines.regression("graph 'latency': max of avg:a{*} is 150.18 ms, which breaks 'max < 1'"))
                .isEqualTo("[datadog-snapshot] REGRESSION: graph 'latency': max of avg:a{*} is 150.18 ms, which breaks"
                        + " 'max < 1'");
    }

    @Test
    void shouldSayWhichBaselineOrWhyThereIsNone() {
        assertThat(LogLines.baseline(Baselines.found("build #1", Baselines.PREVIOUS_SUCCESSFUL), false))
                .isEqualTo("[datadog-snapshot] Baseline: build #1 (the previous successful build)");
        assertThat(LogLines.baseline(Baselines.found("build #1", Baselines.AS_ASKED), false))
                .isEqualTo("[datadog-snapshot] Baseline: build #1 (as asked)");
        assertThat(LogLines.baseline(
                        Baselines.Found.none(Baselines.NO_EARLIER_SUCCESSFUL, false)
                                .description(),
                        false))
                .isEqualTo("[datadog-snapshot] Baseline: none: there is no earlier successful build; only bounds such"
                        + " as max < 800 are checked");
        assertThat(LogLines.baseline(
                        Baselines.Found.none(Baselines.NONE_ASKED, false).description(), false))
                .startsWith("[datadog-snapshot] Baseline: none: none was asked for (baseline: none)");
        assertThat(LogLines.baseline(
                        Baselines.Found.none(Baselines.noSuchBuild(7), true).description(), true))
                .startsWith("[datadog-snapshot] WARNING: Baseline: none: there is no build #7 (any more)");
    }

    @Test
    void shouldGiveThePagesTheConsolesReasonForNoBaseline() {
        Baselines.Found none = Baselines.Found.none(Baselines.NO_EARLIER_SUCCESSFUL, false);

        assertThat(none.pageReason()).isEqualTo("no baseline: there is no earlier successful build");
        assertThat(none.description()).contains(Baselines.NO_EARLIER_SUCCESSFUL);
        assertThat(Baselines.Found.none(Baselines.nothingStored("build #3", Baselines.AS_ASKED), true)
                        .pageReason())
                .isEqualTo("no baseline: build #3 (as asked) has no stored Datadog snapshots");
    }
}

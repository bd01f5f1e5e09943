package io.jenkins.plugins.datadogsnapshot;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Executor;
import hudson.model.Result;
import io.github.datadogsnapshot.emulator.DatadogEmulator;
import io.github.datadogsnapshot.emulator.DatadogEmulatorExtension;
import java.time.Duration;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * {@code datadogSnapshotWindow} when its body does not end normally. Aborting a build stops only the innermost step
 * (CpsFlowExecution.interrupt), so the block step learns of it in its body callback; it must end at once and
 * capture nothing. Its arguments are checked before the body runs.
 */
@WithJenkins
class DatadogSnapshotWindowStepITest {

    @RegisterExtension
    static final DatadogEmulatorExtension EMULATOR =
            new DatadogEmulatorExtension(DatadogEmulator.builder().renderDelay(Duration.ofMillis(300)));

    private static final String SNAPSHOT_REQUESTS = "/api/v1/graph/snapshot";

    private static WorkflowJob pipeline(JenkinsRule j, String script) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "pipeline");
        job.setDefinition(new CpsFlowDefinition(script, true));
        return job;
    }

    private static void assertNothingCaptured(JenkinsRule j, WorkflowRun run) throws Exception {
        assertThat(EMULATOR.get().requestCount(SNAPSHOT_REQUESTS)).isZero();
        assertThat(run.getAction(SnapshotsAction.class)).isNull();
        j.assertLogNotContains(LogLines.CAPTURING, run);
    }

    @Test
    void shouldCaptureNothingWhenTheBuildIsAbortedDuringTheBody(JenkinsRule j) throws Exception {
        SnapshotITestSupport.useEmulator(EMULATOR.get());
        WorkflowJob job = pipeline(j, """
                datadogSnapshotWindow(metricQuery: 'avg:system.load.1{*}', name: 'body', padding: 0) {
                    sleep 60
                }
                """);
        WorkflowRun run = job.scheduleBuild2(0).waitForStart();
        j.waitForMessage("Sleeping for", run);

        Executor executor = run.getExecutor();
        assertThat(executor).isNotNull();
        executor.interrupt();

        j.assertBuildStatus(Result.ABORTED, j.waitForCompletion(run));
        assertNothingCaptured(j, run);
    }

    @Test
    void shouldCaptureNothingWhenTimeoutEndsTheBody(JenkinsRule j) throws Exception {
        SnapshotITestSupport.useEmulator(EMULATOR.get());
        WorkflowJob job = pipeline(j, """
                timeout(time: 3, unit: 'SECONDS') {
                    datadogSnapshotWindow(metricQuery: 'avg:system.load.1{*}', name: 'body', padding: 0) {
                        sleep 60
                    }
                }
                """);

        WorkflowRun run = j.buildAndAssertStatus(Result.ABORTED, job);

        assertNothingCaptured(j, run);
        assertThat(run.getDuration()).isLessThan(Duration.ofSeconds(50).toMillis());
    }

    @Test
    void shouldRefuseWrongArgumentsBeforeTheBodyRuns(JenkinsRule j) throws Exception {
        SnapshotITestSupport.useEmulator(EMULATOR.get());
        WorkflowJob job = pipeline(j, """
                datadogSnapshotWindow(title: 'a title but no query', padding: 0) {
                    echo 'the body ran'
                }
                """);

        WorkflowRun run = j.buildAndAssertStatus(Result.FAILURE, job);

        j.assertLogContains(
                LogLines.line("graphs (or metricQuery): no graph to capture; give at least one graph"), run);
        j.assertLogNotContains("the body ran", run);
        assertNothingCaptured(j, run);
    }

    @Test
    void shouldRefuseAPaddingOutOfRangeBeforeTheBodyRuns(JenkinsRule j) throws Exception {
        SnapshotITestSupport.useEmulator(EMULATOR.get());
        WorkflowJob job = pipeline(j, """
                datadogSnapshotWindow(metricQuery: 'avg:system.load.1{*}', padding: -5) {
                    echo 'the body ran'
                }
                """);

        WorkflowRun run = j.buildAndAssertStatus(Result.FAILURE, job);

        j.assertLogContains(LogLines.line("padding: -5 seconds is out of range; use 0 to 604800"), run);
        j.assertLogNotContains("the body ran", run);
    }
}

package io.jenkins.plugins.datadogsnapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.datadogsnapshot.emulator.DatadogEmulator;
import io.github.datadogsnapshot.emulator.DatadogEmulatorExtension;
import java.time.Duration;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.junit.jupiter.JenkinsSessionExtension;

/** The snapshots of a build outlive a restart of Jenkins: the action is reloaded and finds its stored manifest. */
class SnapshotsActionRestartITest {

    @RegisterExtension
    static final DatadogEmulatorExtension EMULATOR = new DatadogEmulatorExtension(DatadogEmulator.builder().renderDelay(Duration.ZERO));

    @RegisterExtension
    private final JenkinsSessionExtension sessions = new JenkinsSessionExtension();

    @Test
    void shouldShowAndServeTheSnapshotsAfterARestart() throws Throwable {
        sessions.then(j -> {
            SnapshotITestSupport.useEmulator(EMULATOR.get());
            WorkflowJob job = j.createProject(WorkflowJob.class, "perf");
            job.setDefinition(new CpsFlowDefinition("datadogSnapshot metricQuery: 'avg:system.load.1{*}', title: 'Load'", true));
            j.buildAndAssertSuccess(job);
        });
        sessions.then(j -> {
            WorkflowJob job = j.jenkins.getItemByFullName("perf", WorkflowJob.class);
            WorkflowRun run = job.getBuildByNumber(1);

            assertThat(SnapshotITestSupport.entry(run, "load").isCaptured()).isTrue();
            SnapshotITestSupport.fetchPng(j.createWebClient(), run, "load.png");
            assertThat(j.createWebClient().getPage(job).getWebResponse().getContentAsString())
                    .contains(run.getUrl() + SnapshotsAction.URL_NAME + "/image/load.png");
        });
    }
}

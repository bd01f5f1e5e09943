package io.jenkins.plugins.datadogsnapshot;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.Util;
import io.github.datadogsnapshot.client.manifest.Manifests;
import io.github.datadogsnapshot.emulator.DatadogEmulator;
import io.github.datadogsnapshot.emulator.DatadogEmulatorExtension;
import java.time.Duration;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.JenkinsSessionExtension;

/**
 * The snapshots of a build outlive a restart of Jenkins: the action is reloaded and finds its manifest in the build's
 * directory. A build whose stored snapshots were removed says so instead of showing nothing.
 */
class SnapshotsActionRestartITest {

    @RegisterExtension
    static final DatadogEmulatorExtension EMULATOR =
            new DatadogEmulatorExtension(DatadogEmulator.builder().renderDelay(Duration.ZERO));

    @RegisterExtension
    private final JenkinsSessionExtension sessions = new JenkinsSessionExtension();

    private static WorkflowJob job(JenkinsRule j, String name) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, name);
        job.setDefinition(
                new CpsFlowDefinition("datadogSnapshot metricQuery: 'avg:system.load.1{*}', title: 'Load'", true));
        return job;
    }

    @Test
    void shouldShowAndServeTheSnapshotsAfterARestart() throws Throwable {
        sessions.then(j -> {
            SnapshotITestSupport.useEmulator(EMULATOR.get());
            j.buildAndAssertSuccess(job(j, "perf"));
            WorkflowRun gone = j.buildAndAssertSuccess(job(j, "gone"));
            Util.deleteRecursive(BuildStorage.folder(gone).toFile());
        });
        sessions.then(j -> {
            WorkflowJob job = j.jenkins.getItemByFullName("perf", WorkflowJob.class);
            WorkflowRun run = job.getBuildByNumber(1);

            assertThat(SnapshotITestSupport.entry(run, "load").isCaptured()).isTrue();
            assertThat(SnapshotITestSupport.stored(run, Manifests.FILE_NAME)).isRegularFile();
            SnapshotITestSupport.fetchPng(j.createWebClient(), run, "load.png");
            assertThat(j.createWebClient().getPage(job).getWebResponse().getContentAsString())
                    .contains(run.getUrl() + SnapshotsAction.URL_NAME + "/image/load.png");

            WorkflowRun gone =
                    j.jenkins.getItemByFullName("gone", WorkflowJob.class).getBuildByNumber(1);
            JenkinsRule.WebClient wc = j.createWebClient();
            assertThat(wc.getPage(gone).getWebResponse().getContentAsString())
                    .contains("the stored snapshots of this build are missing");
            assertThat(wc.getPage(gone, SnapshotsAction.URL_NAME + "/")
                            .getWebResponse()
                            .getContentAsString())
                    .contains("the stored snapshots of this build are missing");
        });
    }
}

package io.jenkins.plugins.datadogsnapshot;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Item;
import hudson.model.Run;
import io.github.datadogsnapshot.emulator.DatadogEmulator;
import io.github.datadogsnapshot.emulator.DatadogEmulatorExtension;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import javax.imageio.ImageIO;
import jenkins.model.Jenkins;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/** The job page's trend of each graph's watched statistic, a picture served by the job's action. */
@WithJenkins
class TrendITest {

    @RegisterExtension
    static final DatadogEmulatorExtension EMULATOR =
            new DatadogEmulatorExtension(DatadogEmulator.builder().renderDelay(Duration.ZERO));

    /** The system property behind {@code Functions.isArtifactsPermissionEnabled()}. */
    private static final String ARTIFACTS_PERMISSION = "hudson.security.ArtifactsPermission";

    private static WorkflowJob jobWithBuilds(JenkinsRule j, int builds) throws Exception {
        SnapshotITestSupport.useEmulator(EMULATOR.get());
        WorkflowJob job = j.createProject(WorkflowJob.class, "perf");
        job.setDefinition(new CpsFlowDefinition("""
                datadogSnapshot metricQuery: 'avg:trace.http.request.duration{service:shop} by {host}', name: 'latency',
                                title: 'Latency', padding: 300, renderer: 'local'
                """, true));
        for (int i = 0; i < builds; i++) {
            j.buildAndAssertSuccess(job);
        }
        return job;
    }

    private static String trend(WorkflowJob job, String graph) {
        return job.getUrl() + JobSnapshotsAction.URL_NAME + "/trend/" + graph + ".png";
    }

    @Test
    void shouldServeEachGraphsTrendAsAPngAndShowItOnTheJobPage(JenkinsRule j) throws Exception {
        WorkflowJob job = jobWithBuilds(j, 3);
        JenkinsRule.WebClient wc = j.createWebClient().withThrowExceptionOnFailingStatusCode(false);

        byte[] png = SnapshotITestSupport.fetchPng(wc, trend(job, "latency"));

        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertThat(image.getWidth()).isEqualTo(Trend.WIDTH);
        assertThat(image.getHeight()).isEqualTo(Trend.HEIGHT);
        String jobPage = wc.getPage(job).getWebResponse().getContentAsString();
        assertThat(jobPage)
                .contains(trend(job, "latency"))
                .contains("p95 of each series, by build number, builds #1")
                .contains("(3 builds with numbers)");
        assertThat(SnapshotITestSupport.status(wc, trend(job, "no-such-graph"))).isEqualTo(404);
        assertThat(SnapshotITestSupport.status(wc, job.getUrl() + JobSnapshotsAction.URL_NAME + "/trend/latency.svg"))
                .isEqualTo(404);
    }

    @Test
    void shouldShowNoTrendBeforeTwoBuildsHaveNumbers(JenkinsRule j) throws Exception {
        WorkflowJob job = jobWithBuilds(j, 1);
        JenkinsRule.WebClient wc = j.createWebClient().withThrowExceptionOnFailingStatusCode(false);

        assertThat(SnapshotITestSupport.status(wc, trend(job, "latency"))).isEqualTo(404);
        assertThat(wc.getPage(job).getWebResponse().getContentAsString()).doesNotContain("/trend/latency.png");
    }

    @Test
    void shouldServeTrendsOnlyWithTheImagesPermissions(JenkinsRule j) throws Exception {
        WorkflowJob job = jobWithBuilds(j, 2);
        j.jenkins.setSecurityRealm(j.createDummySecurityRealm());
        j.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.READ)
                .everywhere()
                .to("stranger")
                .grant(Jenkins.READ, Item.READ)
                .everywhere()
                .to("reader")
                .grant(Jenkins.READ, Item.READ, Run.ARTIFACTS)
                .everywhere()
                .to("downloader"));
        JenkinsRule.WebClient stranger = SnapshotITestSupport.login(j, "stranger");
        JenkinsRule.WebClient reader = SnapshotITestSupport.login(j, "reader");
        JenkinsRule.WebClient downloader = SnapshotITestSupport.login(j, "downloader");

        // A job the user may not read is not there for them at all.
        assertThat(SnapshotITestSupport.status(stranger, trend(job, "latency"))).isEqualTo(404);
        SnapshotITestSupport.fetchPng(reader, trend(job, "latency"));
        System.setProperty(
                ARTIFACTS_PERMISSION, "true"); // what Functions.isArtifactsPermissionEnabled() reads, each time
        try {
            assertThat(SnapshotITestSupport.status(reader, trend(job, "latency")))
                    .isEqualTo(403);
            assertThat(reader.getPage(job).getWebResponse().getContentAsString())
                    .doesNotContain("/trend/latency.png");
            SnapshotITestSupport.fetchPng(downloader, trend(job, "latency"));
            assertThat(downloader.getPage(job).getWebResponse().getContentAsString())
                    .contains(trend(job, "latency"));
        } finally {
            System.clearProperty(ARTIFACTS_PERMISSION);
        }
    }
}

package io.jenkins.plugins.datadogsnapshot;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import io.github.datadogsnapshot.client.ManifestEntry;
import io.github.datadogsnapshot.emulator.DatadogEmulator;
import io.github.datadogsnapshot.emulator.DatadogEmulatorExtension;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.FailureBuilder;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class DatadogSnapshotRecorderITest {

    @RegisterExtension
    static final DatadogEmulatorExtension EMULATOR =
            new DatadogEmulatorExtension(DatadogEmulator.builder().renderDelay(Duration.ofMillis(300)));

    private static Graph graph(String query, String title) {
        Graph g = new Graph();
        g.setMetricQuery(query);
        g.setTitle(title);
        return g;
    }

    private static DatadogSnapshotRecorder recorder(Graph... graphs) {
        DatadogSnapshotRecorder recorder = new DatadogSnapshotRecorder();
        recorder.setGraphs(List.of(graphs));
        return recorder;
    }

    @Test
    void shouldKeepItsSettingsThroughTheJobConfigurationPage(JenkinsRule j) throws Exception {
        Graph cpu = graph("avg:system.cpu.user{*}", "CPU");
        cpu.setWidth(800);
        cpu.setEventQuery("tags:deploy");
        DatadogSnapshotRecorder before = recorder(cpu, graph("sum:app.errors{*}.as_count()", null));
        before.setPadding(30);
        before.setFailOnError(true);
        before.setSite("datadoghq.eu");

        DatadogSnapshotRecorder after = j.configRoundtrip(before);

        j.assertEqualDataBoundBeans(before, after);
    }

    @Test
    void shouldCaptureEveryGraphAndServeTheImagesFromTheBuild(JenkinsRule j) throws Exception {
        SnapshotITestSupport.useEmulator(EMULATOR.get());
        FreeStyleProject project = j.createFreeStyleProject("perf");
        project.getPublishersList().add(recorder(graph("avg:system.cpu.user{*}", "CPU"), graph("avg:system.load.1{*}", "Load")));

        FreeStyleBuild build = j.buildAndAssertSuccess(project);

        assertThat(SnapshotITestSupport.manifestOf(build).graphs())
                .extracting(ManifestEntry::name, ManifestEntry::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("cpu", ManifestEntry.Status.CAPTURED),
                        org.assertj.core.groups.Tuple.tuple("load", ManifestEntry.Status.CAPTURED));
        assertThat(build.getArtifactManager().root().child(SnapshotsAction.URL_NAME).child("cpu.png").exists()).isTrue();
        j.assertLogContains("[datadog-snapshot] Stored cpu.png", build);
        j.assertLogNotContains(EMULATOR.get().apiKey(), build);
        SnapshotITestSupport.fetchPng(j.createWebClient(), build, "cpu.png");
        String buildPage = j.createWebClient().getPage(build).getWebResponse().getContentAsString();
        assertThat(buildPage).contains("2 graphs captured").contains(SnapshotsAction.URL_NAME + "/image/load.png");
        String saved = Files.readString(build.getRootDir().toPath().resolve("build.xml"));
        assertThat(saved).contains(SnapshotsAction.class.getName()).doesNotContain(EMULATOR.get().apiKey());
    }

    @Test
    void shouldRecordAFailureWithoutFailingTheBuildByDefault(JenkinsRule j) throws Exception {
        SnapshotITestSupport.useEmulator(EMULATOR.get());
        SnapshotITestSupport.addSecretText(SnapshotITestSupport.APP_KEY_ID, EMULATOR.get().scopedApplicationKey());
        FreeStyleProject project = j.createFreeStyleProject("perf");
        project.getPublishersList().add(recorder(graph("avg:system.cpu.user{*}", "CPU")));

        FreeStyleBuild build = j.buildAndAssertSuccess(project);

        ManifestEntry cpu = SnapshotITestSupport.entry(build, "cpu");
        assertThat(cpu.isCaptured()).isFalse();
        assertThat(cpu.error()).contains("403");
        String buildPage = j.createWebClient().getPage(build).getWebResponse().getContentAsString();
        assertThat(buildPage).contains("0 graphs captured, 1 failed").contains("403");
    }

    @Test
    void shouldFailTheBuildAfterTryingEveryGraphWithFailOnError(JenkinsRule j) throws Exception {
        SnapshotITestSupport.useEmulator(EMULATOR.get());
        FreeStyleProject project = j.createFreeStyleProject("perf");
        Graph broken = graph(null, "Broken");
        broken.setGraphDef("{\"viz\":\"timeseries\",\"requests\":[]}");
        DatadogSnapshotRecorder recorder = recorder(graph("avg:system.cpu.user{*}", "CPU"), broken);
        recorder.setFailOnError(true);
        recorder.setApiKeyCredentialsId("no-such-credentials");
        project.getPublishersList().add(recorder);

        FreeStyleBuild build = j.buildAndAssertStatus(Result.FAILURE, project);

        j.assertLogContains("apiKeyCredentialsId: no Secret text credentials with ID 'no-such-credentials'", build);
        assertThat(SnapshotITestSupport.manifestOf(build).graphs()).hasSize(2).noneMatch(ManifestEntry::isCaptured);
    }

    @Test
    void shouldShowTheLatestBuildsGraphsOnTheJobPageAlsoWhenThatBuildFailed(JenkinsRule j) throws Exception {
        SnapshotITestSupport.useEmulator(EMULATOR.get());
        FreeStyleProject project = j.createFreeStyleProject("perf");
        project.getPublishersList().add(recorder(graph("avg:system.cpu.user{*}", "CPU")));
        j.buildAndAssertSuccess(project);
        project.getBuildersList().add(new FailureBuilder());

        FreeStyleBuild failed = j.buildAndAssertStatus(Result.FAILURE, project);

        assertThat(SnapshotITestSupport.entry(failed, "cpu").isCaptured()).isTrue();
        String jobPage = j.createWebClient().getPage(project).getWebResponse().getContentAsString();
        assertThat(jobPage).contains(failed.getUrl() + SnapshotsAction.URL_NAME + "/image/cpu.png");
    }
}

package io.jenkins.plugins.datadogsnapshot;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Result;
import hudson.tasks.LogRotator;
import io.github.datadogsnapshot.client.ProgressLog;
import io.github.datadogsnapshot.client.config.Credentials;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.client.manifest.Manifests;
import io.github.datadogsnapshot.emulator.DatadogEmulator;
import io.github.datadogsnapshot.emulator.DatadogEmulatorExtension;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.htmlunit.html.HtmlPage;
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

    /** Renders the job's configure page (with Graph/config.jelly in the repeatable) and submits it unchanged. */
    @Test
    void shouldKeepItsSettingsThroughTheJobConfigurationPage(JenkinsRule j) throws Exception {
        Graph cpu = graph("avg:system.cpu.user{*}", "CPU (user)");
        cpu.setWidth(800);
        cpu.setEventQuery("tags:deploy");
        cpu.setThresholds("p95 +10% and +2; max < 90%");
        Graph errors = graph(null, null);
        errors.setGraphDef("{\"viz\":\"timeseries\",\"requests\":[{\"q\":\"sum:app.errors{*}.as_count()\"}]}");
        errors.setName("errors");
        errors.setHeight(300);
        DatadogSnapshotRecorder before = recorder(cpu, errors);
        before.setPadding(30);
        before.setFailOnError(true);
        before.setSite("datadoghq.eu");
        before.setApiUrl("https://dd-proxy.example.com/datadog");
        before.setApiKeyCredentialsId("other-api");
        before.setAppKeyCredentialsId("other-app");
        before.setRenderer("local");
        before.setBaseline("${BASELINE}");
        before.setRegressionResult("FAILURE");

        DatadogSnapshotRecorder after = j.configRoundtrip(before);

        j.assertEqualDataBoundBeans(before, after);
    }

    /** The numbers' checkbox is on by default; unticked it stays off. */
    @Test
    void shouldKeepNumbersSwitchedOffThroughTheJobConfigurationPage(JenkinsRule j) throws Exception {
        DatadogSnapshotRecorder before = recorder(graph("avg:system.cpu.user{*}", "CPU"));
        before.setNumbers(false);

        DatadogSnapshotRecorder after = j.configRoundtrip(before);

        assertThat(after.isNumbers()).isFalse();
        assertThat(j.configRoundtrip(recorder(graph("avg:system.cpu.user{*}", "CPU")))
                        .isNumbers())
                .isTrue();
    }

    @Test
    void shouldStoreTheImagesWithTheBuildButNotAmongItsArtifacts(JenkinsRule j) throws Exception {
        SnapshotITestSupport.useEmulator(EMULATOR.get());
        FreeStyleProject project = j.createFreeStyleProject("perf");
        project.getPublishersList()
                .add(recorder(graph("avg:system.cpu.user{*}", "CPU"), graph("avg:system.load.1{*}", "Load")));

        FreeStyleBuild build = j.buildAndAssertSuccess(project);

        assertThat(SnapshotITestSupport.manifestOf(build).graphs())
                .extracting(ManifestEntry::name, ManifestEntry::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("cpu", ManifestEntry.Status.CAPTURED),
                        org.assertj.core.groups.Tuple.tuple("load", ManifestEntry.Status.CAPTURED));
        assertThat(SnapshotITestSupport.stored(build, "cpu.png")).isRegularFile();
        assertThat(SnapshotITestSupport.stored(build, Manifests.FILE_NAME)).isRegularFile();
        assertThat(build.getHasArtifacts()).isFalse();
        assertThat(build.getArtifactManager()
                        .root()
                        .child(SnapshotsAction.URL_NAME)
                        .exists())
                .isFalse();
        j.assertLogContains(LogLines.line(ProgressLog.storedStart("cpu.png")), build);
        j.assertLogNotContains(EMULATOR.get().apiKey(), build);
        JenkinsRule.WebClient wc = j.createWebClient().withThrowExceptionOnFailingStatusCode(false);
        SnapshotITestSupport.fetchPng(wc, build, "cpu.png");
        // What a reader would try: the build's artifacts, the last successful build's, and the action's own URL.
        for (String path : List.of(
                build.getUrl() + "artifact/" + SnapshotsAction.URL_NAME + "/" + Manifests.FILE_NAME,
                build.getUrl() + "artifact/" + SnapshotsAction.URL_NAME + "/cpu.png",
                project.getUrl() + "lastSuccessfulBuild/artifact/" + SnapshotsAction.URL_NAME + "/"
                        + Manifests.FILE_NAME,
                build.getUrl() + SnapshotsAction.URL_NAME + "/" + Manifests.FILE_NAME,
                build.getUrl() + SnapshotsAction.URL_NAME + "/image/" + Manifests.FILE_NAME)) {
            assertThat(SnapshotITestSupport.status(wc, path)).as(path).isEqualTo(404);
        }
        String buildPage = wc.getPage(build).getWebResponse().getContentAsString();
        assertThat(buildPage).contains("2 graphs captured").contains(SnapshotsAction.URL_NAME + "/image/load.png");
        String saved = Files.readString(build.getRootDir().toPath().resolve("build.xml"));
        assertThat(saved)
                .contains(SnapshotsAction.class.getName())
                .doesNotContain(EMULATOR.get().apiKey());
    }

    @Test
    void shouldKeepShowingTheImagesAfterOldArtifactsAreDiscarded(JenkinsRule j) throws Exception {
        SnapshotITestSupport.useEmulator(EMULATOR.get());
        FreeStyleProject project = j.createFreeStyleProject("perf");
        project.getPublishersList().add(recorder(graph("avg:system.cpu.user{*}", "CPU")));
        project.setBuildDiscarder(new LogRotator(-1, -1, -1, 1));
        FreeStyleBuild first = j.buildAndAssertSuccess(project);
        j.buildAndAssertSuccess(project);

        project.logRotate(); // "discard old artifacts": keeps the artifacts of the newest build only

        JenkinsRule.WebClient wc = j.createWebClient();
        SnapshotITestSupport.fetchPng(wc, first, "cpu.png");
        assertThat(wc.getPage(first).getWebResponse().getContentAsString())
                .contains("1 graph captured")
                .contains(first.getUrl() + SnapshotsAction.URL_NAME + "/image/cpu.png");
    }

    @Test
    void shouldSayWhenAnImageIsNoLongerStoredInsteadOfShowingABrokenOne(JenkinsRule j) throws Exception {
        SnapshotITestSupport.useEmulator(EMULATOR.get());
        FreeStyleProject project = j.createFreeStyleProject("perf");
        project.getPublishersList()
                .add(recorder(graph("avg:system.cpu.user{*}", "CPU"), graph("avg:system.load.1{*}", "Load")));
        FreeStyleBuild build = j.buildAndAssertSuccess(project);

        Files.delete(SnapshotITestSupport.stored(build, "cpu.png"));

        JenkinsRule.WebClient wc = j.createWebClient().withThrowExceptionOnFailingStatusCode(false);
        HtmlPage page = wc.getPage(build, SnapshotsAction.URL_NAME + "/");
        assertThat(page.getWebResponse().getContentAsString())
                .contains("2 graphs captured (1 image is no longer stored)")
                .contains("The image of this graph is no longer stored with the build.")
                .doesNotContain("image/cpu.png")
                .contains("image/load.png");
        assertThat(wc.getPage(build).getWebResponse().getContentAsString()).doesNotContain("image/cpu.png");
        assertThat(SnapshotITestSupport.status(wc, build.getUrl() + SnapshotsAction.URL_NAME + "/image/cpu.png"))
                .isEqualTo(404);
    }

    @Test
    void shouldRecordAFailureNamingTheCredentialsWithoutFailingTheBuildByDefault(JenkinsRule j) throws Exception {
        SnapshotITestSupport.useEmulator(EMULATOR.get());
        SnapshotITestSupport.addSecretText(
                SnapshotITestSupport.APP_KEY_ID, EMULATOR.get().scopedApplicationKey());
        FreeStyleProject project = j.createFreeStyleProject("perf");
        project.getPublishersList().add(recorder(graph("avg:system.cpu.user{*}", "CPU")));

        FreeStyleBuild build = j.buildAndAssertSuccess(project);

        ManifestEntry cpu = SnapshotITestSupport.entry(build, "cpu");
        assertThat(cpu.isCaptured()).isFalse();
        assertThat(cpu.error())
                .contains("403")
                .contains("'" + SnapshotITestSupport.API_KEY_ID + "'")
                .contains("'" + SnapshotITestSupport.APP_KEY_ID + "'")
                .doesNotContain(Credentials.API_KEY_VARIABLE)
                .doesNotContain(Credentials.APPLICATION_KEY_VARIABLE);
        j.assertLogNotContains(Credentials.API_KEY_VARIABLE, build);
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
        assertThat(jobPage)
                .contains(failed.getUrl() + SnapshotsAction.URL_NAME + "/image/cpu.png")
                .contains(failed.getUrl() + SnapshotsAction.URL_NAME + "/#dd-snapshot-cpu");
    }
}

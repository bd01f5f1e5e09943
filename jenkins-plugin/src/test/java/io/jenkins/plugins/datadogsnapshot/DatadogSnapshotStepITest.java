package io.jenkins.plugins.datadogsnapshot;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Computer;
import hudson.model.Item;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.User;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.emulator.DatadogEmulator;
import io.github.datadogsnapshot.emulator.DatadogEmulatorExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jenkins.model.Jenkins;
import jenkins.security.QueueItemAuthenticatorConfiguration;
import org.htmlunit.HttpMethod;
import org.htmlunit.Page;
import org.htmlunit.WebRequest;
import org.htmlunit.html.HtmlPage;
import org.jenkinsci.plugins.structs.describable.DescribableModel;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.MockQueueItemAuthenticator;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class DatadogSnapshotStepITest {

    /** How the client's plan check warns about a window of less than a minute. */
    private static final String SHORT_WINDOW = " long; graphs of less than a minute show few or no points";

    @RegisterExtension
    static final DatadogEmulatorExtension EMULATOR =
            new DatadogEmulatorExtension(DatadogEmulator.builder().renderDelay(Duration.ofMillis(300)));

    /** The system property behind {@code Functions.isArtifactsPermissionEnabled()}. */
    private static final String ARTIFACTS_PERMISSION = "hudson.security.ArtifactsPermission";

    private static WorkflowJob pipeline(JenkinsRule j, String script) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "pipeline");
        job.setDefinition(new CpsFlowDefinition(script, true));
        return job;
    }

    @Test
    void shouldKeepEveryArgumentThroughItsDescribableModel(JenkinsRule j) throws Exception {
        DatadogSnapshotStep step = new DatadogSnapshotStep();
        step.setMetricQuery("avg:system.cpu.user{*}");
        step.setTitle("CPU");
        Graph load = new Graph();
        load.setMetricQuery("avg:system.load.1{*}");
        load.setHeight(300);
        step.setGraphs(List.of(load));
        step.setStart(1_780_000_000L);
        step.setPadding(60);
        step.setFailOnError(true);
        step.setApiKeyCredentialsId("other-api");
        step.setThresholds("p95 +10%");
        load.setThresholds("max < 5");
        step.setNumbers(false);
        step.setBaseline("none");
        step.setRegressionResult("FAILURE");
        DescribableModel<DatadogSnapshotStep> model = DescribableModel.of(DatadogSnapshotStep.class);

        DatadogSnapshotStep copy = model.instantiate(model.uninstantiate2(step).toMap());

        j.assertEqualDataBoundBeans(step, copy);
    }

    @Test
    void shouldReturnNameTitleStatusAndImageUrlPerGraph(JenkinsRule j) throws Exception {
        SnapshotITestSupport.useEmulator(EMULATOR.get());
        WorkflowJob job = pipeline(j, """
                def graphs = datadogSnapshot(metricQuery: 'avg:system.load.1{*}', title: 'Load',
                        graphs: [[metricQuery: 'avg:system.cpu.user{*}', name: 'cpu']])
                for (g in graphs) {
                    echo "graph ${g.name} '${g.title}' ${g.status} ${g.imageUrl}"
                }
                """);

        WorkflowRun run = j.buildAndAssertSuccess(job);

        String base = j.getURL() + run.getUrl() + SnapshotsAction.URL_NAME + "/image/";
        j.assertLogContains(SHORT_WINDOW, run); // a step at the build's very start
        j.assertLogContains("graph load 'Load' CAPTURED " + base + "load.png", run);
        j.assertLogContains("graph cpu 'cpu' CAPTURED " + base + "cpu.png", run);
        SnapshotITestSupport.fetchPng(j.createWebClient(), run, "load.png");
    }

    @Test
    void shouldGatherTheGraphsOfSeveralStepsOnOnePage(JenkinsRule j) throws Exception {
        SnapshotITestSupport.useEmulator(EMULATOR.get());
        WorkflowJob job = pipeline(j, """
                datadogSnapshot metricQuery: 'avg:system.load.1{*}', name: 'before'
                parallel a: { datadogSnapshot metricQuery: 'avg:system.cpu.user{*}', name: 'branch-a' },
                         b: { datadogSnapshot metricQuery: 'avg:system.cpu.system{*}', name: 'branch-b' }
                """);

        WorkflowRun run = j.buildAndAssertSuccess(job);

        assertThat(run.getActions(SnapshotsAction.class)).hasSize(1);
        assertThat(SnapshotITestSupport.manifestOf(run).graphs())
                .extracting(ManifestEntry::name)
                .containsExactlyInAnyOrder("before", "branch-a", "branch-b");
        String page = j.createWebClient()
                .getPage(run, SnapshotsAction.URL_NAME + "/")
                .getWebResponse()
                .getContentAsString();
        assertThat(page)
                .contains("image/before.png")
                .contains("image/branch-a.png")
                .contains("image/branch-b.png");
    }

    @Test
    void shouldCaptureTheWindowOfAFailingBodyAndPassItsFailureOn(JenkinsRule j) throws Exception {
        SnapshotITestSupport.useEmulator(EMULATOR.get());
        WorkflowJob job = pipeline(j, """
                sleep 2
                datadogSnapshotWindow(metricQuery: 'avg:system.load.1{*}', name: 'body', padding: 0) {
                    sleep 1
                    error 'the load test failed on purpose'
                }
                """);

        WorkflowRun run = j.buildAndAssertStatus(Result.FAILURE, job);

        j.assertLogContains("ERROR: the load test failed on purpose", run);
        ManifestEntry body = SnapshotITestSupport.entry(run, "body");
        assertThat(body.isCaptured()).isTrue();
        Instant buildStart = Instant.ofEpochMilli(run.getStartTimeInMillis());
        assertThat(body.window().start()).isAfterOrEqualTo(buildStart.plusSeconds(2));
        assertThat(Duration.between(body.window().start(), body.window().end()))
                .isBetween(Duration.ofSeconds(1), Duration.ofSeconds(30));
    }

    @Test
    void shouldReturnTheBodysResultWhenTheBodySucceeds(JenkinsRule j) throws Exception {
        SnapshotITestSupport.useEmulator(EMULATOR.get());
        WorkflowJob job = pipeline(j, """
                def answer = datadogSnapshotWindow(graphs: [[metricQuery: 'avg:system.load.1{*}', title: 'Load']]) {
                    42
                }
                echo "body returned ${answer}"
                """);

        WorkflowRun run = j.buildAndAssertSuccess(job);

        j.assertLogContains("body returned 42", run);
        assertThat(SnapshotITestSupport.entry(run, "load").isCaptured()).isTrue();
    }

    @Test
    void shouldShowAHostileTitleAsText(JenkinsRule j) throws Exception {
        SnapshotITestSupport.useEmulator(EMULATOR.get());
        String title = "<img src=x onerror=alert(1)>";
        WorkflowJob job =
                pipeline(j, "datadogSnapshot metricQuery: 'avg:system.load.1{*}', name: 'xss', title: '" + title + "'");
        WorkflowRun run = j.buildAndAssertSuccess(job);
        JenkinsRule.WebClient wc = j.createWebClient();
        List<String> alerts = new ArrayList<>();
        wc.setAlertHandler((page, message) -> alerts.add(message));

        List<HtmlPage> pages =
                List.of(wc.getPage(run), wc.getPage(run, SnapshotsAction.URL_NAME + "/"), wc.getPage(job));

        for (HtmlPage page : pages) {
            // The title is there, as text or attribute value, but never parsed into an element of the page.
            assertThat(page.getWebResponse().getContentAsString())
                    .contains("img src=x onerror=alert(1)")
                    .doesNotContain(title);
            assertThat(page.getByXPath("//img[@src='x']")).isEmpty();
        }
        assertThat(pages.get(1).getWebResponse().getContentAsString()).contains("&lt;img src=x onerror=alert(1)&gt;");
        assertThat(alerts).isEmpty();
    }

    @Test
    void shouldServeImagesOnlyToReadersOfTheJobAndOnlyByTheirListedNames(JenkinsRule j) throws Exception {
        SnapshotITestSupport.useEmulator(EMULATOR.get());
        WorkflowJob job = pipeline(j, "datadogSnapshot metricQuery: 'avg:system.load.1{*}', name: 'load'");
        WorkflowRun run = j.buildAndAssertSuccess(job);
        j.jenkins.setSecurityRealm(j.createDummySecurityRealm());
        j.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.READ, Item.READ)
                .everywhere()
                .to("reader")
                .grant(Jenkins.READ)
                .everywhere()
                .to("outsider"));
        JenkinsRule.WebClient reader = j.createWebClient().withThrowExceptionOnFailingStatusCode(false);
        reader.login("reader");
        JenkinsRule.WebClient outsider = j.createWebClient().withThrowExceptionOnFailingStatusCode(false);
        outsider.login("outsider");
        String images = run.getUrl() + SnapshotsAction.URL_NAME + "/image/";

        SnapshotITestSupport.fetchPng(reader, run, "load.png");
        assertThat(reader.goTo(images + "other.png", null).getWebResponse().getStatusCode())
                .isEqualTo(404);
        // Jetty may refuse the encoded slash itself (400); either way nothing is served.
        assertThat(reader.goTo(images + "..%2Fbuild.xml", null).getWebResponse().getStatusCode())
                .isIn(400, 404);
        // The manifest (queries, endpoint, snapshot URLs) is served nowhere: not by the action, not as an artifact.
        for (String manifest : List.of(
                images + "snapshots.json",
                run.getUrl() + SnapshotsAction.URL_NAME + "/snapshots.json",
                run.getUrl() + "artifact/" + SnapshotsAction.URL_NAME + "/snapshots.json")) {
            assertThat(SnapshotITestSupport.status(reader, manifest))
                    .as(manifest)
                    .isEqualTo(404);
        }
        assertThat(outsider.goTo(images + "load.png", null).getWebResponse().getStatusCode())
                .isEqualTo(404);
    }

    @Test
    void shouldHideImagesFromReadersWithoutTheArtifactsPermissionWhereItIsEnabled(JenkinsRule j) throws Exception {
        SnapshotITestSupport.useEmulator(EMULATOR.get());
        WorkflowJob job = pipeline(j, "datadogSnapshot metricQuery: 'avg:system.load.1{*}', name: 'load'");
        WorkflowRun run = j.buildAndAssertSuccess(job);
        j.jenkins.setSecurityRealm(j.createDummySecurityRealm());
        j.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.READ, Item.READ)
                .everywhere()
                .to("reader")
                .grant(Jenkins.READ, Item.READ, Run.ARTIFACTS)
                .everywhere()
                .to("downloader"));
        String image = run.getUrl() + SnapshotsAction.URL_NAME + "/image/load.png";
        JenkinsRule.WebClient reader = SnapshotITestSupport.login(j, "reader");
        JenkinsRule.WebClient downloader = SnapshotITestSupport.login(j, "downloader");

        System.setProperty(
                ARTIFACTS_PERMISSION, "true"); // what Functions.isArtifactsPermissionEnabled() reads, each time
        try {
            assertThat(SnapshotITestSupport.status(reader, image)).isEqualTo(403);
            List<HtmlPage> pages = List.of(
                    reader.getPage(run), reader.getPage(run, SnapshotsAction.URL_NAME + "/"), reader.getPage(job));
            for (HtmlPage page : pages) {
                assertThat(page.getWebResponse().getStatusCode()).isEqualTo(200);
                assertThat(page.getWebResponse().getContentAsString()).doesNotContain("image/load.png");
            }
            assertThat(pages.get(0).getWebResponse().getContentAsString())
                    .contains("1 graph captured")
                    .contains("only to users with the Artifacts permission");
            assertThat(pages.get(2).getWebResponse().getContentAsString())
                    .as("the job page says why as well")
                    .contains("only to users with the Artifacts permission");
            SnapshotITestSupport.fetchPng(downloader, run, "load.png");
            assertThat(downloader.getPage(run).getWebResponse().getContentAsString())
                    .contains("image/load.png");
        } finally {
            System.clearProperty(ARTIFACTS_PERMISSION);
        }
        // Without the optional permission, reading the job is enough, as for the build's artifacts.
        SnapshotITestSupport.fetchPng(reader, run, "load.png");
    }

    @Test
    void shouldLinkThePreviousSuccessfulBuildBesideEachGraph(JenkinsRule j) throws Exception {
        SnapshotITestSupport.useEmulator(EMULATOR.get());
        WorkflowJob job =
                pipeline(j, "datadogSnapshot metricQuery: 'avg:system.load.1{*}', name: 'load', padding: 120");
        WorkflowRun first = j.buildAndAssertSuccess(job);
        WorkflowRun second = j.buildAndAssertSuccess(job);

        HtmlPage page = j.createWebClient().getPage(second, SnapshotsAction.URL_NAME + "/");

        assertThat(page.getElementById("dd-snapshot-load")).isNotNull();
        assertThat(page.getByXPath("//figcaption/a[contains(@href, '" + first.getUrl() + SnapshotsAction.URL_NAME
                        + "/#dd-snapshot-load')]"))
                .hasSize(1);
        assertThat(page.getWebResponse().getContentAsString())
                .contains(first.getUrl() + SnapshotsAction.URL_NAME + "/image/load.png")
                .contains(second.getUrl() + SnapshotsAction.URL_NAME + "/image/load.png");
        j.assertLogNotContains(SHORT_WINDOW, second); // 120 s of padding make it long enough
    }

    @Test
    void shouldListTheKeysTheJobsBuildsCanUse(JenkinsRule j) throws Exception {
        SnapshotITestSupport.useEmulator(EMULATOR.get());
        WorkflowJob job =
                pipeline(j, "datadogSnapshot metricQuery: 'avg:system.load.1{*}', name: 'load', failOnError: true");
        j.jenkins.setSecurityRealm(j.createDummySecurityRealm());
        // The job's builds run as alice, who may not use the job's credentials (no Item.CONFIGURE, which implies
        // Credentials/UseItem): her builds cannot see the system store's keys, so the job's form must not offer them.
        j.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.ADMINISTER)
                .everywhere()
                .to("admin")
                .grant(Jenkins.READ, Item.READ, Item.BUILD, Computer.BUILD)
                .everywhere()
                .to("alice"));
        QueueItemAuthenticatorConfiguration.get()
                .getAuthenticators()
                .add(new MockQueueItemAuthenticator()
                        .authenticate(
                                job.getFullName(), User.getById("alice", true).impersonate2()));
        String fill = job.getUrl() + "descriptorByName/" + DatadogSnapshotStep.class.getName()
                + "/fillApiKeyCredentialsIdItems";

        String offeredToAlicesBuilds = post(j, "admin", fill).getWebResponse().getContentAsString();
        WorkflowRun asAlice = j.buildAndAssertStatus(Result.FAILURE, job);

        assertThat(offeredToAlicesBuilds).doesNotContain(SnapshotITestSupport.API_KEY_ID);
        j.assertLogContains(
                "no Secret text credentials with ID '" + SnapshotITestSupport.API_KEY_ID
                        + "' are available to this build",
                asAlice);

        j.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.ADMINISTER)
                .everywhere()
                .to("admin")
                .grant(Jenkins.READ, Item.READ, Item.BUILD, Item.CONFIGURE, Computer.BUILD)
                .everywhere()
                .to("alice"));
        String offeredOnceAliceMayUseThem =
                post(j, "admin", fill).getWebResponse().getContentAsString();
        j.buildAndAssertSuccess(job);

        assertThat(offeredOnceAliceMayUseThem).contains(SnapshotITestSupport.API_KEY_ID);
    }

    @Test
    void shouldListCredentialsOnlyToThoseWhoMayConfigureTheJob(JenkinsRule j) throws Exception {
        SnapshotITestSupport.useEmulator(EMULATOR.get());
        WorkflowJob job = pipeline(j, "echo 'no capture'");
        j.jenkins.setSecurityRealm(j.createDummySecurityRealm());
        j.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.READ, Item.READ)
                .everywhere()
                .to("reader")
                .grant(Jenkins.READ, Item.READ, Item.CONFIGURE)
                .everywhere()
                .to("configurer"));
        String fill = job.getUrl() + "descriptorByName/" + DatadogSnapshotStep.class.getName()
                + "/fillApiKeyCredentialsIdItems";

        String asReader = post(j, "reader", fill).getWebResponse().getContentAsString();
        String asConfigurer = post(j, "configurer", fill).getWebResponse().getContentAsString();
        Page viaGet = SnapshotITestSupport.login(j, "configurer")
                .getPage(new WebRequest(new java.net.URL(j.getURL(), fill), HttpMethod.GET));

        assertThat(asReader).doesNotContain(SnapshotITestSupport.API_KEY_ID);
        assertThat(asConfigurer).contains(SnapshotITestSupport.API_KEY_ID).contains(SnapshotITestSupport.APP_KEY_ID);
        assertThat(viaGet.getWebResponse().getStatusCode())
                .isEqualTo(404); // Stapler answers a GET on a @POST-only method as not found
    }

    /**
     * The shared settings' endpoints are default methods of CaptureSettingsForm: Stapler serves them, @POST
     * included, on the steps' descriptor and the freestyle action's alike.
     */
    @Test
    void shouldServeTheSharedSettingsEndpointsOnBothDescriptors(JenkinsRule j) throws Exception {
        JenkinsRule.WebClient wc = j.createWebClient().withThrowExceptionOnFailingStatusCode(false);
        for (Class<?> owner : List.of(DatadogSnapshotStep.class, DatadogSnapshotRecorder.class)) {
            String base = "descriptorByName/" + owner.getName() + "/";

            String renderers = wc.getPage(
                            new WebRequest(wc.createCrumbedUrl(base + "fillRendererItems"), HttpMethod.POST))
                    .getWebResponse()
                    .getContentAsString();
            String padding = wc.getPage(
                            new WebRequest(wc.createCrumbedUrl(base + "checkPadding?padding=-1"), HttpMethod.POST))
                    .getWebResponse()
                    .getContentAsString();
            int viaGet = wc.getPage(
                            new WebRequest(new java.net.URL(j.getURL(), base + "fillRendererItems"), HttpMethod.GET))
                    .getWebResponse()
                    .getStatusCode();

            assertThat(renderers).as(owner.getSimpleName()).contains("local").contains("auto");
            assertThat(padding).as(owner.getSimpleName()).contains("padding");
            assertThat(viaGet).as(owner.getSimpleName()).isEqualTo(404);
        }
    }

    private static Page post(JenkinsRule j, String user, String path) throws Exception {
        JenkinsRule.WebClient wc = SnapshotITestSupport.login(j, user);
        return wc.getPage(new WebRequest(wc.createCrumbedUrl(path), HttpMethod.POST));
    }
}

package io.jenkins.plugins.datadogsnapshot;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.Item;
import hudson.model.Result;
import io.github.datadogsnapshot.client.ManifestEntry;
import io.github.datadogsnapshot.emulator.DatadogEmulator;
import io.github.datadogsnapshot.emulator.DatadogEmulatorExtension;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import jenkins.model.Jenkins;
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
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class DatadogSnapshotStepITest {

    @RegisterExtension
    static final DatadogEmulatorExtension EMULATOR =
            new DatadogEmulatorExtension(DatadogEmulator.builder().renderDelay(Duration.ofMillis(300)));

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
        assertThat(SnapshotITestSupport.manifestOf(run).graphs()).extracting(ManifestEntry::name)
                .containsExactlyInAnyOrder("before", "branch-a", "branch-b");
        String page = j.createWebClient().getPage(run, SnapshotsAction.URL_NAME + "/").getWebResponse().getContentAsString();
        assertThat(page).contains("image/before.png").contains("image/branch-a.png").contains("image/branch-b.png");
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
        assertThat(Duration.between(body.window().start(), body.window().end())).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(30));
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
        WorkflowJob job = pipeline(j, "datadogSnapshot metricQuery: 'avg:system.load.1{*}', name: 'xss', title: '" + title + "'");
        WorkflowRun run = j.buildAndAssertSuccess(job);
        JenkinsRule.WebClient wc = j.createWebClient();
        List<String> alerts = new ArrayList<>();
        wc.setAlertHandler((page, message) -> alerts.add(message));

        List<HtmlPage> pages = List.of(wc.getPage(run), wc.getPage(run, SnapshotsAction.URL_NAME + "/"), wc.getPage(job));

        for (HtmlPage page : pages) {
            // The title is there, as text or attribute value, but never parsed into an element of the page.
            assertThat(page.getWebResponse().getContentAsString()).contains("img src=x onerror=alert(1)").doesNotContain(title);
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
                .grant(Jenkins.READ, Item.READ).everywhere().to("reader")
                .grant(Jenkins.READ).everywhere().to("outsider"));
        JenkinsRule.WebClient reader = j.createWebClient().withThrowExceptionOnFailingStatusCode(false);
        reader.login("reader");
        JenkinsRule.WebClient outsider = j.createWebClient().withThrowExceptionOnFailingStatusCode(false);
        outsider.login("outsider");
        String images = run.getUrl() + SnapshotsAction.URL_NAME + "/image/";

        SnapshotITestSupport.fetchPng(reader, run, "load.png");
        assertThat(reader.goTo(images + "other.png", null).getWebResponse().getStatusCode()).isEqualTo(404);
        // Jetty may refuse the encoded slash itself (400); either way nothing is served.
        assertThat(reader.goTo(images + "..%2Fbuild.xml", null).getWebResponse().getStatusCode()).isIn(400, 404);
        assertThat(reader.goTo(images + "snapshots.json", null).getWebResponse().getStatusCode()).isEqualTo(404);
        assertThat(outsider.goTo(images + "load.png", null).getWebResponse().getStatusCode()).isEqualTo(404);
    }

    @Test
    void shouldListCredentialsOnlyToThoseWhoMayConfigureTheJob(JenkinsRule j) throws Exception {
        SnapshotITestSupport.useEmulator(EMULATOR.get());
        WorkflowJob job = pipeline(j, "echo 'no capture'");
        j.jenkins.setSecurityRealm(j.createDummySecurityRealm());
        j.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.READ, Item.READ).everywhere().to("reader")
                .grant(Jenkins.READ, Item.READ, Item.CONFIGURE).everywhere().to("configurer"));
        String fill = job.getUrl() + "descriptorByName/" + DatadogSnapshotStep.class.getName() + "/fillApiKeyCredentialsIdItems";

        String asReader = post(j, "reader", fill).getWebResponse().getContentAsString();
        String asConfigurer = post(j, "configurer", fill).getWebResponse().getContentAsString();
        Page viaGet = login(j, "configurer").getPage(new WebRequest(new java.net.URL(j.getURL(), fill), HttpMethod.GET));

        assertThat(asReader).doesNotContain(SnapshotITestSupport.API_KEY_ID);
        assertThat(asConfigurer).contains(SnapshotITestSupport.API_KEY_ID).contains(SnapshotITestSupport.APP_KEY_ID);
        assertThat(viaGet.getWebResponse().getStatusCode()).isEqualTo(404); // Stapler answers a GET on a @POST-only method as not found
    }

    private static JenkinsRule.WebClient login(JenkinsRule j, String user) throws Exception {
        JenkinsRule.WebClient wc = j.createWebClient().withThrowExceptionOnFailingStatusCode(false);
        wc.login(user);
        return wc;
    }

    private static Page post(JenkinsRule j, String user, String path) throws Exception {
        JenkinsRule.WebClient wc = login(j, user);
        return wc.getPage(new WebRequest(wc.createCrumbedUrl(path), HttpMethod.POST));
    }
}

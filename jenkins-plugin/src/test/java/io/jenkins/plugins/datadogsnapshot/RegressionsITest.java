package io.jenkins.plugins.datadogsnapshot;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.ParametersAction;
import hudson.model.ParametersDefinitionProperty;
import hudson.model.Result;
import hudson.model.StringParameterDefinition;
import hudson.model.StringParameterValue;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.client.manifest.Regressions;
import io.github.datadogsnapshot.client.regression.SeriesComparison;
import io.github.datadogsnapshot.client.regression.SeriesStats;
import io.github.datadogsnapshot.client.regression.Verdict;
import io.github.datadogsnapshot.emulator.DatadogEmulator;
import io.github.datadogsnapshot.emulator.DatadogEmulatorExtension;
import java.time.Duration;
import java.util.List;
import org.htmlunit.html.HtmlPage;
import org.jenkinsci.plugins.workflow.actions.BodyInvocationAction;
import org.jenkinsci.plugins.workflow.actions.WarningAction;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.cps.nodes.StepStartNode;
import org.jenkinsci.plugins.workflow.graph.FlowNode;
import org.jenkinsci.plugins.workflow.graphanalysis.DepthFirstScanner;
import org.jenkinsci.plugins.workflow.graphanalysis.NodeStepTypePredicate;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The numbers against a real Jenkins: a graph that crosses its thresholds marks the build (and a Pipeline step's node)
 * UNSTABLE or, when asked, FAILURE; the baseline is the previous successful build, a build by number or by a build
 * parameter; missing data is never a regression; a picture drawn here spends no snapshot. The emulator's latency
 * series are never below 1 ms, so {@code max < 1} is crossed by every build; a change against a baseline is made
 * certain by scaling the baseline build's stored numbers ({@link SnapshotITestSupport#scaleNumbers}).
 */
@WithJenkins
class RegressionsITest {

    @RegisterExtension
    static final DatadogEmulatorExtension EMULATOR =
            new DatadogEmulatorExtension(DatadogEmulator.builder().renderDelay(Duration.ofMillis(300)));

    private static final String SNAPSHOT_REQUESTS = "/api/v1/graph/snapshot";
    private static final String QUERY_REQUESTS = "/api/v1/query";
    private static final String LATENCY = "avg:trace.http.request.duration{service:shop}";
    private static final Baselines.Found NO_EARLIER_SUCCESSFUL =
            Baselines.Found.none(Baselines.NO_EARLIER_SUCCESSFUL, false);

    /** The message {@code refused} throws, as the plugin logs it. */
    private static String refusal(Runnable refused) {
        try {
            refused.run();
        } catch (IllegalArgumentException e) {
            return e.getMessage();
        }
        throw new AssertionError("not refused");
    }

    private static WorkflowJob pipeline(JenkinsRule j, String script) throws Exception {
        WorkflowJob job = j.createProject(WorkflowJob.class, "pipeline");
        job.setDefinition(new CpsFlowDefinition(script, true));
        return job;
    }

    /** The step's own node in the flow graph. */
    private static FlowNode stepNode(WorkflowRun run, String functionName) {
        FlowNode node =
                new DepthFirstScanner().findFirstMatch(run.getExecution(), new NodeStepTypePredicate(functionName));
        assertThat(node).as(functionName + " in the flow graph").isNotNull();
        return node;
    }

    private static Graph latency(String thresholds) {
        Graph graph = new Graph();
        graph.setMetricQuery(LATENCY);
        graph.setName("latency");
        graph.setThresholds(thresholds);
        return graph;
    }

    private static FreeStyleProject freestyle(JenkinsRule j, DatadogSnapshotRecorder recorder) throws Exception {
        FreeStyleProject project = j.createFreeStyleProject("perf");
        recorder.setPadding(300);
        project.getPublishersList().add(recorder);
        return project;
    }

    private static DatadogSnapshotRecorder recorder(Graph... graphs) {
        DatadogSnapshotRecorder recorder = new DatadogSnapshotRecorder();
        recorder.setGraphs(List.of(graphs));
        return recorder;
    }

    @Test
    void shouldMarkAPipelineBuildAndTheStepsNodeUnstableAndGoOn(JenkinsRule j) throws Exception {
        SnapshotITestSupport.useEmulator(EMULATOR.get());
        WorkflowJob job = pipeline(j, """
                def graphs = datadogSnapshot(metricQuery: '%s', name: 'latency', thresholds: 'max < 1', padding: 300)
                echo "verdict ${graphs[0].verdict}, crossed: ${graphs[0].regressions.size()}"
                """.formatted(LATENCY));

        WorkflowRun run = j.buildAndAssertStatus(Result.UNSTABLE, job);

        List<String> crossed = Regressions.crossed(List.of(SnapshotITestSupport.entry(run, "latency")));
        assertThat(crossed)
                .singleElement()
                .asString()
                .startsWith("graph 'latency': max of " + LATENCY)
                .contains(" is ")
                .endsWith(", which breaks 'max < 1'");
        j.assertLogContains(LogLines.regression(crossed.get(0)), run);
        j.assertLogContains("1 Datadog graph crossed its thresholds (latency): marking the build UNSTABLE", run);
        j.assertLogContains("verdict REGRESSION, crossed: 1", run);
        WarningAction warning = stepNode(run, "datadogSnapshot").getPersistentAction(WarningAction.class);
        assertThat(warning).isNotNull();
        assertThat(warning.getResult()).isEqualTo(Result.UNSTABLE);
        assertThat(warning.getMessage()).contains("latency");
        assertThat(SnapshotITestSupport.entry(run, "latency").comparison().verdict())
                .isEqualTo(Verdict.REGRESSION);
        String page = j.createWebClient()
                .getPage(run, SnapshotsAction.URL_NAME + "/")
                .getWebResponse()
                .getContentAsString();
        assertThat(page).contains("Regression").contains("threshold crossed").contains("max &lt; 1");
        assertThat(j.createWebClient().getPage(run).getWebResponse().getContentAsString())
                .contains("1 of 1 graph crossed its thresholds");
    }

    @Test
    void shouldMarkTheBuildFailedWhenAskedAndStillRunTheNextSteps(JenkinsRule j) throws Exception {
        SnapshotITestSupport.useEmulator(EMULATOR.get());
        WorkflowJob job = pipeline(j, """
                datadogSnapshotWindow(graphs: [[metricQuery: '%s', name: 'latency', thresholds: 'max < 1']],
                                      regressionResult: 'FAILURE', padding: 300) {
                    echo 'load test'
                }
                echo 'after the capture'
                """.formatted(LATENCY));

        WorkflowRun run = j.buildAndAssertStatus(Result.FAILURE, job);

        j.assertLogContains("marking the build FAILURE", run);
        j.assertLogContains("after the capture", run);
        // A block step has its start node, its body's start and end nodes and its end node; the step's own is marked.
        List<FlowNode> marked = new DepthFirstScanner()
                .filteredNodes(run.getExecution(), new NodeStepTypePredicate("datadogSnapshotWindow")).stream()
                        .filter(n -> n.getPersistentAction(WarningAction.class) != null)
                        .toList();
        assertThat(marked).singleElement().isInstanceOf(StepStartNode.class);
        assertThat(marked.get(0).getPersistentAction(BodyInvocationAction.class))
                .as("not the body's start")
                .isNull();
        assertThat(marked.get(0).getPersistentAction(WarningAction.class).getResult())
                .isEqualTo(Result.FAILURE);
    }

    @Test
    void shouldMarkAFreestyleBuildUnstableOrFailedAsConfigured(JenkinsRule j) throws Exception {
        SnapshotITestSupport.useEmulator(EMULATOR.get());
        DatadogSnapshotRecorder recorder = recorder(latency("max < 1"));
        FreeStyleProject project = freestyle(j, recorder);

        FreeStyleBuild unstable = j.buildAndAssertStatus(Result.UNSTABLE, project);
        recorder.setRegressionResult("FAILURE");
        FreeStyleBuild failed = j.buildAndAssertStatus(Result.FAILURE, project);

        j.assertLogContains(
                LogLines.regression(Regressions.crossed(List.of(SnapshotITestSupport.entry(unstable, "latency")))
                        .get(0)),
                unstable);
        j.assertLogContains("marking the build UNSTABLE", unstable);
        j.assertLogContains("marking the build FAILURE", failed);
        // build #1 regressed, so #2 has no baseline, for the reason its console gives: the page says the same.
        j.assertLogContains(LogLines.baseline(NO_EARLIER_SUCCESSFUL.description(), false), failed);
        assertThat(j.createWebClient()
                        .getPage(failed, SnapshotsAction.URL_NAME + "/")
                        .getWebResponse()
                        .getContentAsString())
                .contains(NO_EARLIER_SUCCESSFUL.pageReason())
                .doesNotContain(io.github.datadogsnapshot.client.regression.Comparison.NO_BASELINE_FOR_GRAPH);
        assertThat(SnapshotITestSupport.stored(failed, "latency.png"))
                .as("the picture is stored all the same")
                .isRegularFile();
    }

    @Test
    void shouldNotCallTheFirstBuildARegressionForWantOfABaseline(JenkinsRule j) throws Exception {
        SnapshotITestSupport.useEmulator(EMULATOR.get());
        WorkflowJob job = pipeline(
                j,
                "datadogSnapshot metricQuery: '" + LATENCY + "', name: 'latency', "
                        + "thresholds: 'p95 +10%', padding: 300");

        WorkflowRun first = j.buildAndAssertSuccess(job);

        j.assertLogContains(LogLines.baseline(NO_EARLIER_SUCCESSFUL.description(), false), first);
        j.assertLogNotContains("REGRESSION", first);
        ManifestEntry entry = SnapshotITestSupport.entry(first, "latency");
        assertThat(entry.series()).isNotEmpty();
        assertThat(entry.baseline()).isNull();
        assertThat(entry.comparison().verdict()).isEqualTo(Verdict.NO_BASELINE);
        assertThat(stepNode(first, "datadogSnapshot").getPersistentAction(WarningAction.class))
                .isNull();
        String page = j.createWebClient()
                .getPage(first, SnapshotsAction.URL_NAME + "/")
                .getWebResponse()
                .getContentAsString();
        assertThat(page)
                .contains("No baseline")
                .contains(NO_EARLIER_SUCCESSFUL.pageReason())
                .doesNotContain("threshold crossed");
    }

    @Test
    void shouldCompareWithThePreviousSuccessfulBuildAndNeverWithARegressedOne(JenkinsRule j) throws Exception {
        SnapshotITestSupport.useEmulator(EMULATOR.get());
        WorkflowJob job = pipeline(
                j,
                "datadogSnapshot metricQuery: '" + LATENCY + "', name: 'latency', "
                        + "thresholds: 'p95 +10%', padding: 300");
        WorkflowRun first = j.buildAndAssertSuccess(job);
        SnapshotITestSupport.scaleNumbers(first, 0.5); // build 1 was twice as fast

        WorkflowRun second = j.buildAndAssertStatus(Result.UNSTABLE, job);
        WorkflowRun third = j.buildAndAssertStatus(Result.UNSTABLE, job);

        j.assertLogContains(
                LogLines.baseline(Baselines.found("build #1", Baselines.PREVIOUS_SUCCESSFUL), false), second);
        j.assertLogContains("rose from", second);
        j.assertLogContains("more than 'p95 +10%' (baseline: build #1)", second);
        // Build 2 is UNSTABLE, so build 3 is still compared with build 1.
        j.assertLogContains(
                LogLines.baseline(Baselines.found("build #1", Baselines.PREVIOUS_SUCCESSFUL), false), third);
        SeriesComparison series = SnapshotITestSupport.entry(second, "latency")
                .comparison()
                .series()
                .get(0);
        SeriesStats baseline =
                SnapshotITestSupport.entry(first, "latency").series().get(0);
        assertThat(series.baseline()).isEqualTo(baseline.p95());
        assertThat(series.changePercent()).isGreaterThan(10);
        HtmlPage page = j.createWebClient().getPage(second, SnapshotsAction.URL_NAME + "/");
        assertThat(page.getByXPath("//figcaption/a[contains(@href, '" + first.getUrl() + SnapshotsAction.URL_NAME
                        + "/#dd-snapshot-latency')]"))
                .as("the baseline's picture beside")
                .hasSize(1);
        assertThat(page.getWebResponse().getContentAsString()).contains("build #1");
    }

    @Test
    void shouldCompareWithTheBuildOfTheGivenNumber(JenkinsRule j) throws Exception {
        SnapshotITestSupport.useEmulator(EMULATOR.get());
        WorkflowJob job = pipeline(
                j,
                "datadogSnapshot metricQuery: '" + LATENCY + "', name: 'latency', padding: 300, "
                        + "baseline: currentBuild.number > 2 ? '1' : ''");
        WorkflowRun first = j.buildAndAssertSuccess(job);
        j.buildAndAssertSuccess(job);

        WorkflowRun third = j.buildAndAssertSuccess(job);

        j.assertLogContains(LogLines.baseline(Baselines.found("build #1", Baselines.AS_ASKED), false), third);
        ManifestEntry entry = SnapshotITestSupport.entry(third, "latency");
        assertThat(entry.baseline()).isEqualTo("build #1");
        assertThat(entry.comparison().series().get(0).baseline())
                .isEqualTo(SnapshotITestSupport.entry(first, "latency")
                        .series()
                        .get(0)
                        .p95());
    }

    @Test
    void shouldTakeTheBaselineFromAPipelineParameter(JenkinsRule j) throws Exception {
        SnapshotITestSupport.useEmulator(EMULATOR.get());
        WorkflowJob job = pipeline(
                j,
                "datadogSnapshot metricQuery: '" + LATENCY + "', name: 'latency', padding: 300, "
                        + "baseline: params.BASELINE");
        job.addProperty(new ParametersDefinitionProperty(new StringParameterDefinition("BASELINE", "")));
        j.buildAndAssertSuccess(job);
        j.buildAndAssertSuccess(job);

        WorkflowRun chosen = j.assertBuildStatusSuccess(
                job.scheduleBuild2(0, new ParametersAction(new StringParameterValue("BASELINE", "1"))));
        WorkflowRun none = j.assertBuildStatusSuccess(
                job.scheduleBuild2(0, new ParametersAction(new StringParameterValue("BASELINE", "none"))));
        WorkflowRun empty = j.assertBuildStatusSuccess(
                job.scheduleBuild2(0, new ParametersAction(new StringParameterValue("BASELINE", ""))));

        assertThat(SnapshotITestSupport.entry(chosen, "latency").baseline()).isEqualTo("build #1");
        assertThat(SnapshotITestSupport.entry(none, "latency").baseline()).isNull();
        j.assertLogContains(
                LogLines.baseline(
                        Baselines.Found.none(Baselines.NONE_ASKED, false).description(), false),
                none);
        assertThat(SnapshotITestSupport.entry(empty, "latency").baseline())
                .as("the previous successful build")
                .isEqualTo("build #4");
    }

    @Test
    void shouldExpandABuildParameterInTheFreestyleBaselineAndRefuseAWrongOneBeforeAnyRequest(JenkinsRule j)
            throws Exception {
        SnapshotITestSupport.useEmulator(EMULATOR.get());
        DatadogSnapshotRecorder recorder = recorder(latency(null));
        recorder.setBaseline("${BASELINE}");
        FreeStyleProject project = freestyle(j, recorder);
        project.addProperty(new ParametersDefinitionProperty(new StringParameterDefinition("BASELINE", "")));
        j.buildAndAssertSuccess(project);
        j.buildAndAssertSuccess(project);

        FreeStyleBuild chosen = j.assertBuildStatusSuccess(
                project.scheduleBuild2(0, new ParametersAction(new StringParameterValue("BASELINE", "#1"))));
        EMULATOR.get().reset();
        FreeStyleBuild wrong = j.assertBuildStatus(
                Result.FAILURE,
                project.scheduleBuild2(0, new ParametersAction(new StringParameterValue("BASELINE", "lastGood"))));

        assertThat(SnapshotITestSupport.entry(chosen, "latency").baseline()).isEqualTo("build #1");
        j.assertLogContains(LogLines.line(refusal(() -> BaselineChoice.parse("lastGood"))), wrong);
        assertThat(EMULATOR.get().requestCount(SNAPSHOT_REQUESTS)).isZero();
        assertThat(EMULATOR.get().requestCount(QUERY_REQUESTS)).isZero();
    }

    @Test
    void shouldRefuseABaselineThatIsNotEarlierBeforeTheBodyRuns(JenkinsRule j) throws Exception {
        SnapshotITestSupport.useEmulator(EMULATOR.get());
        WorkflowJob job = pipeline(j, """
                datadogSnapshotWindow(metricQuery: '%s', name: 'latency', baseline: '1') {
                    echo 'the body ran'
                }
                """.formatted(LATENCY));

        WorkflowRun run = j.buildAndAssertStatus(Result.FAILURE, job);

        j.assertLogContains("baseline: build #1 is this build; give an earlier build", run);
        j.assertLogNotContains("the body ran", run);
    }

    @Test
    void shouldDrawThePictureHereWithoutASnapshotRequestWhenToldTo(JenkinsRule j) throws Exception {
        SnapshotITestSupport.useEmulator(EMULATOR.get());
        WorkflowJob job = pipeline(
                j,
                "datadogSnapshot metricQuery: '" + LATENCY + "', name: 'latency', padding: 300, "
                        + "renderer: 'local'");

        WorkflowRun run = j.buildAndAssertSuccess(job);

        assertThat(EMULATOR.get().requestCount(SNAPSHOT_REQUESTS))
                .as("the snapshot budget is spared")
                .isZero();
        assertThat(EMULATOR.get().requestCount(QUERY_REQUESTS)).isPositive();
        ManifestEntry entry = SnapshotITestSupport.entry(run, "latency");
        assertThat(entry.isCaptured()).isTrue();
        assertThat(entry.isDrawnLocally()).isTrue();
        assertThat(entry.snapshotUrl()).isNull();
        assertThat(SnapshotITestSupport.stored(run, "latency.png")).isRegularFile();
        SnapshotITestSupport.fetchPng(j.createWebClient(), run, "latency.png");
        String page = j.createWebClient()
                .getPage(run, SnapshotsAction.URL_NAME + "/")
                .getWebResponse()
                .getContentAsString();
        assertThat(page).contains("Rendered locally").contains("renderer local was asked for");
    }

    @Test
    void shouldRefuseLocalPicturesWithoutNumbersBeforeAnyRequest(JenkinsRule j) throws Exception {
        SnapshotITestSupport.useEmulator(EMULATOR.get());
        WorkflowJob job =
                pipeline(j, "datadogSnapshot metricQuery: '" + LATENCY + "', renderer: 'local', numbers: false");

        WorkflowRun run = j.buildAndAssertStatus(Result.FAILURE, job);

        j.assertLogContains("renderer: local draws the pictures from the graphs' numbers, but numbers is false", run);
        assertThat(EMULATOR.get().requests()).isEmpty();
    }
}

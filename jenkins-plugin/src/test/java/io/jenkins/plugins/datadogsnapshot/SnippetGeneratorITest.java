package io.jenkins.plugins.datadogsnapshot;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jenkinsci.plugins.workflow.cps.SnippetizerTester;
import org.jenkinsci.plugins.workflow.steps.StepConfigTester;
import org.junit.jupiter.api.Test;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * Both steps through the Pipeline Syntax page's Snippet Generator: their {@code config.jelly} rendered in a real
 * form and bound back ({@link StepConfigTester}, the form the generator shows), the form's JSON turned into a step and
 * Groovy ({@code pipeline-syntax/generateSnippet}), and the Groovy parsed back ({@link SnippetizerTester}).
 */
@WithJenkins
class SnippetGeneratorITest {

    private static final String QUERY = "avg:system.load.1{*}";

    private static Graph errors() {
        Graph errors = new Graph();
        errors.setGraphDef("{\"viz\":\"timeseries\",\"requests\":[{\"q\":\"sum:app.errors{*}.as_count()\"}]}");
        errors.setName("errors");
        errors.setHeight(300);
        errors.setThresholds("max < 5");
        return errors;
    }

    private static <S extends AbstractSnapshotStep> S everyArgument(S step) {
        step.setMetricQuery("avg:system.cpu.user{*}");
        step.setTitle("CPU (user)");
        step.setEventQuery("tags:deploy");
        step.setName("cpu");
        step.setWidth(800);
        step.setHeight(400);
        step.setGraphs(List.of(errors()));
        step.setPadding(60);
        step.setFailOnError(true);
        step.setSite("datadoghq.eu");
        step.setApiUrl("https://dd-proxy.example.com/datadog");
        step.setApiKeyCredentialsId("other-api");
        step.setAppKeyCredentialsId("other-app");
        step.setThresholds("p95 +10% and +2ms; max < 800");
        step.setBaseline("${BASELINE}");
        step.setRegressionResult("FAILURE");
        return step;
    }

    @Test
    void shouldKeepEveryArgumentOfDatadogSnapshotThroughItsForm(JenkinsRule j) throws Exception {
        DatadogSnapshotStep before = everyArgument(new DatadogSnapshotStep());
        before.setStart(1_780_000_000L);
        before.setEnd(1_780_000_900L);
        before.setNumbers(false); // the checkbox that is on by default, unticked

        DatadogSnapshotStep after = new StepConfigTester(j).configRoundTrip(before);

        j.assertEqualDataBoundBeans(before, after);
    }

    @Test
    void shouldKeepAnEmptyWindowEmptyThroughTheForm(JenkinsRule j) throws Exception {
        DatadogSnapshotStep before = new DatadogSnapshotStep();
        before.setMetricQuery(QUERY);

        DatadogSnapshotStep after = new StepConfigTester(j).configRoundTrip(before);

        assertThat(after.getStart()).isNull();
        assertThat(after.getEnd()).isNull();
        j.assertEqualDataBoundBeans(before, after);
    }

    @Test
    void shouldKeepEveryArgumentOfDatadogSnapshotWindowThroughItsForm(JenkinsRule j) throws Exception {
        DatadogSnapshotWindowStep before = everyArgument(new DatadogSnapshotWindowStep());
        before.setRenderer("auto");

        DatadogSnapshotWindowStep after = new StepConfigTester(j).configRoundTrip(before);

        j.assertEqualDataBoundBeans(before, after);
    }

    @Test
    void shouldGenerateAndParseBackTheSnippetOfEitherStep(JenkinsRule j) throws Exception {
        DatadogSnapshotStep snapshot = new DatadogSnapshotStep();
        snapshot.setMetricQuery(QUERY);
        snapshot.setTitle("Load");
        snapshot.setStart(1_780_000_000L);
        snapshot.setEnd(1_780_000_900L);
        DatadogSnapshotWindowStep window = new DatadogSnapshotWindowStep();
        window.setMetricQuery(QUERY);
        window.setName("body");
        window.setPadding(0);
        DatadogSnapshotStep numbers = new DatadogSnapshotStep();
        numbers.setMetricQuery(QUERY);
        numbers.setThresholds("p95 +10%");
        numbers.setBaseline("41");
        numbers.setRegressionResult("FAILURE");
        numbers.setRenderer("local");
        DatadogSnapshotStep pictures = new DatadogSnapshotStep();
        pictures.setMetricQuery(QUERY);
        pictures.setNumbers(false);
        SnippetizerTester snippets = new SnippetizerTester(j);

        snippets.assertRoundTrip(
                snapshot,
                "datadogSnapshot end: 1780000900, metricQuery: '" + QUERY + "', start: 1780000000, title: 'Load'");
        snippets.assertRoundTrip(
                window,
                "datadogSnapshotWindow(metricQuery: '" + QUERY
                        + "', name: 'body', padding: 0) {\n    // some block\n}");
        snippets.assertRoundTrip(
                numbers,
                "datadogSnapshot baseline: '41', metricQuery: '" + QUERY
                        + "', regressionResult: 'FAILURE', renderer: 'local', thresholds: 'p95 +10%'");
        snippets.assertRoundTrip(pictures, "datadogSnapshot metricQuery: '" + QUERY + "', numbers: false");
    }

    /** The generator posts every field of the form; empty number fields must not become arguments. */
    @Test
    void shouldLeaveEmptyFieldsOutOfTheGeneratedSnippet(JenkinsRule j) throws Exception {
        String form = """
                {"stapler-class": "%s", "metricQuery": "%s", "title": "", "start": "1780000000", "end": "",
                 "padding": "", "width": "", "height": "", "failOnError": false, "site": "", "apiUrl": "",
                 "thresholds": "", "baseline": "", "regressionResult": "", "numbers": true, "renderer": ""}""".formatted(DatadogSnapshotStep.class.getName(), QUERY);

        new SnippetizerTester(j)
                .assertGenerateSnippet(form, "datadogSnapshot metricQuery: '" + QUERY + "', start: 1780000000", null);
    }
}

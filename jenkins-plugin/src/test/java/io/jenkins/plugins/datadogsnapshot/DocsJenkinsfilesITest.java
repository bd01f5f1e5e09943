package io.jenkins.plugins.datadogsnapshot;

import static org.assertj.core.api.Assertions.assertThat;

import hudson.model.ParametersDefinitionProperty;
import hudson.model.Result;
import hudson.model.StringParameterDefinition;
import io.github.datadogsnapshot.client.manifest.Manifest;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.emulator.DatadogEmulator;
import io.github.datadogsnapshot.emulator.DatadogEmulatorExtension;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.jenkinsci.plugins.workflow.cps.CpsFlowDefinition;
import org.jenkinsci.plugins.workflow.job.WorkflowJob;
import org.jenkinsci.plugins.workflow.job.WorkflowRun;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

/**
 * The Jenkinsfiles the documentation shows (README.md, docs/jenkins.md, docs/regressions.md include them from
 * {@code jenkinsfiles/}, and build-support/docs-check fails when a page differs from its file) run as they are
 * written: each is the first build of a Pipeline job against the emulator, succeeds, and captures every graph.
 */
@WithJenkins
class DocsJenkinsfilesITest {

    @RegisterExtension
    static final DatadogEmulatorExtension EMULATOR =
            new DatadogEmulatorExtension(DatadogEmulator.builder().renderDelay(Duration.ofMillis(300)));

    @Test
    void shouldRunTheQuickStart(JenkinsRule j) throws Exception {
        runAsFirstBuild(j, "quickstart");
    }

    @Test
    void shouldRunTheCaptureExample(JenkinsRule j) throws Exception {
        runAsFirstBuild(j, "capture");
    }

    @Test
    void shouldRunTheExplicitWindowExample(JenkinsRule j) throws Exception {
        runAsFirstBuild(j, "explicit-window");
    }

    @Test
    void shouldRunTheRegressionsExample(JenkinsRule j) throws Exception {
        runAsFirstBuild(j, "regressions");
    }

    @Test
    void shouldRunTheStopOnRegressionExample(JenkinsRule j) throws Exception {
        runAsFirstBuild(j, "stop-on-regression");
    }

    private static void runAsFirstBuild(JenkinsRule j, String name) throws Exception {
        SnapshotITestSupport.useEmulator(EMULATOR.get());
        WorkflowJob job = j.createProject(WorkflowJob.class, name);
        job.addProperty(new ParametersDefinitionProperty(new StringParameterDefinition("BASELINE", "")));
        job.setDefinition(new CpsFlowDefinition(jenkinsfile(name), true));

        WorkflowRun run = j.buildAndAssertStatus(Result.SUCCESS, job);

        Manifest manifest = SnapshotITestSupport.manifestOf(run);
        assertThat(manifest.graphs()).isNotEmpty();
        assertThat(manifest.graphs()).extracting(ManifestEntry::status).containsOnly(ManifestEntry.Status.CAPTURED);
    }

    private static String jenkinsfile(String name) throws IOException {
        try (InputStream in = DocsJenkinsfilesITest.class.getResourceAsStream("jenkinsfiles/" + name + ".groovy")) {
            assertThat(in).as("jenkinsfiles/" + name + ".groovy").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

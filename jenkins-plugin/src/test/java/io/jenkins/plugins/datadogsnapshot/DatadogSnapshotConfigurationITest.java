package io.jenkins.plugins.datadogsnapshot;

import static org.assertj.core.api.Assertions.assertThat;

import com.cloudbees.plugins.credentials.CredentialsScope;
import hudson.model.FreeStyleBuild;
import hudson.model.FreeStyleProject;
import hudson.model.Item;
import hudson.model.Result;
import io.github.datadogsnapshot.emulator.DatadogEmulator;
import io.github.datadogsnapshot.emulator.DatadogEmulatorExtension;
import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import jenkins.model.Jenkins;
import org.htmlunit.HttpMethod;
import org.htmlunit.Page;
import org.htmlunit.WebRequest;
import org.htmlunit.util.NameValuePair;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.jvnet.hudson.test.JenkinsRule;
import org.jvnet.hudson.test.MockAuthorizationStrategy;
import org.jvnet.hudson.test.junit.jupiter.WithJenkins;

@WithJenkins
class DatadogSnapshotConfigurationITest {

    @RegisterExtension
    static final DatadogEmulatorExtension EMULATOR =
            new DatadogEmulatorExtension(DatadogEmulator.builder().renderDelay(Duration.ZERO));

    private static final String ENDPOINTS = "descriptorByName/" + DatadogSnapshotConfiguration.class.getName() + "/";

    @Test
    void shouldKeepEverySettingThroughTheConfigurationPage(JenkinsRule j) throws Exception {
        SnapshotITestSupport.addSecretText("api", "secret-api-key");
        SnapshotITestSupport.addSecretText("app", "secret-app-key");
        DatadogSnapshotConfiguration config = DatadogSnapshotConfiguration.get();
        config.setSite("datadoghq.eu");
        config.setApiUrl("https://dd-proxy.example.com/datadog");
        config.setApiKeyCredentialsId("api");
        config.setAppKeyCredentialsId("app");
        config.setDefaultWidth(900);
        config.setDefaultHeight(450);
        config.setPaddingSeconds(120);
        config.setTimeoutSeconds(240);

        j.configRoundtrip();

        assertThat(config.getSite()).isEqualTo("datadoghq.eu");
        assertThat(config.getApiUrl()).isEqualTo("https://dd-proxy.example.com/datadog");
        assertThat(config.getApiKeyCredentialsId()).isEqualTo("api");
        assertThat(config.getAppKeyCredentialsId()).isEqualTo("app");
        assertThat(config.getDefaultWidth()).isEqualTo(900);
        assertThat(config.getDefaultHeight()).isEqualTo(450);
        assertThat(config.getPaddingSeconds()).isEqualTo(120);
        assertThat(config.getTimeoutSeconds()).isEqualTo(240);
    }

    @Test
    void shouldSaveCredentialIdsButNeverAKey(JenkinsRule j) throws Exception {
        SnapshotITestSupport.useEmulator(EMULATOR.get());

        String saved = Files.readString(
                j.jenkins.getRootDir().toPath().resolve(DatadogSnapshotConfiguration.class.getName() + ".xml"));

        assertThat(saved)
                .contains(SnapshotITestSupport.API_KEY_ID)
                .contains(SnapshotITestSupport.APP_KEY_ID)
                .doesNotContain(EMULATOR.get().apiKey())
                .doesNotContain(EMULATOR.get().applicationKey());
    }

    @Test
    void shouldSayWhichKeyIsWrongWithoutRequestingASnapshot(JenkinsRule j) throws Exception {
        DatadogEmulator emulator = EMULATOR.get();
        SnapshotITestSupport.useEmulator(emulator);
        SnapshotITestSupport.addSecretText("wrong-api", "not-the-api-key");
        JenkinsRule.WebClient wc = j.createWebClient();

        String wrongApi = post(
                        wc,
                        "testConnection",
                        "apiUrl",
                        emulator.baseUrl().toString(),
                        "apiKeyCredentialsId",
                        "wrong-api",
                        "appKeyCredentialsId",
                        SnapshotITestSupport.APP_KEY_ID)
                .getWebResponse()
                .getContentAsString();
        String bothGiven = post(
                        wc,
                        "testConnection",
                        "apiUrl",
                        emulator.baseUrl().toString(),
                        "apiKeyCredentialsId",
                        SnapshotITestSupport.API_KEY_ID,
                        "appKeyCredentialsId",
                        SnapshotITestSupport.APP_KEY_ID)
                .getWebResponse()
                .getContentAsString();

        assertThat(wrongApi).contains("The API key is wrong").doesNotContain("not-the-api-key");
        assertThat(bothGiven).contains("Both keys are valid");
        assertThat(emulator.requestCount("/api/v1/graph/snapshot")).isZero();
    }

    @Test
    void shouldNeitherOfferNorAcceptASystemScopedKeyThatNoBuildCanUse(JenkinsRule j) throws Exception {
        DatadogEmulator emulator = EMULATOR.get();
        SnapshotITestSupport.useEmulator(emulator);
        SnapshotITestSupport.addSecretText("system-api", emulator.apiKey(), CredentialsScope.SYSTEM);
        JenkinsRule.WebClient wc = j.createWebClient();

        String offered = post(
                        wc,
                        "fillApiKeyCredentialsIdItems",
                        "apiUrl",
                        emulator.baseUrl().toString())
                .getWebResponse()
                .getContentAsString();
        String tested = post(
                        wc,
                        "testConnection",
                        "apiUrl",
                        emulator.baseUrl().toString(),
                        "apiKeyCredentialsId",
                        "system-api",
                        "appKeyCredentialsId",
                        SnapshotITestSupport.APP_KEY_ID)
                .getWebResponse()
                .getContentAsString();

        assertThat(offered).contains(SnapshotITestSupport.API_KEY_ID).doesNotContain("system-api");
        assertThat(tested).contains("system-api").contains("SYSTEM scope").doesNotContain("Both keys are valid");
        assertThat(emulator.requestCount("/api/")).isZero();

        // Why: a build, resolving keys in its job's context, never sees SYSTEM scope.
        DatadogSnapshotConfiguration.get().setApiKeyCredentialsId("system-api");
        FreeStyleProject project = j.createFreeStyleProject();
        DatadogSnapshotRecorder recorder = new DatadogSnapshotRecorder();
        Graph load = new Graph();
        load.setMetricQuery("avg:system.load.1{*}");
        recorder.setGraphs(List.of(load));
        recorder.setFailOnError(true);
        project.getPublishersList().add(recorder);
        FreeStyleBuild build = j.buildAndAssertStatus(Result.FAILURE, project);
        j.assertLogContains("no Secret text credentials with ID 'system-api' are available to this build", build);
    }

    @Test
    void shouldLetOnlyAdministratorsUseTheFormEndpoints(JenkinsRule j) throws Exception {
        SnapshotITestSupport.useEmulator(EMULATOR.get());
        j.jenkins.setSecurityRealm(j.createDummySecurityRealm());
        j.jenkins.setAuthorizationStrategy(new MockAuthorizationStrategy()
                .grant(Jenkins.ADMINISTER)
                .everywhere()
                .to("admin")
                .grant(Jenkins.READ, Item.READ)
                .everywhere()
                .to("reader"));
        JenkinsRule.WebClient reader = j.createWebClient().withThrowExceptionOnFailingStatusCode(false);
        reader.login("reader");
        JenkinsRule.WebClient admin = j.createWebClient().withThrowExceptionOnFailingStatusCode(false);
        admin.login("admin");

        for (String endpoint :
                List.of("testConnection", "fillApiKeyCredentialsIdItems", "fillSiteItems", "checkApiUrl")) {
            assertThat(post(reader, endpoint).getWebResponse().getStatusCode())
                    .as(endpoint)
                    .isEqualTo(403);
        }
        assertThat(post(admin, "fillApiKeyCredentialsIdItems").getWebResponse().getContentAsString())
                .contains(SnapshotITestSupport.API_KEY_ID);
        Page viaGet = admin.getPage(
                new WebRequest(new java.net.URL(j.getURL(), ENDPOINTS + "testConnection"), HttpMethod.GET));
        assertThat(viaGet.getWebResponse().getStatusCode())
                .isEqualTo(404); // Stapler answers a GET on a @POST-only method as not found
    }

    private static Page post(JenkinsRule.WebClient wc, String endpoint, String... parameters) throws Exception {
        WebRequest request = new WebRequest(wc.createCrumbedUrl(ENDPOINTS + endpoint), HttpMethod.POST);
        List<NameValuePair> values = new java.util.ArrayList<>(request.getRequestParameters());
        for (int i = 0; i < parameters.length; i += 2) {
            values.add(new NameValuePair(parameters[i], parameters[i + 1]));
        }
        request.setRequestParameters(values);
        return wc.getPage(request);
    }
}

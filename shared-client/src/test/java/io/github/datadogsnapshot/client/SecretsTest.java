package io.github.datadogsnapshot.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.github.datadogsnapshot.client.config.ApiEndpoint;
import io.github.datadogsnapshot.client.config.ClientSettings;
import io.github.datadogsnapshot.client.config.Credentials;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.graph.TimeWindow;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keys never appear in progress lines, exception messages, the manifest, toString(), nor in HttpClient's own log
 * at DEBUG (the surefire configuration sends {@code org.apache.hc} at DEBUG to a file, as {@code mvn -X} does).
 */
class SecretsTest {

    static final String API_KEY = "SECRET-API-1a2b3c4d5e6f7a8b9c0d";
    static final String APP_KEY = "SECRET-APP-0f9e8d7c6b5a4f3e2d1c";

    @RegisterExtension
    static WireMockExtension api = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;

    static final Path DEBUG_LOG = Path.of(System.getProperty("org.slf4j.simpleLogger.logFile", "target/httpclient-debug.log"));

    @Test
    void shouldKeepTheKeysOutOfEverythingItWrites() throws Exception {
        long logStart = Files.exists(DEBUG_LOG) ? Files.size(DEBUG_LOG) : 0;
        String create = "/api/v1/graph/snapshot";
        api.stubFor(get(urlPathEqualTo(create)).withQueryParam("metric_query", equalTo("forbidden"))
                .willReturn(aResponse().withStatus(403).withBody("{\"errors\":[\"Forbidden\"]}")));
        api.stubFor(get(urlPathEqualTo(create)).withQueryParam("metric_query", equalTo("flaky"))
                .willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
        api.stubFor(get(urlPathEqualTo(create)).withQueryParam("metric_query", equalTo("down"))
                .willReturn(aResponse().withStatus(503)));
        api.stubFor(get(urlPathEqualTo(create)).withQueryParam("metric_query", equalTo("ok"))
                .willReturn(okJson("{\"snapshot_url\":\"" + api.baseUrl() + "/snapshot/view/ok.png\"}")));
        api.stubFor(get(urlPathEqualTo("/snapshot/view/ok.png")).willReturn(aResponse().withBody(TestImages.png(50, 50))));
        FakeTime time = new FakeTime();
        VirtualScheduler scheduler = new VirtualScheduler(time);
        ClientSettings settings = ClientSettings.builder(ApiEndpoint.custom(api.baseUrl()), Credentials.of(API_KEY, APP_KEY))
                .clock(time).scheduler(scheduler).timeout(Duration.ofSeconds(30)).build();
        List<String> written = new ArrayList<>();

        try (SnapshotClient client = new SnapshotClient(settings)) {
            CaptureResult result = new SnapshotCapture(client).capture(
                    List.of(q("forbidden"), q("flaky"), q("down"), q("ok")), new TimeWindow(FakeTime.T0.minusSeconds(60), FakeTime.T0),
                    dir, new ProgressLog(written::add, written::add));
            result.entries().forEach(e -> written.add(e.toString()));
            written.add(Files.readString(result.manifestFile()));
            written.add(client.toString());
            assertThat(result.failures()).hasSize(3);
        }
        written.add(settings.toString());
        written.add(settings.credentials().toString());
        String debugLog = Files.readString(DEBUG_LOG).substring((int) logStart);
        assertThat(debugLog).as("HttpClient logged at DEBUG, answers' headers included").contains("<< HTTP/1.1 403");
        written.add(debugLog);

        assertThat(written).hasSizeGreaterThan(10).noneMatch(s -> s.contains(API_KEY) || s.contains(APP_KEY)
                || s.contains("SECRET-"));
    }

    static GraphSpec q(String query) {
        return GraphSpec.builder().metricQuery(query).build();
    }
}

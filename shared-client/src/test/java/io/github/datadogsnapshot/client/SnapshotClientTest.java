package io.github.datadogsnapshot.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.github.datadogsnapshot.client.config.ApiEndpoint;
import io.github.datadogsnapshot.client.config.CaptureListener;
import io.github.datadogsnapshot.client.config.ClientSettings;
import io.github.datadogsnapshot.client.config.Credentials;
import io.github.datadogsnapshot.client.config.RateLimitStatus;
import io.github.datadogsnapshot.client.config.StoredImage;
import io.github.datadogsnapshot.client.exception.ClientSideException;
import io.github.datadogsnapshot.client.exception.RateLimitTimeoutException;
import io.github.datadogsnapshot.client.exception.ServiceException;
import io.github.datadogsnapshot.client.exception.SnapshotTimeoutException;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.graph.TimeWindow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Exact exchanges with a WireMock server, in virtual time ({@link VirtualScheduler}): every delay is asserted
 * exactly, and nothing really waits.
 */
class SnapshotClientTest {

    static final String API_KEY = "api-key-0123456789abcdef";
    static final String APP_KEY = "app-key-fedcba9876543210";
    static final String CREATE = "/api/v1/graph/snapshot";
    static final String IMAGE = "/snapshot/view/dd-snapshots-prod/org_1/2026-11-28/0a1b2c.png";

    static final RequestTimes TIMES = new RequestTimes();

    @RegisterExtension
    static WireMockExtension api = WireMockExtension.newInstance()
            .options(wireMockConfig().dynamicPort().extensions(TIMES)).build();

    @RegisterExtension
    static WireMockExtension foreign = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @TempDir
    Path dir;

    FakeTime time = new FakeTime();
    VirtualScheduler scheduler = new VirtualScheduler(time);
    SnapshotClient client;
    List<String> events = new ArrayList<>();
    GraphSpec graph = GraphSpec.builder().metricQuery("avg:trace.http.request.duration{service:checkout}")
            .title("Checkout latency").width(800).height(400).build();
    TimeWindow window = new TimeWindow(FakeTime.T0.minusSeconds(600), FakeTime.T0);

    @BeforeEach
    void setUp() {
        TIMES.follow(time);
        client = client(ClientSettings.builder(ApiEndpoint.custom(api.baseUrl()), Credentials.of(API_KEY, APP_KEY)));
    }

    @AfterEach
    void tearDown() {
        client.close();
        scheduler.shutdownNow();
        assertThat(scheduler.failures()).as("no task of the client may throw").isEmpty();
    }

    SnapshotClient client(ClientSettings.Builder settings) {
        return new SnapshotClient(settings.clock(time).scheduler(scheduler).random(() -> 0.0)
                .timeout(Duration.ofSeconds(60)).build());
    }

    static String created(String url) {
        return "{\"graph_def\":null,\"metric_query\":\"q\",\"snapshot_url\":\"" + url + "\"}";
    }

    static ResponseDefinitionBuilder png(byte[] bytes) {
        return aResponse().withStatus(200).withHeader("Content-Type", "image/png").withBody(bytes);
    }

    static ResponseDefinitionBuilder errors(int status, String message) {
        return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
                .withBody("{\"errors\":[\"" + message + "\"]}");
    }

    /** Answers successive GETs of {@code path} with {@code answers}, the last one repeating. */
    static void sequence(String path, ResponseDefinitionBuilder... answers) {
        String scenario = path + "#" + System.nanoTime();
        for (int i = 0; i < answers.length; i++) {
            var stub = get(urlPathEqualTo(path)).inScenario(scenario)
                    .whenScenarioStateIs(i == 0 ? Scenario.STARTED : "step" + i).willReturn(answers[i]);
            if (i < answers.length - 1) {
                stub = stub.willSetStateTo("step" + (i + 1));
            }
            api.stubFor(stub);
        }
    }

    void createAnswers(String imageUrl) {
        api.stubFor(get(urlPathEqualTo(CREATE)).willReturn(okJson(created(imageUrl))));
    }

    CaptureListener recorder() {
        return new ProgressLog(line -> events.add("info: " + line), line -> events.add("warn: " + line));
    }

    StoredImage capture() throws InterruptedException {
        return client.capture(graph, window, dir.resolve("checkout.png"), recorder());
    }

    @Test
    void shouldSendTheKeysOnlyAsHeadersAndTheGraphAsQueryParameters() throws Exception {
        createAnswers(api.baseUrl() + IMAGE);
        api.stubFor(get(urlPathEqualTo(IMAGE)).willReturn(png(TestImages.png(800, 400))));

        StoredImage image = capture();

        assertThat(image.width()).isEqualTo(800);
        LoggedRequest create = api.findAll(getRequestedFor(urlPathEqualTo(CREATE))).get(0);
        assertThat(create.getHeader("DD-API-KEY")).isEqualTo(API_KEY);
        assertThat(create.getHeader("DD-APPLICATION-KEY")).isEqualTo(APP_KEY);
        assertThat(create.queryParameter("metric_query").firstValue()).isEqualTo(graph.metricQuery().orElseThrow());
        assertThat(create.queryParameter("start").firstValue()).isEqualTo(Long.toString(window.startSeconds()));
        assertThat(create.queryParameter("end").firstValue()).isEqualTo(Long.toString(window.endSeconds()));
        assertThat(create.queryParameter("title").firstValue()).isEqualTo("Checkout latency");
        assertThat(create.queryParameter("width").firstValue()).isEqualTo("800");
        assertThat(create.queryParameter("height").firstValue()).isEqualTo("400");
        assertThat(api.getAllServeEvents()).allSatisfy(e -> assertThat(e.getRequest().getUrl()).doesNotContain(API_KEY, APP_KEY));
        LoggedRequest download = api.findAll(getRequestedFor(urlPathEqualTo(IMAGE))).get(0);
        assertThat(download.containsHeader("DD-API-KEY")).as("images are public: no keys sent to the image host").isFalse();
    }

    @Test
    void shouldRetryServerErrorsWithExactBackoff() throws Exception {
        sequence(CREATE, errors(503, "Service Unavailable"), errors(502, "Bad Gateway"), okJson(created(api.baseUrl() + IMAGE)));
        api.stubFor(get(urlPathEqualTo(IMAGE)).willReturn(png(TestImages.png(800, 400))));

        capture();

        assertThat(TIMES.of(CREATE)).containsExactly(0L, 500L, 1500L);
        assertThat(events).filteredOn(e -> e.startsWith("warn: ")).hasSize(2)
                .allMatch(e -> e.startsWith("warn: Graph 'checkout-latency': Datadog answered 50"));
    }

    @Test
    void shouldGiveUpAfterTheLastAttemptKeepingItsFailureAsTheCause() {
        api.stubFor(get(urlPathEqualTo(CREATE)).willReturn(errors(500, "Internal Server Error")));

        assertThatThrownBy(this::capture)
                .isInstanceOfSatisfying(ServiceException.class, e -> {
                    assertThat(e.status()).isEqualTo(500);
                    assertThat(e.isRetryable()).isTrue();
                    assertThat(e.getCause()).isInstanceOf(ServiceException.class)
                            .hasMessageStartingWith("Datadog answered 500 Internal Server Error");
                })
                .hasMessageEndingWith("gave up after 4 attempts");
        assertThat(TIMES.of(CREATE)).containsExactly(0L, 500L, 1500L, 3500L);
    }

    @Test
    void shouldStopRetryingWhenTheNextDelayPassesTheDeadline() {
        client.close();
        client = new SnapshotClient(ClientSettings.builder(ApiEndpoint.custom(api.baseUrl()), Credentials.of(API_KEY, APP_KEY))
                .clock(time).scheduler(scheduler).random(() -> 0.0).timeout(Duration.ofMillis(1200)).build());
        api.stubFor(get(urlPathEqualTo(CREATE)).willReturn(errors(503, "Service Unavailable")));

        assertThatThrownBy(this::capture).hasMessageEndingWith("gave up after 2 attempts");
        assertThat(TIMES.of(CREATE)).containsExactly(0L, 500L);
    }

    @Test
    void shouldRetryIoErrors() throws Exception {
        sequence(CREATE, aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), okJson(created(api.baseUrl() + IMAGE)));
        api.stubFor(get(urlPathEqualTo(IMAGE)).willReturn(png(TestImages.png(800, 400))));

        capture();

        assertThat(TIMES.of(CREATE)).containsExactly(0L, 500L);
        assertThat(events.get(0)).startsWith("warn: Graph 'checkout-latency': could not reach " + api.baseUrl());
    }

    @Test
    void shouldNotRetryABadRequestAndSayWhatDatadogSaid() {
        api.stubFor(get(urlPathEqualTo(CREATE)).willReturn(errors(400, "Error parsing query: unexpected '}'")));

        assertThatThrownBy(this::capture)
                .isInstanceOfSatisfying(ServiceException.class, e -> {
                    assertThat(e.isRetryable()).isFalse();
                    assertThat(e.errors()).containsExactly("Error parsing query: unexpected '}'");
                })
                .hasMessage("Datadog answered 400 Bad Request for the snapshot request of graph 'checkout-latency': "
                        + "Error parsing query: unexpected '}' (check the graph's query, graphDef, window and size)");
        assertThat(TIMES.of(CREATE)).containsExactly(0L);
    }

    @Test
    void shouldExplainAForbiddenAnswerWithoutNamingTheKeys() {
        api.stubFor(get(urlPathEqualTo(CREATE)).willReturn(errors(403, "Forbidden")));

        assertThatThrownBy(this::capture)
                .isInstanceOf(ServiceException.class)
                .hasMessageContaining("Datadog answered 403 Forbidden for the snapshot request of graph 'checkout-latency': Forbidden")
                .hasMessageContaining("check the API key and the application key (DD_API_KEY and DD_APP_KEY, or the configured credentials)")
                .hasMessageContaining("scoped application keys are refused by this endpoint")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain(API_KEY, APP_KEY));
    }

    @Test
    void shouldWaitForTheRateLimitResetAfter429() throws Exception {
        sequence(CREATE,
                errors(429, "Rate limit reached").withHeader("X-RateLimit-Limit", "60").withHeader("X-RateLimit-Remaining", "0")
                        .withHeader("X-RateLimit-Period", "3600").withHeader("X-RateLimit-Reset", "7"),
                okJson(created(api.baseUrl() + IMAGE)).withHeader("X-RateLimit-Limit", "60")
                        .withHeader("X-RateLimit-Remaining", "59").withHeader("X-RateLimit-Period", "3600")
                        .withHeader("X-RateLimit-Reset", "3600").withHeader("X-RateLimit-Name", "snapshot"));
        api.stubFor(get(urlPathEqualTo(IMAGE)).willReturn(png(TestImages.png(800, 400))));

        capture();

        assertThat(TIMES.of(CREATE)).containsExactly(0L, 7000L);
        assertThat(events).contains("warn: Datadog's snapshot rate limit is used up: waiting 7.0 s for it to reset"
                + " before requesting graph 'checkout-latency'");
        RateLimitStatus budget = client.lastRateLimit().orElseThrow();
        assertThat(budget.remaining()).isEqualTo(59);
        assertThat(budget.limit()).isEqualTo(60);
        assertThat(budget.name()).isEqualTo("snapshot");
        assertThat(budget.resetsAt()).isEqualTo(FakeTime.T0.plusSeconds(7 + 3600));
    }

    @Test
    void shouldNotWaitForAResetBeyondTheTimeout() {
        api.stubFor(get(urlPathEqualTo(CREATE)).willReturn(errors(429, "Rate limit reached")
                .withHeader("X-RateLimit-Limit", "60").withHeader("X-RateLimit-Remaining", "0").withHeader("X-RateLimit-Reset", "7200")));

        assertThatThrownBy(this::capture)
                .isInstanceOfSatisfying(RateLimitTimeoutException.class,
                        e -> assertThat(e.resetsAt()).isEqualTo(FakeTime.T0.plusSeconds(7200)))
                .hasMessage("Datadog's snapshot rate limit resets in 2 h 0 min (at 2026-11-28T12:00:00Z), after the timeout"
                        + " of graph 'checkout-latency'"
                        + " (waited 0 ms so far); raise the timeout or capture fewer graphs per hour");
        assertThat(TIMES.of(CREATE)).containsExactly(0L);
    }

    @Test
    void shouldReadAnAbsurdResetAsADayAndReportItAsARateLimit() {
        api.stubFor(get(urlPathEqualTo(CREATE)).willReturn(errors(429, "Rate limit reached")
                .withHeader("X-RateLimit-Limit", "60").withHeader("X-RateLimit-Remaining", "0")
                .withHeader("X-RateLimit-Reset", "9223372036854775807")));

        assertThatThrownBy(this::capture)
                .isInstanceOf(RateLimitTimeoutException.class)
                .hasMessageStartingWith("Datadog's snapshot rate limit resets in 24 h 0 min (at 2026-11-29T10:00:00Z), after"
                        + " the timeout");
    }

    @Test
    void shouldLookAtTheImageOnTheCloseScheduleUntilTheRealImageReplacesThePlaceholder() throws Exception {
        createAnswers(api.baseUrl() + IMAGE);
        sequence(IMAGE, png(TestImages.placeholder()), png(TestImages.placeholder()), png(TestImages.placeholder()),
                png(TestImages.png(640, 320)));

        StoredImage image = capture();

        // A graph alone is among the two that waited longest: 0.6 s, then 0.15 × waited + 0.3 s each.
        assertThat(TIMES.of(IMAGE)).containsExactly(600L, 990L, 1439L, 1955L);
        assertThat(TIMES.seen()).hasSize(5).as("one GET per look, no status call");
        assertThat(image.checks()).isEqualTo(4);
        assertThat(image.width()).isEqualTo(640);
        assertThat(image.height()).isEqualTo(320);
        assertThat(image.file()).hasBinaryContent(TestImages.png(640, 320));
        assertThat(image.readyAt()).isEqualTo(FakeTime.T0.plusMillis(1955));
    }

    @Test
    void shouldLookAtTheContentOfAnyUrlForm() throws Exception {
        String appUrl = "/s/f12345678/aaa-bbb-ccc";
        createAnswers(api.baseUrl() + appUrl);
        sequence(appUrl, aResponse().withStatus(200).withHeader("Content-Type", "text/html").withBody("<html>rendering</html>"),
                aResponse().withStatus(404), png(TestImages.png(300, 200)));

        StoredImage image = capture();

        assertThat(image.width()).isEqualTo(300);
        assertThat(image.checks()).isEqualTo(3);
    }

    @Test
    void shouldTimeOutBeforeTheDeadlineSayingHowLongItWaitedAndLeaveNoFile() {
        createAnswers(api.baseUrl() + IMAGE);
        api.stubFor(get(urlPathEqualTo(IMAGE)).willReturn(png(TestImages.placeholder())));

        assertThatThrownBy(this::capture)
                .isInstanceOfSatisfying(SnapshotTimeoutException.class,
                        e -> assertThat(e.waited()).isEqualTo(Duration.ofMillis(59800)))
                .hasMessageStartingWith("graph 'checkout-latency': its image was not ready after 59.8 s of rendering,"
                        + " 59.8 s after the request (30 checks; last answer: the 1x1 placeholder image (");
        assertThat(TIMES.of(IMAGE)).hasSize(30).startsWith(600L, 990L, 1439L).endsWith(52160L, 55160L, 58160L, 59800L);
        assertThat(dir).isEmptyDirectory();
        assertThat(events).filteredOn(e -> e.contains("still rendering")).hasSize(5)
                .first().asString().startsWith("info: Graph 'checkout-latency' is still rendering after 10.1 s (the 1x1 placeholder image");
    }

    @Test
    void shouldRefuseAnImageOnAForeignHostWithoutContactingIt() {
        createAnswers(foreign.baseUrl() + IMAGE);

        assertThatThrownBy(this::capture)
                .isInstanceOf(ClientSideException.class)
                .hasMessage("Datadog's snapshot_url points to host 'localhost', which is refused: " + foreign.baseUrl()
                        .replace("localhost", "localhost") + " is not the scheme, host and port of the API URL "
                        + api.baseUrl() + "; nothing was downloaded from it");
        assertThat(foreign.getAllServeEvents()).isEmpty();
    }

    @Test
    void shouldFollowRedirectsOnlyToAllowedHosts() throws Exception {
        String moved = "/snapshot/view/moved.png";
        createAnswers(api.baseUrl() + IMAGE);
        api.stubFor(get(urlPathEqualTo(IMAGE)).willReturn(aResponse().withStatus(302).withHeader("Location", moved)));
        api.stubFor(get(urlPathEqualTo(moved)).willReturn(png(TestImages.png(100, 50))));
        assertThat(capture().width()).isEqualTo(100);

        api.stubFor(get(urlPathEqualTo(IMAGE)).willReturn(aResponse().withStatus(302).withHeader("Location", foreign.baseUrl() + moved)));
        assertThatThrownBy(this::capture).hasMessageStartingWith("a redirect of the image URL points to host 'localhost',"
                + " which is refused: ");
        assertThat(foreign.getAllServeEvents()).isEmpty();
    }

    @Test
    void shouldRefuseOversizedImages() {
        client.close();
        client = client(ClientSettings.builder(ApiEndpoint.custom(api.baseUrl()), Credentials.of(API_KEY, APP_KEY))
                .maxImageBytes(2048));
        createAnswers(api.baseUrl() + IMAGE);
        byte[] big = TestImages.png(800, 400);
        assertThat(big.length).isGreaterThan(2048);
        api.stubFor(get(urlPathEqualTo(IMAGE)).willReturn(png(big)));

        assertThatThrownBy(this::capture)
                .isInstanceOf(ClientSideException.class)
                .hasMessageStartingWith("the snapshot image is larger than the limit of 2048 bytes");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void shouldRefuseOversizedImagesWithoutContentLength() {
        client.close();
        client = client(ClientSettings.builder(ApiEndpoint.custom(api.baseUrl()), Credentials.of(API_KEY, APP_KEY))
                .maxImageBytes(2048));
        createAnswers(api.baseUrl() + IMAGE);
        api.stubFor(get(urlPathEqualTo(IMAGE)).willReturn(png(TestImages.png(800, 400)).withChunkedDribbleDelay(2, 1)));

        assertThatThrownBy(this::capture).hasMessageStartingWith("the snapshot image is larger than the limit of 2048 bytes");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void shouldRefuseAnImageFarLargerThanAskedFor() {
        createAnswers(api.baseUrl() + IMAGE);
        api.stubFor(get(urlPathEqualTo(IMAGE)).willReturn(png(TestImages.png(1601, 400))));

        assertThatThrownBy(this::capture)
                .isInstanceOf(ClientSideException.class)
                .hasMessage("the image of graph 'checkout-latency' is not a valid PNG: it claims 1601x400 pixels, more"
                        + " than the 1600x800 allowed for this graph; nothing was stored");
        assertThat(dir).isEmptyDirectory();
    }

    @Test
    void shouldRefuseABrokenPngAndLeaveNoFile() throws IOException {
        createAnswers(api.baseUrl() + IMAGE);
        byte[] real = TestImages.png(800, 400);
        byte[] broken = Arrays.copyOf(real, real.length - 20);
        api.stubFor(get(urlPathEqualTo(IMAGE)).willReturn(png(broken)));
        Files.write(dir.resolve("other.txt"), new byte[] {1});

        assertThatThrownBy(this::capture)
                .isInstanceOf(ClientSideException.class)
                .hasMessageStartingWith("the image of graph 'checkout-latency' is not a valid PNG: it is truncated inside chunk");
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("other.txt");
        }
    }

    @Test
    void shouldReportAnAnswerThatIsNotJson() {
        api.stubFor(get(urlPathEqualTo(CREATE)).willReturn(aResponse().withStatus(200).withBody("<html>proxy login</html>")));

        assertThatThrownBy(this::capture)
                .isInstanceOf(ClientSideException.class)
                .hasMessageStartingWith("Datadog's answer to the snapshot request is not the expected JSON");
    }
}

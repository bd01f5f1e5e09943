package io.github.datadogsnapshot.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.datadogsnapshot.client.config.ApiEndpoint;
import io.github.datadogsnapshot.client.config.CaptureListener;
import io.github.datadogsnapshot.client.config.ClientSettings;
import io.github.datadogsnapshot.client.config.Credentials;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.graph.TimeWindow;
import io.github.datadogsnapshot.client.manifest.Manifests;
import io.github.datadogsnapshot.client.manifest.OutputFolder;
import io.github.datadogsnapshot.client.plan.GraphInput;
import io.github.datadogsnapshot.client.plan.Labels;
import io.github.datadogsnapshot.client.plan.PlanCheck;
import io.github.datadogsnapshot.client.plan.PlanInput;
import io.github.datadogsnapshot.client.plan.PlanResult;
import io.github.datadogsnapshot.emulator.DatadogEmulator;
import io.github.datadogsnapshot.emulator.DatadogEmulatorExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every configuration value of the client, one invalid value at a time, run through the whole path a plugin takes
 * (endpoint, keys, graph, window, settings, output folder, capture) against the emulator: each is refused with an
 * {@link IllegalArgumentException} whose message names the field, before any request, and nothing is written. The
 * valid configuration the cases start from is captured by {@link #shouldCaptureTheValidConfiguration}, so the "no
 * request" assertions can fail.
 */
class BadInputSuiteTest {

    @RegisterExtension
    static DatadogEmulatorExtension emulator = new DatadogEmulatorExtension(
            DatadogEmulator.builder().renderDelay(Duration.ZERO));

    private static final AtomicInteger TRIED = new AtomicInteger();
    private static final String HUGE = "x".repeat(GraphSpec.MAX_ENCODED_FIELDS + 1);
    private static final String HUGE_DEF = "{\"viz\":\"timeseries\",\"requests\":[" + "{\"q\":\"avg:system.load.1{*}\"},"
            .repeat(3000) + "{\"q\":\"avg:system.load.5{*}\"}]}";

    @TempDir
    static Path temp;

    /** The configuration as a user gives it: strings and numbers, checked by the client's own builders. */
    static final class Config {
        String site;
        String apiUrl = emulator.get().baseUrl().toString();
        Map<String, String> environment = Map.of();
        String apiKey = emulator.get().apiKey();
        String appKey = emulator.get().applicationKey();
        String name = "load";
        String title = "Load";
        String metricQuery = "avg:system.load.1{*}";
        String graphDef;
        String eventQuery = "sources:deploy";
        Integer width = 400;
        Integer height = 200;
        boolean twice;
        boolean noGraphs;
        FakeTime time = new FakeTime(Instant.now());
        Instant start = time.instant().minus(Duration.ofMinutes(30));
        Instant end = time.instant();
        Duration padding = Duration.ofMinutes(1);
        Duration timeout = Duration.ofSeconds(60);
        int concurrency = 2;
        long maxImageBytes = ClientSettings.DEFAULT_MAX_IMAGE_BYTES;
        Duration connectTimeout = Duration.ofSeconds(5);
        Duration responseTimeout = Duration.ofSeconds(5);
        String proxy;
        String proxyUser;
        String folder;

        Config(Path folder) {
            this.folder = folder.toString();
        }

        /** What a plugin does with the configuration: check all of it, then capture. */
        CaptureResult captureInto() throws IOException, InterruptedException {
            ApiEndpoint endpoint = ApiEndpoint.resolve(site, apiUrl, environment);
            Credentials keys = Credentials.of(apiKey, appKey);
            GraphSpec graph = GraphSpec.builder().name(name).title(title).metricQuery(metricQuery).graphDef(graphDef)
                    .eventQuery(eventQuery).width(width).height(height).build();
            List<GraphSpec> graphs = noGraphs ? List.of() : twice ? List.of(graph, graph) : List.of(graph);
            graphs = SnapshotCapture.uniqueNames(graphs);
            PlanResult plan = PlanCheck.check(new PlanInput().graphs(List.of(new GraphInput(null, null, "avg:a{*}",
                    null, null, null, null, null))).window(start, end, null, null).padding(padding, null),
                    Labels.keys(), time.instant());
            plan.firstError().ifPresent(p -> {
                throw new IllegalArgumentException(p.message());
            });
            TimeWindow window = plan.window().orElseThrow();
            ClientSettings settings = ClientSettings.builder(endpoint, keys).timeout(timeout).concurrency(concurrency)
                    .maxImageBytes(maxImageBytes).connectTimeout(connectTimeout).responseTimeout(responseTimeout)
                    .proxy(proxy).proxyCredentials(proxyUser, proxyUser == null ? null : "pw".toCharArray())
                    .clock(time).random(() -> 0.0).build();
            Path output = OutputFolder.check(Path.of(folder));
            try (SnapshotClient client = new SnapshotClient(settings)) {
                return new SnapshotCapture(client).capture(graphs, window, output, CaptureListener.NONE);
            }
        }
    }

    /**
     * One invalid input.
     *
     * @param field    what the user configured
     * @param value    a description of the value
     * @param change   puts the value into the valid configuration
     * @param expected how the message must start: the field's name
     */
    record Case(String field, String value, Consumer<Config> change, String expected) {
        @Override
        public String toString() {
            return field + " = " + value;
        }
    }

    static Stream<Case> badInputs() throws IOException {
        List<Case> cases = new ArrayList<>();
        // The graph
        for (String blank : new String[] {null, "", "   ", "\t\n"}) {
            cases.add(new Case("metricQuery", shown(blank) + " and no graphDef", c -> c.metricQuery = blank,
                    "metricQuery: give a metric query"));
        }
        cases.add(new Case("metricQuery", "huge (" + HUGE.length() + " chars)", c -> c.metricQuery = HUGE,
                "metricQuery: too long for the snapshot request"));
        cases.add(new Case("metricQuery", "encodes to too much (spaces)", c -> c.metricQuery = "a " .repeat(2400),
                "metricQuery: too long for the snapshot request"));
        cases.add(new Case("metricQuery", "together with a graphDef", c -> c.graphDef = "{}",
                "metricQuery and graphDef are both given"));
        for (String def : new String[] {"{", "not json", "{\"viz\": }", "{'viz': 'timeseries'}", "{\"a\":1,}"}) {
            cases.add(graphDef(def, "graphDef: not valid JSON"));
        }
        for (String def : new String[] {"[1,2]", "\"text\"", "42", "null", "true"}) {
            cases.add(graphDef(def, "graphDef: must be a JSON object"));
        }
        for (String def : new String[] {"{\"viz\":\"timeseries\"}}", "{\"viz\":\"timeseries\"} garbage", "{} {}",
            "{}]", "{},", "{}\n{\"viz\":\"x\"}", "{} // comment"}) {
            cases.add(graphDef(def, "graphDef: unexpected content after the JSON object"));
        }
        cases.add(graphDef(HUGE_DEF, "graphDef: too long for the snapshot request"));
        cases.add(new Case("eventQuery", "huge", c -> c.eventQuery = HUGE, "eventQuery: too long"));
        cases.add(new Case("title", "huge", c -> c.title = HUGE, "title: too long"));
        for (String name : new String[] {"../etc/passwd", "a/b", "a\\b", ".hidden", "a..b", "nul", "name.", "with space",
            "-leading", "x".repeat(81), "ü"}) {
            cases.add(new Case("name", "'" + name + "'", c -> c.name = name, "name: '"));
        }
        cases.add(new Case("name", "given twice", c -> c.twice = true, "graphs[1].name: 'load' is also the name of graphs[0].name"));
        cases.add(new Case("graphs", "none", c -> c.noGraphs = true, "graphs: no graph to capture"));
        for (int pixels : new int[] {0, -1, 4001, Integer.MAX_VALUE, Integer.MIN_VALUE}) {
            cases.add(new Case("width", Integer.toString(pixels), c -> c.width = pixels, "width: " + pixels));
            cases.add(new Case("height", Integer.toString(pixels), c -> c.height = pixels, "height: " + pixels));
        }
        // Where to
        for (String url : new String[] {"ftp://example.com", "example.com", "http://", "http:// ", "http://exa mple.com",
            "http://127.0.0.1:0", "http://127.0.0.1:99999", "http://127.0.0.1:65536", "http://127.0.0.1:abc",
            "http://127.0.0.1:-1", "http://127.0.0.1:99999999999", "http://127.0.0.1:8126x",
            "https://user:secret@example.com", "https://example.com/?api_key=secret", "https://example.com/#secret"}) {
            cases.add(new Case("apiUrl", "'" + url + "'", c -> c.apiUrl = url, "apiUrl: "));
        }
        for (String site : new String[] {"nowhere.com", "datadoghq", "eu", "datadoghq.com.evil.example"}) {
            cases.add(new Case("site", "'" + site + "'", c -> {
                c.apiUrl = null;
                c.site = site;
            }, "site: unknown Datadog site"));
        }
        cases.add(new Case("DD_SITE", "'bogus'", c -> {
            c.apiUrl = null;
            c.environment = Map.of("DD_SITE", "bogus");
        }, "DD_SITE: unknown Datadog site"));
        // Keys
        for (String key : new String[] {null, "", "   ", "key with space", "ke\ny", "k\u00e9y", "ke\u0000y",
            "key\u007f"}) {
            cases.add(new Case("API key", shown(key), c -> c.apiKey = key, "credentials: the API key"));
            cases.add(new Case("application key", shown(key), c -> c.appKey = key, "credentials: the application key"));
        }
        // The window
        cases.add(new Case("end", "equal to the start", c -> c.end = c.start, "start: "));
        cases.add(new Case("end", "before the start", c -> c.end = c.start.minusSeconds(1), "start: "));
        cases.add(new Case("start", "entirely in the future", c -> {
            c.start = c.time.instant().plus(Duration.ofHours(1));
            c.end = c.time.instant().plus(Duration.ofHours(2));
            c.padding = Duration.ZERO;
        }, "start: "));
        cases.add(new Case("end", "a day in the future", c -> c.end = c.time.instant().plus(Duration.ofDays(1)),
                "end: "));
        cases.add(new Case("end", "year 9999", c -> c.end = Instant.parse("9999-12-31T23:59:59Z"), "end: "));
        cases.add(new Case("start", "ten years ago", c -> c.start = c.time.instant().minus(Duration.ofDays(3653)),
                "start and padding: "));
        cases.add(new Case("start", "epoch 0", c -> c.start = Instant.EPOCH, "start and padding: "));
        cases.add(new Case("padding", "negative", c -> c.padding = Duration.ofSeconds(-1), "padding: "));
        cases.add(new Case("padding", "ten years", c -> c.padding = Duration.ofDays(3653), "start and padding: "));
        // Settings
        for (Duration d : new Duration[] {null, Duration.ZERO, Duration.ofSeconds(-1)}) {
            cases.add(new Case("timeout", String.valueOf(d), c -> c.timeout = d, "timeout: "));
            cases.add(new Case("connectTimeout", String.valueOf(d), c -> c.connectTimeout = d, "connectTimeout: "));
            cases.add(new Case("responseTimeout", String.valueOf(d), c -> c.responseTimeout = d, "responseTimeout: "));
        }
        for (int n : new int[] {0, -1, 33, Integer.MAX_VALUE}) {
            cases.add(new Case("concurrency", Integer.toString(n), c -> c.concurrency = n, "concurrency: "));
        }
        for (long n : new long[] {0, -1, 1023}) {
            cases.add(new Case("maxImageBytes", Long.toString(n), c -> c.maxImageBytes = n, "maxImageBytes: "));
        }
        for (String proxy : new String[] {"https://proxy:8080", "http://proxy", "proxy:8080", "http://u:pw@proxy:8080",
            "http://proxy:8080/path", "http://pro xy:8080"}) {
            cases.add(new Case("proxy", "'" + proxy + "'", c -> c.proxy = proxy, "proxy: "));
        }
        cases.add(new Case("proxyCredentials", "without a proxy", c -> c.proxyUser = "user", "proxyCredentials: "));
        // The output folder
        for (String blank : new String[] {"", "   "}) {
            cases.add(new Case("outputDirectory", "'" + blank + "'", c -> c.folder = blank, "outputDirectory: empty"));
        }
        Path file = Files.writeString(temp.resolve("a-file.txt"), "not a folder");
        cases.add(new Case("outputDirectory", "a file", c -> c.folder = file.toString(), "outputDirectory: "));
        cases.add(new Case("outputDirectory", "under a file", c -> c.folder = file.resolve("sub").toString(),
                "outputDirectory: cannot create the folder"));
        for (Path unwritable : UnwritableFolders.find(temp)) {
            cases.add(new Case("outputDirectory", "unwritable " + unwritable, c -> c.folder = unwritable.toString(),
                    "outputDirectory: "));
        }
        Path newer = Files.createDirectories(temp.resolve("newer"));
        Files.writeString(newer.resolve(Manifests.FILE_NAME), "{\"schemaVersion\": 99, \"graphs\": []}");
        cases.add(new Case("outputDirectory", "holding a newer manifest", c -> c.folder = newer.toString(),
                "outputDirectory: " + newer.resolve(Manifests.FILE_NAME) + " has schema version 99"));
        return cases.stream();
    }

    private static Case graphDef(String def, String expected) {
        String shown = def.length() > 40 ? "huge (" + def.length() + " chars)" : "'" + def.replace("\n", "\\n") + "'";
        return new Case("graphDef", shown, c -> {
            c.metricQuery = null;
            c.graphDef = def;
        }, expected);
    }

    private static String shown(String value) {
        return value == null ? "null" : "'" + value.replace("\n", "\\n").replace("\t", "\\t").replace("\u0000", "\\0")
                + "'";
    }

    @Test
    void shouldCaptureTheValidConfiguration(@TempDir Path folder) throws Exception {
        CaptureResult result = new Config(folder).captureInto();

        assertThat(result.failures()).isEmpty();
        assertThat(folder.resolve("load.png")).isRegularFile();
        assertThat(emulator.get().requests()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInputs")
    void shouldRefuseNamingTheFieldBeforeAnyRequest(Case input, @TempDir Path folder) throws IOException {
        Config config = new Config(folder);
        input.change().accept(config);
        byte[] newerManifest = Files.readAllBytes(temp.resolve("newer").resolve(Manifests.FILE_NAME));

        assertThatThrownBy(config::captureInto)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(input.expected());

        assertThat(emulator.get().requests()).as("requests the emulator saw").isEmpty();
        try (Stream<Path> written = Files.list(folder)) {
            assertThat(written).as("files written").isEmpty();
        }
        assertThat(temp.resolve("newer").resolve(Manifests.FILE_NAME)).hasBinaryContent(newerManifest);
        TRIED.incrementAndGet();
    }

    @AfterAll
    static void printTheCount() {
        System.out.println("Bad-input suite (shared client): " + TRIED.get() + " invalid inputs tried, each refused"
                + " naming its field, with no request sent");
    }
}

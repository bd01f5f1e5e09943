package io.github.datadogsnapshot.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.when;

import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.manifest.Manifests;
import io.github.datadogsnapshot.emulator.DatadogEmulator;
import io.github.datadogsnapshot.emulator.DatadogEmulatorExtension;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import javax.inject.Inject;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every parameter of the {@code capture} goal, one invalid value at a time: the goal fails with a
 * {@link MojoFailureException} that names the {@code datadog.*} parameter (or the environment variable), and the
 * emulator the goal points at sees no request. The valid configuration the cases start from captures a graph from
 * that emulator ({@link #shouldCaptureTheValidConfiguration}), so the "no request" assertions can fail.
 */
@MojoTest
class CaptureParametersTest {

    @RegisterExtension
    static DatadogEmulatorExtension emulator = new DatadogEmulatorExtension(
            DatadogEmulator.builder().renderDelay(Duration.ZERO));

    private static final AtomicInteger TRIED = new AtomicInteger();
    private static final String HUGE = "x".repeat(GraphSpec.MAX_ENCODED_FIELDS + 1);
    private static final String HUGE_DEF = "{\"viz\":\"timeseries\",\"requests\":["
            + "{\"q\":\"avg:system.load.1{*}\"},".repeat(3000) + "{\"q\":\"avg:system.load.5{*}\"}]}";

    @TempDir
    static Path temp;

    @Inject
    private MavenSession session;

    @BeforeEach
    void startTheBuildWithKeysInSettings() {
        session.getRequest().setStartTime(Date.from(Instant.now().minus(Duration.ofMinutes(10))));
        Server server = new Server();
        server.setId("datadog");
        server.setPassword(emulator.get().apiKey());
        server.setPassphrase(emulator.get().applicationKey());
        Settings settings = new Settings();
        settings.addServer(server);
        when(session.getSettings()).thenReturn(settings);
    }

    /** The valid configuration: one graph from the command-line parameters, keys from a settings.xml server. */
    void configureValid(CaptureMojo mojo, Path folder) {
        mojo.metricQuery = "avg:system.load.1{*}";
        mojo.title = "Load";
        mojo.apiUrl = emulator.get().baseUrl().toString();
        mojo.serverId = "datadog";
        mojo.timeout = "PT30S";
        mojo.padding = "PT1M";
        mojo.outputDirectory = folder.toFile();
        mojo.failOnError = true;
        mojo.thresholds = "p95 +10%; max < 1000000";
        mojo.failOnRegression = true;
        mojo.baselineDirectory = temp.resolve("no-baseline-yet").toFile();
    }

    /**
     * One invalid value.
     *
     * @param parameter   the parameter (or environment variable) given the value
     * @param value       a description of the value
     * @param change      puts it into the valid configuration
     * @param environment the environment the goal sees, when the case is about it; else the goal's own
     * @param expected    what the message must contain: the parameter's name and the problem
     */
    record Case(String parameter, String value, Consumer<CaptureMojo> change, Map<String, String> environment,
                String expected) {

        Case(String parameter, String value, Consumer<CaptureMojo> change, String expected) {
            this(parameter, value, change, null, expected);
        }

        @Override
        public String toString() {
            return parameter + " = " + value;
        }
    }

    static Stream<Case> badParameters() throws IOException {
        List<Case> cases = new ArrayList<>();
        cases.add(new Case("datadog.metricQuery", "blank, no other graph", m -> {
            m.metricQuery = " ";
            m.title = null;
        }, "<graphs> (or -Ddatadog.metricQuery): no graph to capture; give at least one graph with a metric query or a graph definition"));
        cases.add(new Case("datadog.metricQuery", "huge", m -> m.metricQuery = HUGE,
                "Invalid graph: datadog.metricQuery: too long for the snapshot request"));
        cases.add(new Case("datadog.graphDef", "with a metricQuery", m -> m.graphDef = "{}",
                "Invalid graph: datadog.metricQuery and datadog.graphDef are both given; give one of them"));
        for (String def : new String[] {"{", "not json", "{\"viz\": }"}) {
            cases.add(graphDef(def, "Invalid graph: datadog.graphDef: not valid JSON at line 1"));
        }
        for (String def : new String[] {"[1]", "\"text\"", "null"}) {
            cases.add(graphDef(def, "Invalid graph: datadog.graphDef: must be a JSON object"));
        }
        for (String def : new String[] {"{\"viz\":\"timeseries\"}}", "{\"viz\":\"timeseries\"} garbage", "{} {}"}) {
            cases.add(graphDef(def, "Invalid graph: datadog.graphDef: unexpected content after the JSON object"));
        }
        cases.add(graphDef(HUGE_DEF, "Invalid graph: datadog.graphDef: too long for the snapshot request"));
        cases.add(new Case("datadog.title", "huge", m -> m.title = HUGE, "Invalid graph: datadog.title: too long"));
        cases.add(new Case("datadog.eventQuery", "huge", m -> m.eventQuery = HUGE,
                "Invalid graph: datadog.eventQuery: too long"));
        for (int pixels : new int[] {0, -1, 4001, Integer.MIN_VALUE}) {
            cases.add(new Case("datadog.width", Integer.toString(pixels), m -> m.width = pixels,
                    "Invalid configuration: datadog.width: " + pixels + " pixels is out of range"));
            cases.add(new Case("datadog.height", Integer.toString(pixels), m -> m.height = pixels,
                    "Invalid configuration: datadog.height: " + pixels + " pixels is out of range"));
        }
        // <graphs>
        cases.add(graphs("graphs[1].name", "'../x'", g -> g.setName("../x"), "Invalid graph: graphs[1].name: '../x'"));
        cases.add(graphs("graphs[1].width", "0", g -> g.setWidth(0), "Invalid graph: graphs[1].width: 0 pixels"));
        cases.add(graphs("graphs[1].graphDef", "'{}}'", g -> {
            g.setMetricQuery(null);
            g.setGraphDef("{}}");
        }, "Invalid graph: graphs[1].graphDef: unexpected content after the JSON object"));
        cases.add(graphs("graphs[1].metricQuery", "missing", g -> g.setMetricQuery(null),
                "Invalid graph: graphs[1].metricQuery: give a metric query"));
        cases.add(new Case("graphs", "one name twice", m -> {
            clearSingle(m);
            m.graphs = List.of(graph("cpu"), graph("cpu"));
        }, "Invalid graph: graphs[2].name: 'cpu' is also the name of graphs[1].name; names must be unique"));
        cases.add(new Case("graphs", "an empty <graph>", m -> {
            clearSingle(m);
            m.graphs = new ArrayList<>();
            m.graphs.add(null);
        }, "<graphs> (or -Ddatadog.metricQuery): no graph to capture"));
        // Where to
        for (String url : new String[] {"ftp://example.com", "example.com", "http://127.0.0.1:99999", "http://127.0.0.1:0",
            "http://127.0.0.1:abc", "http://127.0.0.1:-1", "https://user:secret@example.com",
            "https://example.com/?api_key=secret", "http://exa mple.com"}) {
            cases.add(new Case("datadog.apiUrl", "'" + url + "'", m -> m.apiUrl = url,
                    "Invalid Datadog endpoint: datadog.apiUrl: '"));
        }
        cases.add(new Case("datadog.site", "'nowhere.com'", m -> {
            m.apiUrl = null;
            m.site = "nowhere.com";
        }, "Invalid Datadog endpoint: datadog.site: unknown Datadog site 'nowhere.com'"));
        cases.add(new Case("DD_SITE", "'bogus'", m -> m.apiUrl = null, Map.of("DD_SITE", "bogus"),
                "Invalid Datadog endpoint: DD_SITE: unknown Datadog site 'bogus'; use one of"));
        // Keys
        cases.add(new Case("datadog.serverId", "'missing'", m -> m.serverId = "missing",
                "datadog.serverId: settings.xml has no <server> with the id 'missing'"));
        cases.add(new Case("DD_API_KEY", "unset, no datadog.serverId", m -> m.serverId = null,
                Map.of("DD_APP_KEY", "app"), "No Datadog keys: credentials: DD_API_KEY not set"));
        cases.add(new Case("DD_APP_KEY", "with a space, no datadog.serverId", m -> m.serverId = null,
                Map.of("DD_API_KEY", "api", "DD_APP_KEY", "app key"), "credentials: the application key contains a space"));
        // The window
        for (String start : new String[] {"yesterday", "2024-13-01T00:00:00Z", "1714557600000000", "-5"}) {
            cases.add(new Case("datadog.start", "'" + start + "'", m -> m.start = start,
                    "datadog.start: '" + start + "' is neither epoch seconds nor an ISO-8601 instant"));
        }
        cases.add(new Case("datadog.start", "after the end", m -> m.start = "2999-01-01T00:00:00Z",
                "(datadog.start) is not before its end"));
        cases.add(new Case("datadog.start", "epoch 0", m -> m.start = "0",
                "Invalid window: datadog.start and datadog.padding: 1969-12-31T23:59:00Z is "));
        cases.add(new Case("datadog.start", "in the future, with an end after it", m -> {
            m.start = Instant.now().plus(Duration.ofHours(1)).toString();
            m.end = Instant.now().plus(Duration.ofHours(2)).toString();
            m.padding = null;
        }, "Invalid window: datadog.start: "));
        for (String end : new String[] {"tomorrow", "2024-05-01 10:00"}) {
            cases.add(new Case("datadog.end", "'" + end + "'", m -> m.end = end,
                    "datadog.end: '" + end + "' is neither epoch seconds nor an ISO-8601 instant"));
        }
        cases.add(new Case("datadog.end", "a day in the future", m -> m.end = Instant.now().plus(Duration.ofDays(1))
                .toString(), "Invalid window: datadog.end: "));
        cases.add(new Case("datadog.end", "before the build start", m -> m.end = "2020-01-01T00:00:00Z",
                "is not before its end 2020-01-01T00:00:00Z (datadog.end)"));
        for (String padding : new String[] {"5 minutes", "5m", "-PT5M"}) {
            cases.add(new Case("datadog.padding", "'" + padding + "'", m -> m.padding = padding, "datadog.padding: '"));
        }
        cases.add(new Case("datadog.padding", "ten years", m -> m.padding = "P3653D",
                "Invalid window: datadog.padding: "));
        cases.add(new Case("datadog.padding", "beyond any date", m -> m.padding = "PT99999999999999H",
                "Invalid window: datadog.padding: a padding of 99999999999999 h 0 min moves the start before the earliest time"));
        for (String timeout : new String[] {"3 minutes", "-PT1M", "PT0S", "P"}) {
            cases.add(new Case("datadog.timeout", "'" + timeout + "'", m -> m.timeout = timeout, "datadog.timeout: "));
        }
        // The output folder
        cases.add(new Case("datadog.outputDirectory", "empty (Maven injects the base directory)",
                m -> m.outputDirectory = m.basedir, "Invalid configuration: datadog.outputDirectory: empty or the"
                        + " project's base directory"));
        cases.add(new Case("datadog.outputDirectory", "a blank name", m -> m.outputDirectory = new File(temp.toFile(), " "),
                "Invalid configuration: datadog.outputDirectory: empty"));
        Path file = Files.writeString(temp.resolve("a-file.txt"), "x");
        cases.add(new Case("datadog.outputDirectory", "a file", m -> m.outputDirectory = file.toFile(),
                "Invalid configuration: datadog.outputDirectory: " + file + " is a file, not a folder"));
        cases.add(new Case("datadog.outputDirectory", "under a file", m -> m.outputDirectory = file.resolve("x").toFile(),
                "Invalid configuration: datadog.outputDirectory: cannot create the folder"));
        for (Path unwritable : unwritableFolders()) {
            cases.add(new Case("datadog.outputDirectory", "unwritable " + unwritable,
                    m -> m.outputDirectory = unwritable.toFile(), "Invalid configuration: datadog.outputDirectory: cannot"));
        }
        // The numbers
        cases.add(new Case("datadog.renderer", "'pretty'", m -> m.renderer = "pretty",
                "Invalid configuration: datadog.renderer: 'pretty' is not a renderer; use datadog, local or auto"));
        cases.add(new Case("datadog.renderer", "local without numbers", m -> {
            m.renderer = "local";
            m.numbers = false;
        }, "Invalid configuration: datadog.renderer: local draws the pictures from the graphs' numbers, but"
                + " datadog.numbers is false"));
        cases.add(new Case("datadog.failOnRegression", "without numbers", m -> {
            m.failOnRegression = true;
            m.numbers = false;
        }, "Invalid configuration: datadog.failOnRegression: a crossed threshold is to mark the build, but datadog.numbers is false"));
        cases.add(new Case("datadog.numbers", "false with thresholds", m -> {
            m.thresholds = "p95 +10%";
            m.failOnRegression = false;
            m.numbers = false;
        }, "Invalid configuration: datadog.thresholds: graph 'load' has thresholds, but datadog.numbers is false"));
        for (String threshold : new String[] {"p99 +10%", "p95 10%", "max <", "avg +5% and -2ms", "p95 +10% or +2ms",
            "avg +5kg"}) {
            cases.add(new Case("datadog.thresholds", "'" + threshold + "'", m -> m.thresholds = threshold,
                    "Invalid configuration: datadog.thresholds: '" + threshold + "': "));
        }
        cases.add(new Case("datadog.thresholds", "a good one, then a bad one", m -> m.thresholds = "p95 +10%; max",
                "Invalid configuration: datadog.thresholds[1]: 'max': a limit must follow the statistic"));
        cases.add(graphs("graphs[1].thresholds", "'p95 ++10%'", g -> g.setThresholds("p95 ++10%"),
                "Invalid graph: graphs[1].thresholds: 'p95 ++10%'"));
        cases.add(new Case("datadog.thresholds", "a bad default of <graphs>", m -> {
            clearSingle(m);
            m.graphs = List.of(graph("cpu"));
            m.thresholds = "median +10%";
        }, "Invalid configuration: datadog.thresholds: 'median +10%': unknown statistic 'median'"));
        Path baselineFile = Files.writeString(temp.resolve("baseline-file.json"), "{}");
        cases.add(new Case("datadog.baselineDirectory", "a file", m -> m.baselineDirectory = baselineFile.toFile(),
                "Invalid configuration: datadog.baselineDirectory: " + baselineFile + " is a file"));
        Path brokenBaseline = Files.createDirectories(temp.resolve("broken-baseline"));
        Files.writeString(brokenBaseline.resolve(Manifests.FILE_NAME), "{\"schemaVersion\": 2, \"graphs\": [}");
        cases.add(new Case("datadog.baselineDirectory", "holding a broken manifest",
                m -> m.baselineDirectory = brokenBaseline.toFile(), "Invalid configuration: datadog.baselineDirectory: "
                        + brokenBaseline.resolve(Manifests.FILE_NAME) + " is not valid JSON"));
        Path newerBaseline = Files.createDirectories(temp.resolve("newer-baseline"));
        Files.writeString(newerBaseline.resolve(Manifests.FILE_NAME), "{\"schemaVersion\": 3, \"graphs\": []}");
        cases.add(new Case("datadog.baselineDirectory", "holding a newer manifest",
                m -> m.baselineDirectory = newerBaseline.toFile(), "Invalid configuration: datadog.baselineDirectory: "
                        + newerBaseline.resolve(Manifests.FILE_NAME) + " has schema version 3; this datadog-snapshot"
                        + " reads up to 2: update the plugin to compare with this baseline"));
        cases.add(new Case("datadog.baselineDirectory", "the outputDirectory",
                m -> m.baselineDirectory = m.outputDirectory, "Invalid configuration: datadog.baselineDirectory: "));
        Path newer = Files.createDirectories(temp.resolve("newer"));
        Files.writeString(newer.resolve(Manifests.FILE_NAME), "{\"schemaVersion\": 99, \"graphs\": []}");
        cases.add(new Case("datadog.outputDirectory", "holding a newer manifest", m -> m.outputDirectory = newer.toFile(),
                "Invalid configuration: datadog.outputDirectory: " + newer.resolve(Manifests.FILE_NAME)
                        + " has schema version 99; this datadog-snapshot reads up to 2: update the plugin"));
        return cases.stream();
    }

    private static Case graphDef(String def, String expected) {
        String shown = def.length() > 40 ? "huge (" + def.length() + " chars)" : "'" + def + "'";
        return new Case("datadog.graphDef", shown, m -> {
            m.metricQuery = null;
            m.graphDef = def;
        }, expected);
    }

    private static Case graphs(String parameter, String value, Consumer<Graph> change, String expected) {
        return new Case(parameter, value, m -> {
            clearSingle(m);
            Graph graph = graph("cpu");
            change.accept(graph);
            m.graphs = List.of(graph, graph("load"));
        }, expected);
    }

    private static Graph graph(String name) {
        Graph graph = new Graph();
        graph.setName(name);
        graph.setMetricQuery("avg:system.cpu.user{*}");
        return graph;
    }

    private static void clearSingle(CaptureMojo mojo) {
        mojo.metricQuery = null;
        mojo.title = null;
    }

    /** The same search as the client's suite: permissions do not stop root, so /sys stands in where it exists. */
    private static List<Path> unwritableFolders() throws IOException {
        List<Path> found = new ArrayList<>();
        Path readOnly = Files.createDirectories(temp.resolve("read-only"));
        if (readOnly.toFile().setWritable(false, false) && !canWrite(readOnly)) {
            found.add(readOnly);
        }
        Path sys = Path.of("/sys");
        if (Files.isDirectory(sys) && !canWrite(sys)) {
            found.add(sys);
        }
        return found;
    }

    private static boolean canWrite(Path folder) {
        try {
            Files.delete(Files.createTempFile(folder, "probe", ".tmp"));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    @InjectMojo(goal = "capture")
    void shouldCaptureTheValidConfiguration(CaptureMojo mojo, @TempDir Path folder) throws Exception {
        configureValid(mojo, folder);

        mojo.execute();

        assertThat(folder.resolve("load.png")).isRegularFile();
        assertThat(emulator.get().requests()).isNotEmpty();
        assertThat(Manifests.readIfPresent(folder).orElseThrow().graphs().get(0).series()).isNotEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badParameters")
    @InjectMojo(goal = "capture")
    void shouldFailNamingTheParameterBeforeAnyRequest(Case input, CaptureMojo mojo, @TempDir Path folder)
            throws Exception {
        configureValid(mojo, folder);
        input.change().accept(mojo);

        if (input.environment() != null) {
            Map<String, String> environment = new HashMap<>(input.environment());
            assertThatThrownBy(() -> mojo.plan(Instant.now(), environment))
                    .isInstanceOf(MojoFailureException.class)
                    .hasMessageContaining(input.expected());
        } else {
            assertThatThrownBy(mojo::execute)
                    .isInstanceOf(MojoFailureException.class)
                    .hasMessageContaining(input.expected());
        }

        assertThat(emulator.get().requests()).as("requests the emulator saw").isEmpty();
        try (Stream<Path> written = Files.list(folder)) {
            assertThat(written).as("files written").isEmpty();
        }
        TRIED.incrementAndGet();
    }

    @AfterAll
    static void printTheCount() {
        System.out.println("Bad-input suite (capture goal): " + TRIED.get() + " invalid parameter values tried, each"
                + " failing the goal naming its parameter, with no request sent");
    }
}

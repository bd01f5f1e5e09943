package io.github.datadogsnapshot.benchmarks;

import static io.github.datadogsnapshot.benchmarks.EngineBenchmark.CLIENT;
import static io.github.datadogsnapshot.benchmarks.EngineBenchmark.CLIENT_WITH_NUMBERS;
import static io.github.datadogsnapshot.benchmarks.EngineBenchmark.EVERY_SECOND;
import static io.github.datadogsnapshot.benchmarks.EngineBenchmark.SLEEP;

import io.github.datadogsnapshot.client.CaptureResult;
import io.github.datadogsnapshot.client.SnapshotCapture;
import io.github.datadogsnapshot.client.SnapshotClient;
import io.github.datadogsnapshot.client.config.ApiEndpoint;
import io.github.datadogsnapshot.client.config.CaptureListener;
import io.github.datadogsnapshot.client.config.CaptureOptions;
import io.github.datadogsnapshot.client.config.ClientSettings;
import io.github.datadogsnapshot.client.config.Credentials;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.graph.TimeWindow;
import io.github.datadogsnapshot.emulator.DatadogEmulator;
import java.io.IOException;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * One measured run of each approach the benchmarks compare: this client (pictures only, or with numbers) and the two
 * scripts users write today, each against the same emulator and the same graphs over the same half-hour window.
 */
final class Runners {

    private static final Instant END = Instant.now();
    private static final TimeWindow WINDOW = new TimeWindow(END.minusSeconds(1800), END);

    private Runners() {
    }

    static Run runClient(DatadogEmulator emulator, int graphs, boolean numbers) throws Exception {
        return runClient(emulator, graphs, numbers, ClientSettings.DEFAULT_CONCURRENCY);
    }

    /** The client with {@code concurrency} requests in flight at most. */
    static Run runClient(DatadogEmulator emulator, int graphs, boolean numbers, int concurrency) throws Exception {
        ClientSettings settings = ClientSettings.builder(ApiEndpoint.custom(emulator.baseUrl().toString()),
                Credentials.of(emulator.apiKey(), emulator.applicationKey())).concurrency(concurrency).build();
        List<GraphSpec> specs = new ArrayList<>();
        for (UserScripts.Graph g : graphs(graphs)) {
            specs.add(GraphSpec.builder().name(g.name()).title(g.title()).metricQuery(g.metricQuery())
                    .width(g.width()).height(g.height()).build());
        }
        int[] failures = {0};
        try (SnapshotClient client = new SnapshotClient(settings)) {
            CaptureOptions options = numbers ? CaptureOptions.DEFAULT
                    : new CaptureOptions(CaptureOptions.Renderer.DATADOG, false, null);
            return measure(numbers ? CLIENT_WITH_NUMBERS : CLIENT, emulator, graphs,
                    name -> name.startsWith("datadog-snapshot-"), dir -> {
                CaptureResult result = new SnapshotCapture(client, options).capture(specs, WINDOW, dir,
                        CaptureListener.NONE);
                failures[0] = result.failures().size();
            }, failures);
        }
    }

    static Run runEverySecondScript(DatadogEmulator emulator, int graphs) throws Exception {
        HttpClient http = newHttpClient();
        UserScripts scripts = scripts(emulator, http);
        return measure(EVERY_SECOND, emulator, graphs, threadsOf(http),
                dir -> scripts.createAllThenCheckEverySecond(graphs(graphs), dir), new int[1]);
    }

    static Run runSleepScript(DatadogEmulator emulator, int graphs) throws Exception {
        HttpClient http = newHttpClient();
        UserScripts scripts = scripts(emulator, http);
        return measure(SLEEP, emulator, graphs, threadsOf(http),
                dir -> scripts.createSleepDownload(graphs(graphs), dir), new int[1]);
    }

    @FunctionalInterface
    private interface Body {
        void run(Path dir) throws Exception;
    }

    private static Run measure(String approach, DatadogEmulator emulator, int graphs, Predicate<String> clientThread,
                               Body body, int[] failures) throws Exception {
        emulator.reset();
        Path dir = Files.createTempDirectory("engine-benchmark");
        try {
            Probe probe = Probe.start(clientThread);
            long t0 = System.nanoTime();
            body.run(dir);
            double wall = (System.nanoTime() - t0) / 1e6;
            Probe.Sample sample = probe.stop();
            return new Run(approach, graphs, wall, emulator.renderDelays(), emulator.requests(), Pngs.count(dir),
                    failures[0], sample);
        } finally {
            deleteTree(dir);
        }
    }

    static List<UserScripts.Graph> graphs(int count) {
        List<UserScripts.Graph> graphs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            graphs.add(new UserScripts.Graph("graph-" + i, "Graph " + i, "avg:bench.latency.ms{shard:" + i + "}", 800,
                    400));
        }
        return graphs;
    }

    static UserScripts scripts(DatadogEmulator emulator, HttpClient http) {
        return new UserScripts(http, emulator.baseUrl(), emulator.apiKey(), emulator.applicationKey(),
                WINDOW.start().getEpochSecond(), WINDOW.end().getEpochSecond());
    }

    /** A new JDK client, as a script makes one. */
    private static HttpClient newHttpClient() {
        return HttpClient.newHttpClient();
    }

    /**
     * The threads of one JDK HttpClient: {@code HttpClient-<id>-SelectorManager} starts with it and its workers are
     * {@code HttpClient-<id>-Worker-<n>}; the newest selector names the client just made.
     */
    private static Predicate<String> threadsOf(HttpClient justMade) {
        String prefix = Stream.of(Probe.liveThreads()).map(Thread::getName)
                .filter(n -> n.matches("HttpClient-\\d+-SelectorManager"))
                .max(Comparator.comparingInt(n -> Integer.parseInt(n.split("-")[1])))
                .map(n -> n.substring(0, n.length() - "SelectorManager".length()))
                .orElseThrow(() -> new IllegalStateException("no HttpClient selector thread for " + justMade));
        return name -> name.startsWith(prefix);
    }

    private static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(Comparator.reverseOrder()).collect(Collectors.toList())) {
                Files.deleteIfExists(p);
            }
        }
    }
}

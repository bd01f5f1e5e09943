package io.github.datadogsnapshot.benchmarks;

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
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One capture in a fresh JVM, as a build runs it: {@link ColdBenchmark} starts this class in a JVM of its own per
 * run. Arguments: base URL, API key, application key, graphs, output folder, renderer ({@code datadog},
 * {@code auto}, {@code local}), timeout in seconds. Prints {@code main=<epoch ms> loaded=<epoch ms> done=<epoch ms>
 * captured=<n> drawn=<n> failed=<n>}: main entered, client built, capture returned (manifest written, client closed).
 */
public final class ColdCapture {

    private ColdCapture() {
    }

    public static void main(String[] args) throws Exception {
        long main = System.currentTimeMillis();
        String baseUrl = args[0];
        int graphs = Integer.parseInt(args[3]);
        Path dir = Path.of(args[4]);
        CaptureOptions.Renderer renderer = CaptureOptions.Renderer.valueOf(args[5].toUpperCase(java.util.Locale.ROOT));
        Duration timeout = Duration.ofSeconds(Long.parseLong(args[6]));
        Instant end = Instant.now();
        TimeWindow window = new TimeWindow(end.minusSeconds(1800), end);
        List<GraphSpec> specs = new ArrayList<>();
        for (UserScripts.Graph g : Runners.graphs(graphs)) {
            specs.add(GraphSpec.builder().name(g.name()).title(g.title()).metricQuery(g.metricQuery())
                    .width(g.width()).height(g.height()).build());
        }
        CaptureOptions options = renderer == CaptureOptions.Renderer.DATADOG ? CaptureOptions.DEFAULT
                : CaptureOptions.of(renderer, new io.github.datadogsnapshot.charts.XChartRenderer());
        long loaded;
        CaptureResult result;
        try (SnapshotClient client = new SnapshotClient(ClientSettings.builder(ApiEndpoint.custom(baseUrl),
                Credentials.of(args[1], args[2])).timeout(timeout).build())) {
            loaded = System.currentTimeMillis();
            result = new SnapshotCapture(client, options).capture(specs, window, dir, CaptureListener.NONE);
        }
        long done = System.currentTimeMillis();
        long drawn = result.entries().stream().filter(e -> e.isCaptured() && e.isDrawnLocally()).count();
        long captured = result.entries().stream().filter(e -> e.isCaptured()).count();
        System.out.println("main=" + main + " loaded=" + loaded + " done=" + done + " captured=" + captured
                + " drawn=" + drawn + " failed=" + result.failures().size());
    }
}

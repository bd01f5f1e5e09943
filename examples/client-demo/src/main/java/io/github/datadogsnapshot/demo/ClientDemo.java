package io.github.datadogsnapshot.demo;

import io.github.datadogsnapshot.client.CaptureResult;
import io.github.datadogsnapshot.client.ProgressLog;
import io.github.datadogsnapshot.client.SnapshotCapture;
import io.github.datadogsnapshot.client.SnapshotClient;
import io.github.datadogsnapshot.client.config.ApiEndpoint;
import io.github.datadogsnapshot.client.config.ClientSettings;
import io.github.datadogsnapshot.client.config.Credentials;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.graph.TimeWindow;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.emulator.DatadogEmulator;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Captures three graphs of the last 30 minutes into {@code target/demo-snapshots}. Uses the bundled emulator
 * (render delay 2 s) unless {@code DD_API_KEY} and {@code DD_APP_KEY} are set and {@code DD_EMULATOR} is not
 * {@code true}; then it asks Datadog at {@code DD_SITE}.
 */
public final class ClientDemo {

    private ClientDemo() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> env = System.getenv();
        boolean real = env.containsKey("DD_API_KEY") && env.containsKey("DD_APP_KEY")
                && !"true".equalsIgnoreCase(env.get("DD_EMULATOR"));
        Path out = Path.of(args.length > 0 ? args[0] : "target/demo-snapshots").toAbsolutePath();
        Duration renderDelay = Duration.ofSeconds(2);
        DatadogEmulator emulator = real ? null : DatadogEmulator.builder().renderDelay(renderDelay).build().start();
        try {
            ApiEndpoint endpoint = real ? ApiEndpoint.resolve(null, env.get("DD_API_URL"), env)
                    : ApiEndpoint.custom(emulator.baseUrl().toString());
            Credentials credentials = real ? Credentials.fromEnvironment(env)
                    : Credentials.of(emulator.apiKey(), emulator.applicationKey());
            System.out.println(real ? "Capturing from Datadog at " + endpoint
                    : "Capturing from the bundled emulator at " + endpoint + " (render delay " + renderDelay.toSeconds() + " s)");
            List<GraphSpec> graphs = List.of(
                    GraphSpec.builder().title("Checkout p99 latency")
                            .metricQuery("p99:trace.http.request.duration{service:checkout,env:ci}")
                            .eventQuery("sources:deploy env:ci").width(800).height(400).build(),
                    GraphSpec.builder().title("CPU by host").graphDef("{\"viz\":\"timeseries\",\"requests\":["
                            + "{\"q\":\"avg:system.cpu.user{env:ci} by {host}\",\"type\":\"line\"},"
                            + "{\"q\":\"avg:system.cpu.system{env:ci}\",\"type\":\"line\"}]}").width(800).height(400).build(),
                    GraphSpec.builder().title("Errors").metricQuery("sum:trace.http.request.errors{service:checkout}.as_count()")
                            .width(800).height(300).build());
            Instant now = Instant.now();
            TimeWindow window = new TimeWindow(now.minus(Duration.ofMinutes(30)), now);
            ClientSettings settings = ClientSettings.builder(endpoint, credentials).timeout(Duration.ofMinutes(2)).build();
            try (SnapshotClient client = new SnapshotClient(settings)) {
                long started = System.nanoTime();
                CaptureResult result = new SnapshotCapture(client).capture(graphs, window, out,
                        new ProgressLog(line -> System.out.println("  " + line), line -> System.out.println("  WARNING " + line)));
                long millis = (System.nanoTime() - started) / 1_000_000;
                System.out.println();
                for (ManifestEntry e : result.entries()) {
                    System.out.println(e.isCaptured() ? "  " + out.resolve(e.image().file()) : "  FAILED " + e.name() + ": " + e.error());
                }
                System.out.println("  " + result.manifestFile());
                System.out.println("Captured " + (result.entries().size() - result.failures().size()) + " of "
                        + result.entries().size() + " graphs in " + millis + " ms");
                client.lastRateLimit().ifPresent(r -> System.out.println("Snapshot budget: " + r.remaining() + " of "
                        + r.limit() + " left, resets in " + r.resetSeconds() + " s"));
                if (result.hasFailures()) {
                    System.exit(1);
                }
            }
        } finally {
            if (emulator != null) {
                emulator.close();
            }
        }
    }
}

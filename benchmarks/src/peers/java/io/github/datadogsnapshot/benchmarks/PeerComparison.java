package io.github.datadogsnapshot.benchmarks;

import com.datadog.api.client.ApiClient;
import com.datadog.api.client.v1.api.SnapshotsApi;
import com.datadog.api.client.v1.model.GraphSnapshot;
import io.github.datadogsnapshot.client.SnapshotCapture;
import io.github.datadogsnapshot.client.SnapshotClient;
import io.github.datadogsnapshot.client.config.ApiEndpoint;
import io.github.datadogsnapshot.client.config.CaptureListener;
import io.github.datadogsnapshot.client.config.ClientSettings;
import io.github.datadogsnapshot.client.config.Credentials;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.graph.TimeWindow;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.emulator.DatadogEmulator;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What a user of the official Datadog Java client gets against the same emulator: the client returns the
 * snapshot URL at once, and what the URL serves then depends on how long the caller waits. Compared with
 * this project's capture, which waits until the image is rendered. Prints; asserts nothing.
 * Run with {@code ./mvnw -B -q -pl benchmarks -am verify -DskipTests -Prun-benchmark,peers -Dbenchmark=PeerComparison}.
 */
public final class PeerComparison {

    private PeerComparison() {
    }

    public static void main(String[] args) throws Exception {
        Duration renderDelay = Duration.ofSeconds(4);
        try (DatadogEmulator emulator = DatadogEmulator.builder().renderDelay(renderDelay).build().start()) {
            Instant end = Instant.now();
            long start = end.minusSeconds(1800).getEpochSecond();
            String query = "avg:trace.http.request.duration{service:checkout}";
            System.out.println("Emulator render delay: " + renderDelay.toSeconds() + " s");

            ApiClient official = new ApiClient();
            official.setServerIndex(null);
            official.setBasePath(emulator.baseUrl().toString());
            official.configureApiKeys(Map.of("apiKeyAuth", emulator.apiKey(), "appKeyAuth", emulator.applicationKey()));
            SnapshotsApi snapshots = new SnapshotsApi(official);
            HttpClient http = HttpClient.newHttpClient();
            for (long waitSeconds : new long[] {0, 2, 10}) {
                long t0 = System.nanoTime();
                GraphSnapshot snapshot = snapshots.getGraphSnapshot(start, end.getEpochSecond(),
                        new SnapshotsApi.GetGraphSnapshotOptionalParameters().metricQuery(query).width(800L).height(400L));
                long callMillis = (System.nanoTime() - t0) / 1_000_000;
                Thread.sleep(waitSeconds * 1000);
                byte[] body = http.send(HttpRequest.newBuilder(URI.create(snapshot.getSnapshotUrl())).build(),
                        HttpResponse.BodyHandlers.ofByteArray()).body();
                System.out.printf("official client: call %d ms, then a fixed %2d s sleep -> %s%n", callMillis, waitSeconds, describe(body));
            }

            try (SnapshotClient client = new SnapshotClient(ClientSettings.builder(ApiEndpoint.custom(emulator.baseUrl().toString()),
                    Credentials.of(emulator.apiKey(), emulator.applicationKey())).build())) {
                ManifestEntry entry = new SnapshotCapture(client).capture(
                        List.of(GraphSpec.builder().metricQuery(query).width(800).height(400).build()),
                        new TimeWindow(end.minusSeconds(1800), end), Files.createTempDirectory("peer"), CaptureListener.NONE)
                        .entries().get(0);
                System.out.printf("datadog-snapshot: ready and validated on disk after %d ms -> %dx%d PNG, %d bytes%n",
                        entry.timings().totalMillis(), entry.image().width(), entry.image().height(), entry.image().bytes());
            }
        }
    }

    private static String describe(byte[] png) {
        if (png.length < 24) {
            return png.length + " bytes, not a PNG";
        }
        ByteBuffer b = ByteBuffer.wrap(png);
        return b.getInt(16) + "x" + b.getInt(20) + " PNG, " + png.length + " bytes"
                + (b.getInt(16) <= 1 ? " (the placeholder)" : "");
    }
}

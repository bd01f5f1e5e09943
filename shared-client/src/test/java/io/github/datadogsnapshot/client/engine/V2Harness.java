package io.github.datadogsnapshot.client.engine;

import io.github.datadogsnapshot.client.Polls;
import io.github.datadogsnapshot.client.config.ApiEndpoint;
import io.github.datadogsnapshot.client.config.CaptureListener;
import io.github.datadogsnapshot.client.config.ClientSettings;
import io.github.datadogsnapshot.client.config.Credentials;
import io.github.datadogsnapshot.client.config.PollPolicy;
import io.github.datadogsnapshot.client.config.RetryPolicy;
import io.github.datadogsnapshot.client.dashboard.ResolvedVariables;
import io.github.datadogsnapshot.client.dashboard.V2SnapshotBody;
import io.github.datadogsnapshot.client.dashboard.WidgetJson;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.graph.TimeWindow;
import io.github.datadogsnapshot.client.transport.FormulaQueryApi;
import io.github.datadogsnapshot.client.transport.HttpTransport;
import io.github.datadogsnapshot.client.transport.TaskRunner;
import io.github.datadogsnapshot.client.transport.V2SnapshotApi;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The client's pieces for the v2 building blocks, wired as the engine will wire them, against {@code baseUrl}. Looks
 * and retries come on real timers of a few milliseconds; every time decision follows {@code clock}, which the tests
 * hold still or move themselves, so that no outcome depends on the machine's speed.
 */
final class V2Harness implements AutoCloseable {

    static final Instant NOW = Instant.parse("2026-12-07T10:30:00Z");
    static final TimeWindow WINDOW = new TimeWindow(NOW.minusSeconds(1800), NOW);
    static final GraphSpec GRAPH = GraphSpec.builder().title("Latency").metricQuery("avg:system.load.1{*}").build();
    static final V2SnapshotBody BODY = V2SnapshotBody.of(WidgetJson.parse("{\"type\":\"timeseries\",\"requests\":[{"
            + "\"response_format\":\"timeseries\",\"queries\":[{\"data_source\":\"metrics\",\"name\":\"a\","
            + "\"query\":\"avg:system.load.1{*}\"}],\"formulas\":[{\"formula\":\"a * 2\"}]}]}", "widget"), WINDOW,
            ResolvedVariables.none()).withSize(400, 200);

    /** A clock the test moves. */
    static final class SteppedClock extends Clock {
        private volatile Instant now = NOW;

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }

    final Clock clock;
    final TaskRunner runner = new TaskRunner(2);
    final HttpTransport transport;
    final ApiCaller caller;
    final ClientSettings settings;
    final List<String> heard = new CopyOnWriteArrayList<>();
    final CaptureListener listener = new CaptureListener() {
        @Override
        public void retrying(GraphSpec graph, String reason, Duration delay) {
            heard.add("retrying " + graph.name() + ": " + reason);
        }

        @Override
        public void rateLimited(GraphSpec graph, Duration wait) {
            heard.add("rate limited " + graph.name());
        }

        @Override
        public void stillRendering(GraphSpec graph, Duration waited, String lastAnswer) {
            heard.add("still rendering " + graph.name() + ": " + lastAnswer);
        }
    };

    V2Harness(String baseUrl, String apiKey, String applicationKey, Clock clock) {
        this.clock = clock;
        settings = ClientSettings.builder(ApiEndpoint.custom(baseUrl), Credentials.of(apiKey, applicationKey))
                .clock(clock).random(() -> 0.0).build();
        transport = new HttpTransport(settings, "datadog-snapshot-test", runner);
        caller = new ApiCaller(transport, settings.credentials(), new RetryPolicy(3, Duration.ofMillis(5),
                Duration.ofMillis(5)), () -> 0.0, seen -> { }, baseUrl);
    }

    V2Snapshots snapshots() {
        return new V2Snapshots(new V2SnapshotApi(settings.endpoint()), caller, new RateLimitBudget(), transport,
                settings.credentials(), Polls.every(Duration.ofMillis(10)), runner, clock);
    }

    FormulaNumbers numbers() {
        return new FormulaNumbers(new FormulaQueryApi(settings.endpoint()), caller, new RateLimitBudget(), runner,
                clock);
    }

    @Override
    public void close() throws IOException {
        runner.close();
        transport.close();
    }
}

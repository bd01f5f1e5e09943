package io.github.datadogsnapshot.client.internal;

import io.github.datadogsnapshot.client.CaptureListener;
import io.github.datadogsnapshot.client.ClientSettings;
import io.github.datadogsnapshot.client.GraphSpec;
import io.github.datadogsnapshot.client.KeyCheck;
import io.github.datadogsnapshot.client.RateLimitStatus;
import io.github.datadogsnapshot.client.TimeWindow;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The working parts of one client: its threads, its HTTP pool, its share of the snapshot budget, and the three
 * jobs of a capture (requesting, waiting, checking keys). Every graph is requested as the budget allows; each then
 * waits for its image on a timer, holding no thread.
 */
public final class CaptureEngine implements AutoCloseable {

    private final ClientSettings settings;
    private final TaskRunner runner;
    private final HttpTransport transport;
    private final SnapshotRequester requester;
    private final KeyChecker keyChecker;
    private final AtomicReference<RateLimitStatus> lastRateLimit = new AtomicReference<>();

    public CaptureEngine(ClientSettings settings, String userAgent) {
        this.settings = settings;
        this.runner = settings.scheduler().map(TaskRunner::new).orElseGet(() -> new TaskRunner(settings.concurrency()));
        this.transport = new HttpTransport(settings, userAgent, runner);
        ImageWaiter waiter = new ImageWaiter(settings.pollPolicy(),
                new ImageFetcher(transport, settings.endpoint(), settings.maxImageBytes()));
        this.requester = new SnapshotRequester(new SnapshotApi(settings.endpoint()), transport, settings.credentials(),
                new RateLimitBudget(), settings.retryPolicy(), settings.random(), waiter,
                seen -> lastRateLimit.accumulateAndGet(seen, RateLimitStatus::latest));
        this.keyChecker = new KeyChecker(settings, transport);
    }

    /**
     * Starts capturing {@code graph} into {@code target}; returns at once. The job's result completes when the graph
     * is stored, failed or called off.
     */
    public GraphJob capture(GraphSpec graph, TimeWindow window, Path target, Batch batch, CaptureListener listener) {
        GraphJob job = new GraphJob(graph, window, target, batch, listener, settings.timeout(), runner,
                settings.clock());
        job.execute(() -> requester.request(job), null);
        return job;
    }

    public KeyCheck checkKeys() {
        return keyChecker.check();
    }

    public Optional<RateLimitStatus> lastRateLimit() {
        return Optional.ofNullable(lastRateLimit.get());
    }

    @Override
    public void close() {
        runner.close();
        try {
            transport.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not close the HTTP client", e);
        }
    }
}

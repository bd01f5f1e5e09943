package io.github.datadogsnapshot.client.engine;

import io.github.datadogsnapshot.client.config.CaptureListener;
import io.github.datadogsnapshot.client.config.CaptureOptions;
import io.github.datadogsnapshot.client.config.ClientSettings;
import io.github.datadogsnapshot.client.config.KeyCheck;
import io.github.datadogsnapshot.client.config.RateLimitStatus;
import io.github.datadogsnapshot.client.config.StoredImage;
import io.github.datadogsnapshot.client.exception.SnapshotException;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.graph.TimeWindow;
import io.github.datadogsnapshot.client.transport.HttpTransport;
import io.github.datadogsnapshot.client.transport.ImageFetcher;
import io.github.datadogsnapshot.client.transport.MetricsQueryApi;
import io.github.datadogsnapshot.client.transport.SnapshotApi;
import io.github.datadogsnapshot.client.transport.TaskRunner;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The working parts of one client: its threads, its HTTP pool, its share of the organization's budgets, and the
 * jobs of a capture (requesting a snapshot, waiting for it, drawing a graph here, fetching its numbers, checking
 * keys). Every graph is requested as the budget allows; each then waits for its image on a timer, holding no
 * thread.
 */
public final class CaptureEngine implements AutoCloseable {

    /** The error of a graph the capture was called off before it ended. */
    public static final String INTERRUPTED = "the capture was interrupted before this graph finished";

    private final ClientSettings settings;
    private final TaskRunner runner;
    private final HttpTransport transport;
    private final ImageWaiter waiter;
    private final SnapshotRequester requester;
    private final NumbersFetcher numbers;
    private final KeyChecker keyChecker;
    private final AtomicReference<RateLimitStatus> lastRateLimit = new AtomicReference<>();

    public CaptureEngine(ClientSettings settings, String userAgent) {
        this.settings = settings;
        this.runner = settings.scheduler().map(TaskRunner::new).orElseGet(() -> new TaskRunner(settings.concurrency()));
        this.transport = new HttpTransport(settings, userAgent, runner);
        this.waiter = new ImageWaiter(settings.pollPolicy(),
                new ImageFetcher(transport, settings.endpoint(), settings.maxImageBytes()));
        SnapshotApi snapshotApi = new SnapshotApi(settings.endpoint(), settings.credentials().source());
        this.requester = new SnapshotRequester(snapshotApi, caller(seen ->
                lastRateLimit.accumulateAndGet(seen, RateLimitStatus::latest)), waiter);
        this.numbers = new NumbersFetcher(new MetricsQueryApi(settings.endpoint(), settings.credentials().source()), caller(seen -> { }), runner,
                settings.clock());
        this.keyChecker = new KeyChecker(settings, transport);
    }

    private ApiCaller caller(java.util.function.Consumer<RateLimitStatus> budgetSeen) {
        return new ApiCaller(transport, settings.credentials(), settings.retryPolicy(), settings.random(), budgetSeen,
                settings.endpoint().toString());
    }

    /**
     * Starts capturing {@code graphs}, named uniquely, each into {@code <name>.png} in {@code outputDir}; returns at
     * once, one capture per graph in order, after telling the listener each was requested. Each ends in its
     * manifest entry (compared with the options' baseline), or is called off.
     */
    public List<GraphCapture> capture(List<GraphSpec> graphs, TimeWindow window, Path outputDir,
                                      CaptureListener listener, CaptureOptions options) {
        Batch batch = new Batch(graphs.size());
        GraphEntries entries = new GraphEntries(window, outputDir, listener, options);
        List<GraphCapture> captures = new ArrayList<>();
        for (GraphSpec graph : graphs) {
            listener.requested(graph, window);
            captures.add(start(graph, window, outputDir.resolve(graph.name() + ".png"), batch, listener, options,
                    entries));
        }
        return captures;
    }

    /**
     * Captures one graph's picture from Datadog (no numbers) into {@code target}. When interrupted, the capture is
     * called off (nothing partial is left) and the interrupt is rethrown.
     *
     * @throws SnapshotException saying what went wrong and what to do
     */
    public StoredImage captureOne(GraphSpec graph, TimeWindow window, Path target, CaptureListener listener)
            throws InterruptedException {
        GraphCapture job = start(graph, window, target, new Batch(1), listener,
                new CaptureOptions(CaptureOptions.Renderer.DATADOG, false, null), null);
        GraphOutcome outcome;
        try {
            outcome = job.outcome().get();
        } catch (InterruptedException e) {
            job.cancel();
            throw e;
        } catch (ExecutionException e) {
            throw new IllegalStateException("a graph's result never completes exceptionally", e);
        }
        if (outcome.failure() != null) {
            throw outcome.failure();
        }
        return outcome.image();
    }

    /**
     * Starts capturing {@code graph} into {@code target}; returns at once. The outcome completes when the picture is
     * stored or given up (and the numbers are in), or the capture is called off.
     */
    private GraphCapture start(GraphSpec graph, TimeWindow window, Path target, Batch batch,
                               CaptureListener listener, CaptureOptions options, GraphEntries entries) {
        Instant requestedAt = settings.clock().instant();
        Instant deadline = requestedAt.plus(settings.timeout());
        CaptureOptions.Renderer renderer = options.renderer();
        NumbersJob numbersJob = options.numbers()
                ? numbers.prepare(graph, window, requestedAt, deadline, renderer != CaptureOptions.Renderer.DATADOG,
                        listener)
                : null;
        GraphJob job = new GraphJob(graph, window, target, batch, listener, requestedAt, settings.timeout(),
                numbersJob, runner, settings.clock());
        LocalPainter painter = new LocalPainter(options.chartRenderer(), waiter);
        if (renderer == CaptureOptions.Renderer.LOCAL) {
            job.execute(() -> painter.paint(job, null), null);
        } else {
            if (renderer == CaptureOptions.Renderer.AUTO) {
                job.budgetFallback = reason -> painter.paint(job, reason);
            }
            job.execute(() -> requester.request(job), null);
        }
        return new GraphCapture(job, numbersJob, entries);
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

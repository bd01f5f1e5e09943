package io.github.datadogsnapshot.client;

import io.github.datadogsnapshot.client.internal.HttpTransport;
import io.github.datadogsnapshot.client.internal.ImageFetcher;
import io.github.datadogsnapshot.client.internal.Png;
import io.github.datadogsnapshot.client.internal.RateLimitGate;
import io.github.datadogsnapshot.client.internal.SnapshotApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Creates graph snapshots, waits until they are rendered and stores the images. One instance holds one
 * pooled HTTP client and one rate-limit pause shared by all its calls; it is thread-safe, meant to be
 * shared, and closed by its owner.
 */
public final class SnapshotClient implements AutoCloseable {

    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

    private final ClientSettings settings;
    private final HttpTransport transport;
    private final SnapshotApi api;
    private final ImageFetcher fetcher;
    private final RateLimitGate gate = new RateLimitGate();
    private final AtomicReference<RateLimitStatus> lastRateLimit = new AtomicReference<>();

    public SnapshotClient(ClientSettings settings) {
        this.settings = settings;
        this.transport = new HttpTransport(settings, "datadog-snapshot/" + Version.get());
        this.api = new SnapshotApi(settings.endpoint());
        this.fetcher = new ImageFetcher(transport, settings.endpoint(), settings.maxImageBytes());
    }

    public ClientSettings settings() {
        return settings;
    }

    /** The snapshot budget as the last answer stated it; empty before the first answer with the headers. */
    public Optional<RateLimitStatus> lastRateLimit() {
        return Optional.ofNullable(lastRateLimit.get());
    }

    /**
     * Checks both keys without creating a snapshot: {@code GET /api/v1/validate} (the API key alone), then
     * {@code GET /api/v2/validate_keys} (both keys; one ordinary API request each). Scoped application keys,
     * which the snapshot endpoint refuses, pass this check: Datadog does not show scopes here.
     */
    public KeyCheck checkKeys() {
        String endpoint = settings.endpoint().toString();
        HttpTransport.JsonAnswer api;
        try {
            api = transport.getJson(URI.create(settings.endpoint().baseUri() + "/api/v1/validate"), settings.credentials());
        } catch (IOException e) {
            return new KeyCheck(KeyCheck.Verdict.NOT_CHECKED, "Could not reach " + endpoint + ": " + describe(e)
                    + ". Check the site or API URL, and the network or proxy in between.");
        }
        if (api.status() == 401 || api.status() == 403) {
            return new KeyCheck(KeyCheck.Verdict.API_KEY_WRONG, "The API key is wrong: " + endpoint + " refused it (HTTP "
                    + api.status() + " from /api/v1/validate). Use an API key of this site's organization, not an application key.");
        }
        if (api.status() != 200) {
            return new KeyCheck(KeyCheck.Verdict.NOT_CHECKED, "Could not check the API key: " + endpoint + " answered HTTP "
                    + api.status() + " to /api/v1/validate. Is this the Datadog API, or a proxy for it?");
        }
        HttpTransport.JsonAnswer both;
        try {
            both = transport.getJson(URI.create(settings.endpoint().baseUri() + "/api/v2/validate_keys"), settings.credentials());
        } catch (IOException e) {
            return new KeyCheck(KeyCheck.Verdict.APPLICATION_KEY_UNCHECKED, "The API key is valid. The application key could"
                    + " not be checked: " + describe(e) + ".");
        }
        return switch (both.status()) {
            case 200 -> new KeyCheck(KeyCheck.Verdict.BOTH_VALID, "Both keys are valid for " + endpoint + ". The snapshot"
                    + " endpoint also refuses scoped application keys, which this check cannot see.");
            case 401, 403 -> new KeyCheck(KeyCheck.Verdict.APPLICATION_KEY_WRONG, "The API key is valid, but the application"
                    + " key is wrong: " + endpoint + " refused it (HTTP " + both.status() + " from /api/v2/validate_keys)."
                    + " Use an application key of the same organization.");
            case 404 -> new KeyCheck(KeyCheck.Verdict.APPLICATION_KEY_UNCHECKED, "The API key is valid. The application key"
                    + " was not checked: " + endpoint + " has no /api/v2/validate_keys, and the only other check would spend"
                    + " the snapshot budget.");
            default -> new KeyCheck(KeyCheck.Verdict.APPLICATION_KEY_UNCHECKED, "The API key is valid. The application key"
                    + " could not be checked: " + endpoint + " answered HTTP " + both.status() + " to /api/v2/validate_keys.");
        };
    }

    /**
     * Captures one graph: creates the snapshot, waits for the image and stores it at {@code target}, all
     * within the configured timeout.
     */
    public StoredImage capture(GraphSpec graph, TimeWindow window, Path target, CaptureListener listener)
            throws InterruptedException {
        Instant started = clock().instant();
        Instant deadline = started.plus(settings.timeout());
        Snapshot snapshot = create(graph, window, deadline, listener);
        return awaitImage(graph, snapshot, target, deadline, listener);
    }

    /**
     * Asks Datadog for a snapshot. Retries 5xx answers and I/O errors with backoff; after a 429 waits for
     * the reset (all calls of this client wait together); gives up at {@code deadline}.
     *
     * @throws SnapshotException saying what went wrong and what to do
     */
    public Snapshot create(GraphSpec graph, TimeWindow window, Instant deadline, CaptureListener listener)
            throws InterruptedException {
        URI uri = api.createUri(graph, window);
        Instant started = clock().instant();
        String attempted = "the snapshot request of graph '" + graph.name() + "'";
        for (int attempt = 1; ; ) {
            Duration pause = gate.waitNeeded(clock(), deadline, started);
            if (!pause.isZero()) {
                listener.rateLimited(graph, pause);
                settings.sleeper().sleep(pause);
                continue;
            }
            SnapshotException failure;
            try {
                HttpTransport.JsonAnswer answer = transport.getJson(uri, settings.credentials());
                Instant now = clock().instant();
                SnapshotApi.rateLimit(answer, now)
                        .ifPresent(seen -> lastRateLimit.accumulateAndGet(seen, RateLimitStatus::latest));
                if (answer.status() == 200) {
                    return new Snapshot(api.snapshotUrl(answer), now, attempt);
                }
                failure = api.error(answer, attempted);
                if (answer.status() == 429) {
                    Optional<Long> reset = SnapshotApi.resetSeconds(answer);
                    if (reset.isPresent()) {
                        gate.closeUntil(now.plusSeconds(Math.max(1, reset.get())));
                        continue;
                    }
                }
            } catch (IOException e) {
                failure = new ClientSideException("could not reach " + settings.endpoint() + " for " + attempted + ": "
                        + describe(e) + " (check the network, a proxy, or the site / API URL)", true, e);
            }
            if (!failure.isRetryable() || !settings.retryPolicy().allowsAnotherAfter(attempt)) {
                throw attempt > 1 ? withAttempts(failure, attempt) : failure;
            }
            Duration delay = settings.retryPolicy().delayBeforeRetry(attempt, settings.random().getAsDouble());
            if (clock().instant().plus(delay).isAfter(deadline)) {
                throw withAttempts(failure, attempt);
            }
            listener.retrying(graph, failure.getMessage(), delay);
            settings.sleeper().sleep(delay);
            attempt++;
        }
    }

    private static SnapshotException withAttempts(SnapshotException e, int attempts) {
        String message = e.getMessage() + "; gave up after " + attempts + " attempts";
        if (e instanceof ServiceException s) {
            return new ServiceException(message, s.status(), s.errors());
        }
        return new ClientSideException(message, e.isRetryable(), e.getCause());
    }

    /**
     * Waits until the snapshot's image is rendered and stores it at {@code target}: looks with growing
     * intervals, asks the status call first where the URL form has one, refuses foreign hosts, oversized
     * and invalid images, and moves the file into place only when it is complete. Gives up at {@code deadline}.
     *
     * @throws SnapshotException saying what went wrong and how long it waited
     */
    public StoredImage awaitImage(GraphSpec graph, Snapshot snapshot, Path target, Instant deadline,
                                  CaptureListener listener) throws InterruptedException {
        fetcher.checkAllowed(snapshot.url());
        Optional<URI> statusUri = settings.useStatusCall() ? api.statusUri(snapshot.url()) : Optional.empty();
        Instant started = snapshot.createdAt();
        Instant nextProgress = started.plus(PROGRESS_EVERY);
        String lastAnswer = "no answer yet";
        Path temp = tempFileNextTo(target);
        try {
            for (int check = 1; ; check++) {
                Instant now = clock().instant();
                if (!now.isBefore(deadline)) {
                    Duration waited = Duration.between(started, now);
                    throw new SnapshotTimeoutException("the image of graph '" + graph.name() + "' was not ready after "
                            + Durations.format(waited) + " (" + (check - 1) + (check == 2 ? " check" : " checks")
                            + "; last answer: " + lastAnswer
                            + "); raise the timeout, or open the query in Datadog to see whether it renders", waited);
                }
                Duration delay = settings.pollPolicy().delayBeforeCheck(check);
                if (now.plus(delay).isAfter(deadline)) {
                    delay = Duration.between(now, deadline);
                }
                settings.sleeper().sleep(delay);
                if (statusUri.isPresent()) {
                    Optional<Boolean> ready = askStatus(statusUri.get());
                    if (ready.isEmpty()) {
                        statusUri = Optional.empty();
                    } else if (!ready.get()) {
                        lastAnswer = "the status call says it is still rendering";
                        nextProgress = reportProgress(graph, listener, started, nextProgress, lastAnswer);
                        continue;
                    }
                }
                ImageFetcher.Look look;
                try {
                    look = fetcher.look(snapshot.url(), temp);
                } catch (IOException e) {
                    look = new ImageFetcher.Look(Optional.empty(), "an I/O error (" + describe(e) + ")");
                }
                if (look.isReady()) {
                    return store(graph, temp, target, check);
                }
                if (look.broken()) {
                    throw invalidPng(graph, look.description());
                }
                lastAnswer = look.description();
                nextProgress = reportProgress(graph, listener, started, nextProgress, lastAnswer);
            }
        } finally {
            deleteQuietly(temp);
        }
    }

    private Instant reportProgress(GraphSpec graph, CaptureListener listener, Instant started, Instant next, String lastAnswer) {
        Instant now = clock().instant();
        if (now.isBefore(next)) {
            return next;
        }
        listener.stillRendering(graph, Duration.between(started, now), lastAnswer);
        return now.plus(PROGRESS_EVERY);
    }

    private Optional<Boolean> askStatus(URI statusUri) {
        try {
            HttpTransport.JsonAnswer answer = transport.getJson(statusUri, settings.credentials());
            return api.isReady(answer);
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private StoredImage store(GraphSpec graph, Path temp, Path target, int checks) {
        try {
            Png.Size size;
            try {
                size = Png.validate(temp);
            } catch (IOException e) {
                throw invalidPng(graph, e.getMessage());
            }
            long bytes = Files.size(temp);
            AtomicFiles.moveIntoPlace(temp, target);
            return new StoredImage(target, bytes, size.width(), size.height(), clock().instant(), checks);
        } catch (IOException e) {
            throw new ClientSideException("could not store the image of graph '" + graph.name() + "' at " + target
                    + ": " + describe(e), false, e);
        }
    }

    private static ClientSideException invalidPng(GraphSpec graph, String defect) {
        return new ClientSideException("the image of graph '" + graph.name() + "' is not a valid PNG: " + defect
                + "; nothing was stored", false, null);
    }

    private static Path tempFileNextTo(Path target) {
        try {
            return AtomicFiles.tempFileNextTo(target);
        } catch (IOException e) {
            throw new ClientSideException("could not create a temporary file next to " + target + ": " + describe(e), false, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover .part file is harmless; reports only read *.png named in the manifest.
        }
    }

    private static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }

    private Clock clock() {
        return settings.clock();
    }

    @Override
    public void close() {
        try {
            transport.close();
        } catch (IOException e) {
            throw new UncheckedIOException("could not close the HTTP client", e);
        }
    }

    @Override
    public String toString() {
        return "SnapshotClient[" + settings.endpoint() + "]";
    }
}

package io.github.datadogsnapshot.client.engine;

import io.github.datadogsnapshot.client.config.PollPolicy;
import io.github.datadogsnapshot.client.config.Snapshot;
import io.github.datadogsnapshot.client.config.StoredImage;
import io.github.datadogsnapshot.client.exception.ClientSideException;
import io.github.datadogsnapshot.client.exception.SnapshotTimeoutException;
import io.github.datadogsnapshot.client.format.Durations;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.manifest.AtomicFiles;
import io.github.datadogsnapshot.client.manifest.PngCheck;
import io.github.datadogsnapshot.client.transport.Exchange;
import io.github.datadogsnapshot.client.transport.ImageFetcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;

/**
 * Waits for a snapshot's image on the check schedule of its batch ({@link PollPolicy}) and stores it: each check is
 * one GET of the image URL, which answers the placeholder while the graph renders and the image once it is ready.
 * The image is validated (every chunk, its size bounded by what was asked) before it is moved into place.
 */
final class ImageWaiter {

    /** A look needs some time of its own: none is started closer than this to the deadline. */
    static final Duration LAST_LOOK_MARGIN = Duration.ofMillis(200);
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);
    /** Datadog may serve images at twice the size asked for (high-density screens); more is refused. */
    private final PollPolicy policy;
    private final ImageFetcher fetcher;

    ImageWaiter(PollPolicy policy, ImageFetcher fetcher) {
        this.policy = policy;
        this.fetcher = fetcher;
    }

    /** {@code job}'s snapshot was created: schedules its first look. */
    void start(GraphJob job, Snapshot snapshot) {
        fetcher.checkAllowed(snapshot.url(), "Datadog's snapshot_url");
        job.snapshot = snapshot;
        job.nextProgress = snapshot.createdAt().plus(PROGRESS_EVERY);
        job.batch.startedWaiting(job);
        boolean close = job.batch.hasWaitedLongest(job, policy.closeGraphs());
        scheduleLook(job, snapshot.createdAt(), snapshot.createdAt().plus(policy.firstDelay(close)));
    }

    private void look(GraphJob job) {
        job.checks++;
        Path temp = tempFileNextTo(job);
        try {
            ImageFetcher.Look look;
            try {
                look = fetcher.look(job.snapshot.url(), temp, job.deadline, job.exchange);
            } catch (Exchange.DeadlinePassed e) {
                throw timeout(job, "its image was still downloading when the timeout passed (" + e.getMessage() + ")");
            } catch (IOException e) {
                look = new ImageFetcher.Look(java.util.Optional.empty(), "an I/O error (" + describe(e) + ")");
            }
            if (look.isReady()) {
                store(job, temp);
                return;
            }
            if (look.broken()) {
                throw invalidPng(job.graph, look.description());
            }
            job.lastAnswer = look.description();
            Instant now = job.now();
            reportProgress(job, now);
            Duration waited = Duration.between(job.snapshot.createdAt(), now);
            boolean close = job.batch.hasWaitedLongest(job, policy.closeGraphs());
            Duration delay = policy.nextDelay(waited, close, job.batch.unfinished(), job.batch.total());
            scheduleLook(job, now, now.plus(delay));
        } finally {
            deleteQuietly(temp);
        }
    }

    /** Schedules the next look at {@code at}, or the last one just before the deadline, or gives up. */
    private void scheduleLook(GraphJob job, Instant now, Instant at) {
        Instant last = job.deadline.minus(LAST_LOOK_MARGIN);
        if (at.isAfter(last)) {
            at = last;
        }
        if (!at.isAfter(now)) {
            throw timeout(job, "its image was not ready");
        }
        job.schedule(at, () -> look(job));
    }

    /** Validates the finished image in {@code temp} and moves it into place unless the job was called off. */
    void store(GraphJob job, Path temp) {
        GraphSpec graph = job.graph;
        PngCheck.Pixels size;
        try {
            size = PngCheck.check(temp, graph.width().orElse(null), graph.height().orElse(null));
        } catch (IOException e) {
            throw invalidPng(graph, e.getMessage());
        }
        try {
            long bytes = Files.size(temp);
            if (job.unlessCancelled(() -> AtomicFiles.moveIntoPlace(temp, job.target))) {
                job.succeed(new StoredImage(job.target, bytes, size.width(), size.height(), job.now(), job.checks));
            }
        } catch (IOException e) {
            throw new ClientSideException("could not store the image of graph '" + graph.name() + "' at " + job.target
                    + ": " + describe(e), false, e);
        }
    }

    private static void reportProgress(GraphJob job, Instant now) {
        if (!now.isBefore(job.nextProgress)) {
            job.listener.stillRendering(job.graph, Duration.between(job.snapshot.createdAt(), now), job.lastAnswer);
            job.nextProgress = now.plus(PROGRESS_EVERY);
        }
    }

    private static SnapshotTimeoutException timeout(GraphJob job, String what) {
        Instant now = job.now();
        Duration waited = Duration.between(job.requestedAt, now);
        Duration rendering = Duration.between(job.snapshot.createdAt(), now);
        return new SnapshotTimeoutException("graph '" + job.graph.name() + "': " + what + " after "
                + Durations.format(rendering) + " of rendering, " + Durations.format(waited) + " after the request ("
                + job.checks + (job.checks == 1 ? " check" : " checks") + "; last answer: " + job.lastAnswer
                + "); raise the timeout, or open the query in Datadog to see whether it renders", waited);
    }

    private static ClientSideException invalidPng(GraphSpec graph, String defect) {
        return new ClientSideException("the image of graph '" + graph.name() + "' is not a valid PNG: " + defect
                + "; nothing was stored", false, null);
    }

    private static Path tempFileNextTo(GraphJob job) {
        try {
            return AtomicFiles.tempFileNextTo(job.target);
        } catch (IOException e) {
            throw new ClientSideException("could not create a temporary file next to " + job.target + ": "
                    + describe(e), false, e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // A leftover .part file is harmless; reports only read *.png named in the manifest.
        }
    }

    static String describe(IOException e) {
        String message = e.getMessage();
        return e.getClass().getSimpleName() + (message == null || message.isBlank() ? "" : ": " + message);
    }
}

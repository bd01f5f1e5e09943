package io.github.datadogsnapshot.client.engine;

import io.github.datadogsnapshot.client.config.CaptureListener;
import io.github.datadogsnapshot.client.config.Credentials;
import io.github.datadogsnapshot.client.config.PollPolicy;
import io.github.datadogsnapshot.client.config.StoredImage;
import io.github.datadogsnapshot.client.dashboard.V2SnapshotBody;
import io.github.datadogsnapshot.client.exception.ClientSideException;
import io.github.datadogsnapshot.client.exception.ServiceException;
import io.github.datadogsnapshot.client.exception.SnapshotTimeoutException;
import io.github.datadogsnapshot.client.format.Durations;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.manifest.AtomicFiles;
import io.github.datadogsnapshot.client.manifest.PngCheck;
import io.github.datadogsnapshot.client.transport.Exchange;
import io.github.datadogsnapshot.client.transport.HttpTransport;
import io.github.datadogsnapshot.client.transport.TaskRunner;
import io.github.datadogsnapshot.client.transport.V2ImageAnswer;
import io.github.datadogsnapshot.client.transport.V2SnapshotApi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Sends {@code POST /api/v2/snapshot} through {@link ApiCaller} (the keys, retries, deadline and a rate-limit budget
 * as for v1) and polls the image URL by content ({@link V2ImageAnswer}) on the v1 schedule ({@link PollPolicy}):
 * JSON {@code pending} or the placeholder means look again, a PNG larger than 1x1 is validated ({@link PngCheck}) and
 * stored, anything else fails at once. The URL must name the configured API host (the keys go nowhere else). Every
 * wait is a timer bounded by the deadline; waits are told to the listener as for v1 images.
 */
final class V2Snapshots {

    private static final String ACCEPT = "image/png, application/json";
    private static final Duration PROGRESS_EVERY = Duration.ofSeconds(10);

    private final V2SnapshotApi api;
    private final ApiCaller caller;
    private final RateLimitBudget budget;
    private final HttpTransport transport;
    private final Credentials credentials;
    private final PollPolicy policy;
    private final TaskRunner runner;
    private final Clock clock;

    V2Snapshots(V2SnapshotApi api, ApiCaller caller, RateLimitBudget budget, HttpTransport transport,
                Credentials credentials, PollPolicy policy, TaskRunner runner, Clock clock) {
        this.api = api;
        this.caller = caller;
        this.budget = budget;
        this.transport = transport;
        this.credentials = credentials;
        this.policy = policy;
        this.runner = runner;
        this.clock = clock;
    }

    /** Starts drawing {@code body} into {@code target}; the job's result completes when it is stored or failed. */
    V2SnapshotJob start(GraphSpec graph, V2SnapshotBody body, Path target, Instant deadline,
                        CaptureListener listener) {
        V2SnapshotJob job = new V2SnapshotJob(graph, body, target, clock.instant(), deadline, listener, runner, clock);
        job.execute(() -> caller.call(job, budget, new CreateCall(job)), null);
        return job;
    }

    private void look(V2SnapshotJob job) {
        job.checks++;
        V2ImageAnswer answer;
        try {
            answer = V2ImageAnswer.of(transport.getWithKeys(job.url, ACCEPT, credentials, job.deadline, job.exchange));
        } catch (Exchange.DeadlinePassed e) {
            throw timeout(job, "its image was still downloading when the timeout passed (" + e.getMessage() + ")");
        } catch (IOException e) {
            answer = new V2ImageAnswer.Pending("an I/O error (" + ImageWaiter.describe(e) + ")");
        }
        if (answer instanceof V2ImageAnswer.Ready ready) {
            store(job, ready.png());
        } else if (answer instanceof V2ImageAnswer.Failed failed) {
            throw new ClientSideException("graph '" + job.graph.name() + "': the v2 snapshot's image failed: "
                    + failed.reason() + "; nothing was stored", false, null);
        } else {
            job.lastAnswer = ((V2ImageAnswer.Pending) answer).description();
            Instant now = job.now();
            Duration waited = Duration.between(job.createdAt, now);
            if (!now.isBefore(job.nextProgress)) {
                job.reports.stillRendering(waited, job.lastAnswer);
                job.nextProgress = now.plus(PROGRESS_EVERY);
            }
            scheduleLook(job, now, now.plus(policy.nextDelay(waited, true, 1, 1)));
        }
    }

    private void scheduleLook(V2SnapshotJob job, Instant now, Instant at) {
        Instant last = job.deadline.minus(ImageWaiter.LAST_LOOK_MARGIN);
        Instant when = at.isAfter(last) ? last : at;
        if (!when.isAfter(now)) {
            throw timeout(job, "its image was not ready");
        }
        job.schedule(when, () -> look(job));
    }

    private void store(V2SnapshotJob job, byte[] png) {
        GraphSpec graph = job.graph;
        Path temp = null;
        try {
            temp = AtomicFiles.tempFileNextTo(job.target);
            Files.write(temp, png);
            PngCheck.Pixels size;
            try {
                size = PngCheck.check(temp, job.body.width(), job.body.height());
            } catch (IOException e) {
                throw new ClientSideException("the v2 image of graph '" + graph.name() + "' is not a valid PNG: "
                        + e.getMessage() + "; nothing was stored", false, null);
            }
            Path file = temp;
            if (job.unlessCancelled(() -> AtomicFiles.moveIntoPlace(file, job.target))) {
                job.succeed(new StoredImage(job.target, png.length, size.width(), size.height(), job.now(),
                        job.checks));
            }
        } catch (IOException e) {
            throw new ClientSideException("could not store the v2 image of graph '" + graph.name() + "' at "
                    + job.target + ": " + ImageWaiter.describe(e), false, e);
        } finally {
            deleteQuietly(temp);
        }
    }

    private static SnapshotTimeoutException timeout(V2SnapshotJob job, String what) {
        Instant now = job.now();
        Duration waited = Duration.between(job.requestedAt, now);
        return new SnapshotTimeoutException("graph '" + job.graph.name() + "': " + what + " after "
                + Durations.format(Duration.between(job.createdAt, now)) + " of rendering, " + Durations.format(waited)
                + " after the v2 request (" + job.checks + (job.checks == 1 ? " check" : " checks") + "; last answer: "
                + job.lastAnswer + "); raise the timeout", waited);
    }

    private static void deleteQuietly(Path file) {
        try {
            if (file != null) {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            // A leftover temporary file is harmless.
        }
    }

    /** The create request of one image. */
    private final class CreateCall extends ApiCaller.Call {
        private final V2SnapshotJob job;

        CreateCall(V2SnapshotJob job) {
            super(api.uri(), job.requestedAt, job.deadline, "the v2 snapshot request of graph '" + job.graph.name()
                    + "'", "snapshot rate limit", "graph '" + job.graph.name() + "'");
            this.job = job;
            this.body = api.body(job.body);
        }

        @Override
        void succeeded(HttpTransport.JsonAnswer answer) {
            job.url = api.imageUrl(answer);
            Instant now = job.now();
            job.createdAt = now;
            job.nextProgress = now.plus(PROGRESS_EVERY);
            scheduleLook(job, now, now.plus(policy.firstDelay(true)));
        }

        @Override
        ServiceException error(HttpTransport.JsonAnswer answer) {
            return api.error(answer, attempted);
        }

        @Override
        void paused(Instant until, Duration wait) {
            job.reports.rateLimited(until, wait);
        }

        @Override
        void retrying(String reason, Duration delay) {
            job.reports.retrying(reason, delay);
        }
    }
}

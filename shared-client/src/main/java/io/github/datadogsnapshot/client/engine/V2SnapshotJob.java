package io.github.datadogsnapshot.client.engine;

import io.github.datadogsnapshot.client.config.CaptureListener;
import io.github.datadogsnapshot.client.config.StoredImage;
import io.github.datadogsnapshot.client.dashboard.V2SnapshotBody;
import io.github.datadogsnapshot.client.exception.SnapshotException;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.transport.TaskRunner;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;

/**
 * One image through the newer snapshot API, as a {@link StepChain}: the {@code POST /api/v2/snapshot}, then looks at
 * the image URL on timers until the image is there, fails or the deadline passes ({@link V2Snapshots}). Not yet part
 * of a graph's capture: the engine will run it for widgets and dashboards.
 */
final class V2SnapshotJob extends StepChain<V2SnapshotJob.Outcome> {

    /**
     * How the job ended: the stored image, or the failure ({@link io.github.datadogsnapshot.client.transport
     * .V2NotAvailableException} when the endpoint is not available to the organization).
     */
    record Outcome(StoredImage image, SnapshotException failure) {
    }

    final GraphSpec graph;
    final V2SnapshotBody body;
    final Path target;
    final Instant requestedAt;
    final Instant deadline;
    final WaitReports reports;

    // Touched by one step at a time.
    URI url;
    Instant createdAt;
    Instant nextProgress;
    int checks;
    String lastAnswer = "none yet";

    V2SnapshotJob(GraphSpec graph, V2SnapshotBody body, Path target, Instant requestedAt, Instant deadline,
                  CaptureListener listener, TaskRunner runner, Clock clock) {
        super(runner, clock);
        this.graph = graph;
        this.body = body;
        this.target = target;
        this.requestedAt = requestedAt;
        this.deadline = deadline;
        this.reports = new WaitReports(graph, listener);
    }

    void succeed(StoredImage image) {
        end(new Outcome(image, null));
    }

    @Override
    Outcome failed(SnapshotException failure) {
        return new Outcome(null, failure);
    }

    @Override
    Outcome interrupted() {
        return new Outcome(null, new io.github.datadogsnapshot.client.exception.ClientSideException("graph '" + graph.name()
                + "': the capture was called off before its v2 image was stored", false, null));
    }
}

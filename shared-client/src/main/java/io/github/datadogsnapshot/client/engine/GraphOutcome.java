package io.github.datadogsnapshot.client.engine;

import io.github.datadogsnapshot.client.config.Snapshot;
import io.github.datadogsnapshot.client.config.StoredImage;
import io.github.datadogsnapshot.client.exception.SnapshotException;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import java.time.Instant;

/**
 * How the capture of one graph ended: stored, failed, or called off; and its numbers.
 *
 * @param graph          the graph
 * @param requestedAt    when its capture began
 * @param endedAt        when its picture was stored or given up
 * @param snapshot       the snapshot Datadog accepted, null when it accepted none
 * @param image          the stored image, null unless stored
 * @param failure        why no image was stored, null when stored or called off
 * @param interrupted    whether the capture was called off before the graph ended
 * @param attempts       create requests sent
 * @param checks         looks at the image URL
 * @param renderer       {@code datadog}, or {@code local} when the picture was drawn here from the numbers
 * @param rendererReason why it was drawn here; null for Datadog's picture
 * @param numbers        the graph's numbers; null when not asked for
 */
record GraphOutcome(GraphSpec graph, Instant requestedAt, Instant endedAt, Snapshot snapshot,
                           StoredImage image, SnapshotException failure, boolean interrupted, int attempts,
                           int checks, String renderer, String rendererReason, Numbers numbers) {

    boolean isStored() {
        return image != null;
    }

    boolean isLocal() {
        return GraphJob.LOCAL.equals(renderer);
    }

    GraphOutcome withNumbers(Numbers fetched) {
        return new GraphOutcome(graph, requestedAt, endedAt, snapshot, image, failure, interrupted, attempts, checks,
                renderer, rendererReason, fetched);
    }
}

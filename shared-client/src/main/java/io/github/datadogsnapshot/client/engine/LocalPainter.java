package io.github.datadogsnapshot.client.engine;

import io.github.datadogsnapshot.charts.ChartRenderer;
import io.github.datadogsnapshot.client.exception.ClientSideException;
import io.github.datadogsnapshot.client.manifest.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Draws a graph here from its numbers, when asked to or when Datadog's snapshot budget is spent: same size and
 * title, one line per series, the events as bands, and a visible mark that it was drawn locally. The image is
 * stored like Datadog's: validated, moved into place.
 */
final class LocalPainter {

    private final ChartRenderer renderer;
    private final ImageWaiter waiter;

    /** @param renderer draws the chart; null when none is available (local drawing then fails, saying so) */
    LocalPainter(ChartRenderer renderer, ImageWaiter waiter) {
        this.renderer = renderer;
        this.waiter = waiter;
    }

    /** Draws {@code job}'s graph once its numbers are in; runs inside a step of the job. */
    void paint(GraphJob job, String reason) {
        job.renderer = GraphJob.LOCAL;
        job.rendererReason = reason != null ? reason : "renderer local was asked for";
        if (renderer == null) {
            throw new ClientSideException("graph '" + job.graph.name() + "' could not be drawn locally: no chart"
                    + " renderer is available to this client" + (reason == null ? "" : " (" + reason + ")"), false, null);
        }
        if (job.numbers == null) {
            throw new ClientSideException("graph '" + job.graph.name() + "' could not be drawn locally: its numbers"
                    + " were not fetched", false, null);
        }
        job.startNumbers();
        job.numbers.result().thenAccept(numbers -> job.execute(() -> draw(job, numbers), null));
    }

    private void draw(GraphJob job, Numbers numbers) {
        if (numbers.series().isEmpty()) {
            throw new ClientSideException("graph '" + job.graph.name() + "' could not be drawn locally: "
                    + (numbers.error() != null ? numbers.error() : "Datadog's metrics query API had no series for it")
                    + (job.rendererReason == null ? "" : " (" + job.rendererReason + ")"), false, null);
        }
        boolean anyData = numbers.series().stream().flatMap(s -> s.points().stream())
                .anyMatch(p -> LocalChart.drawable(p.value()));
        if (!anyData) {
            // Nothing to scale the chart by: say so rather than let the chart library fail.
            throw new ClientSideException("graph '" + job.graph.name() + "' could not be drawn locally: none of its "
                    + numbers.series().size() + " series has a point with a value it can draw (a finite number up to 1e300) in the window"
                    + (numbers.error() != null ? "; " + numbers.error() : "")
                    + (job.rendererReason == null ? "" : " (" + job.rendererReason + ")"), false, null);
        }
        byte[] png = renderer.render(LocalChart.of(job.graph, job.window, numbers.series(), numbers.events(),
                LocalChart.MARK));
        Path temp;
        try {
            temp = AtomicFiles.tempFileNextTo(job.target);
        } catch (IOException e) {
            throw new ClientSideException("could not create a temporary file next to " + job.target + ": "
                    + ImageWaiter.describe(e), false, e);
        }
        try {
            Files.write(temp, png);
            waiter.store(job, temp);
        } catch (IOException e) {
            throw new ClientSideException("could not write the local chart of graph '" + job.graph.name() + "': "
                    + ImageWaiter.describe(e), false, e);
        } finally {
            try {
                Files.deleteIfExists(temp);
            } catch (IOException e) {
                // A leftover .part file is harmless; reports only read *.png named in the manifest.
            }
        }
    }
}

package io.github.datadogsnapshot.client.engine;

import io.github.datadogsnapshot.client.graph.GraphSpec;
import java.util.concurrent.CompletableFuture;

/** The capture of one graph under way: its picture and its numbers, both called off by {@link #cancel()}. */
public final class GraphCapture {

    private final GraphJob picture;
    private final NumbersJob numbers;
    private final CompletableFuture<GraphOutcome> result;

    GraphCapture(GraphJob picture, NumbersJob numbers) {
        this.picture = picture;
        this.numbers = numbers;
        this.result = numbers == null ? picture.result()
                : picture.result().thenCombine(numbers.result(), GraphOutcome::withNumbers);
    }

    public GraphSpec graph() {
        return picture.graph;
    }

    /** Completes when the picture is stored or given up and the numbers are in; never exceptionally. */
    public CompletableFuture<GraphOutcome> result() {
        return result;
    }

    /** Calls the capture off: nothing partial stays, what was stored stays stored. */
    public void cancel() {
        picture.cancel();
        if (numbers != null) {
            numbers.cancel();
        }
    }
}

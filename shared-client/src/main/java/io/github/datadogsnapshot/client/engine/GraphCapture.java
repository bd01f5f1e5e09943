package io.github.datadogsnapshot.client.engine;

import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import java.util.concurrent.CompletableFuture;

/**
 * The capture of one graph under way: its picture and its numbers, both called off by {@link #cancel()}, and the
 * manifest entry they end in.
 */
public final class GraphCapture {

    private final GraphJob picture;
    private final NumbersJob numbers;
    private final CompletableFuture<GraphOutcome> outcome;
    private final CompletableFuture<ManifestEntry> entry;

    /** @param entries what turns the outcome into a manifest entry; null when no entry is wanted */
    GraphCapture(GraphJob picture, NumbersJob numbers, GraphEntries entries) {
        this.picture = picture;
        this.numbers = numbers;
        this.outcome = numbers == null ? picture.result()
                : picture.result().thenCombine(numbers.result(), GraphOutcome::withNumbers);
        this.entry = entries == null ? null : outcome.thenApply(entries::ended);
    }

    /** Completes when the picture is stored or given up and the numbers are in; never exceptionally. */
    CompletableFuture<GraphOutcome> outcome() {
        return outcome;
    }

    /**
     * Completes with the graph's manifest entry, captured or failed, once the picture is stored or given up and the
     * numbers are in (the listener has been told); never exceptionally.
     */
    public CompletableFuture<ManifestEntry> entry() {
        return entry;
    }

    /** Calls the capture off: nothing partial stays, what was stored stays stored. */
    public void cancel() {
        picture.cancel();
        if (numbers != null) {
            numbers.cancel();
        }
    }
}

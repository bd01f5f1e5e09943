package io.github.datadogsnapshot.client;

import io.github.datadogsnapshot.client.config.CaptureListener;
import io.github.datadogsnapshot.client.format.Durations;
import io.github.datadogsnapshot.client.format.Sizes;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.graph.TimeWindow;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A {@link CaptureListener} that writes one plain line per event, for build logs: {@code info} for progress,
 * {@code warn} for retries, rate limits and failures. Keys never appear in these lines.
 */
public final class ProgressLog implements CaptureListener {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final Consumer<String> info;
    private final Consumer<String> warn;

    public ProgressLog(Consumer<String> info, Consumer<String> warn) {
        this.info = info;
        this.warn = warn;
    }

    @Override
    public void requested(GraphSpec graph, TimeWindow window) {
        info.accept("Requesting graph '" + graph.name() + "' (" + shorten(graph.query()) + ") for " + TIME.format(window.start())
                + " to " + TIME.format(window.end()) + " (" + Durations.format(window.length()) + ")");
    }

    @Override
    public void retrying(GraphSpec graph, String reason, java.time.Duration delay) {
        warn.accept("Graph '" + graph.name() + "': " + reason + "; retrying in " + Durations.format(delay));
    }

    @Override
    public void rateLimited(GraphSpec graph, java.time.Duration wait) {
        warn.accept("Datadog's snapshot rate limit is used up: waiting " + Durations.format(wait)
                + " for it to reset before requesting graph '" + graph.name() + "'");
    }

    @Override
    public void stillRendering(GraphSpec graph, java.time.Duration waited, String lastAnswer) {
        info.accept("Graph '" + graph.name() + "' is still rendering after " + Durations.format(waited) + " (" + lastAnswer + ")");
    }

    @Override
    public void stored(GraphSpec graph, ManifestEntry entry) {
        ManifestEntry.Image image = entry.image();
        ManifestEntry.Timings t = entry.timings();
        String how = entry.isDrawnLocally() ? "drawn locally: " + entry.rendererReason()
                : "rendering " + Durations.format(java.time.Duration.ofMillis(t.renderMillis())) + ", " + t.checks()
                + (t.checks() == 1 ? " check" : " checks");
        info.accept(storedStart(image.file()) + Sizes.format(image.bytes()) + ", " + image.width() + "x" + image.height()
                + " px, ready " + Durations.format(java.time.Duration.ofMillis(t.totalMillis())) + " after the request"
                + " (" + how + ")");
        numbers(entry);
    }

    /** How the line that says an image was stored begins: {@code Stored cpu.png: }. */
    public static String storedStart(String file) {
        return "Stored " + file + ": ";
    }

    /** The numbers' problems: a query with no plain form, a call that failed. */
    private void numbers(ManifestEntry entry) {
        if (entry.queries() != null) {
            entry.queries().stream().filter(q -> !q.isPlain()).forEach(q -> warn.accept("Graph '" + entry.name()
                    + "': no numbers for " + q.describe()));
        }
        if (entry.numbersError() != null) {
            warn.accept("Graph '" + entry.name() + "': its numbers are incomplete: " + entry.numbersError());
        }
    }

    @Override
    public void failed(GraphSpec graph, ManifestEntry entry) {
        warn.accept("Graph '" + graph.name() + "' failed after "
                + Durations.format(java.time.Duration.ofMillis(entry.timings().totalMillis())) + ": " + entry.error());
        numbers(entry);
    }

    private static String shorten(String query) {
        return query.length() <= 120 ? query : query.substring(0, 117) + "...";
    }
}

package io.jenkins.plugins.datadogsnapshot;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.github.datadogsnapshot.client.ManifestEntry;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One graph as the pages show it. Every text is plain; the Jelly views escape it, so a title such as
 * {@code <img src=x onerror=alert(1)>} is shown as those characters.
 */
public final class GraphView {

    private static final DateTimeFormatter DAY_TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT).withZone(ZoneOffset.UTC);

    private final ManifestEntry entry;
    private final boolean stored;
    private final boolean visible;
    private final String imageUrl;
    private final String previousImageUrl;

    /**
     * @param entry         the graph in this build's manifest
     * @param current       this build
     * @param previousEntry the graph of the same name in the previous successful build, or null
     * @param previous      that build, or null
     */
    GraphView(ManifestEntry entry, SnapshotsView.Build current, @CheckForNull ManifestEntry previousEntry,
              @CheckForNull SnapshotsView.Build previous) {
        this.entry = entry;
        this.stored = entry.isCaptured() && current.stored().test(entry.image().file());
        this.visible = current.imagesVisible();
        this.imageUrl = stored && visible ? current.imageBase() + entry.image().file() : null;
        this.previousImageUrl = previousEntry != null && previous != null && previousEntry.isCaptured()
                && previous.imagesVisible() && previous.stored().test(previousEntry.image().file())
                ? previous.imageBase() + previousEntry.image().file() : null;
    }

    /** The image's name, unique in the build. */
    public String getName() {
        return entry.name();
    }

    /** The title, or the name when the graph has none. */
    public String getTitle() {
        return entry.displayTitle();
    }

    public boolean isCaptured() {
        return entry.isCaptured();
    }

    /** Why the graph has no image; null for a captured one. */
    @CheckForNull
    public String getError() {
        return entry.error();
    }

    /** The metric query or the graph definition. */
    @CheckForNull
    public String getQuery() {
        return entry.query();
    }

    @CheckForNull
    public String getEventQuery() {
        return entry.eventQuery();
    }

    /** The time range shown, in UTC, e.g. {@code 2026-11-28 10:00:00 – 10:15:00 UTC (15 min 0 s)}. */
    @CheckForNull
    public String getWindow() {
        ManifestEntry.Window w = entry.window();
        if (w == null || w.start() == null || w.end() == null) {
            return null;
        }
        Instant start = w.start();
        Instant end = w.end();
        boolean sameDay = DAY_TIME.format(start).substring(0, 10).equals(DAY_TIME.format(end).substring(0, 10));
        return DAY_TIME.format(start) + " – " + (sameDay ? TIME.format(end) : DAY_TIME.format(end)) + " UTC ("
                + length(Duration.between(start, end)) + ")";
    }

    /**
     * This build's image, relative to Jenkins' root URL; null for a failed graph, an image no longer stored, and
     * an image the current user may not see.
     */
    @CheckForNull
    public String getImageUrl() {
        return imageUrl;
    }

    /** Whether the graph was captured but its image is no longer stored with the build. */
    public boolean isImageMissing() {
        return entry.isCaptured() && visible && !stored;
    }

    /** Whether the graph's image is stored but the current user may not see it (the Artifacts permission). */
    public boolean isImageHidden() {
        return entry.isCaptured() && !visible;
    }

    /** The previous successful build's image of the same name, relative to the root URL, or null. */
    @CheckForNull
    public String getPreviousImageUrl() {
        return previousImageUrl;
    }

    /** The image's width in pixels, 0 for a failed graph. */
    public int getWidth() {
        return entry.isCaptured() ? entry.image().width() : 0;
    }

    public int getHeight() {
        return entry.isCaptured() ? entry.image().height() : 0;
    }

    /** How long the graph took, e.g. {@code ready 4.2 s after the request}; null when not recorded. */
    @CheckForNull
    public String getTiming() {
        ManifestEntry.Timings t = entry.timings();
        if (t == null) {
            return null;
        }
        String took = length(Duration.ofMillis(t.totalMillis()));
        return entry.isCaptured() ? "ready " + took + " after the request" : "failed after " + took;
    }

    static String length(Duration d) {
        long ms = d.toMillis();
        if (ms < 1000) {
            return ms + " ms";
        }
        if (ms < 60_000) {
            return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
        }
        long s = d.toSeconds();
        return s < 3600 ? s / 60 + " min " + s % 60 + " s" : s / 3600 + " h " + s % 3600 / 60 + " min";
    }
}

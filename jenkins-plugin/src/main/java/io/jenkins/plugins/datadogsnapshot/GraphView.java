package io.jenkins.plugins.datadogsnapshot;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * One graph as the pages show it: its picture beside the baseline's (or the previous successful build's), where the
 * picture came from, and its numbers ({@link NumbersView}). Every text is plain; the Jelly views escape it, so a
 * title such as {@code <img src=x onerror=alert(1)>} is shown as those characters.
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
    private final SnapshotsView.Build beside;
    private final boolean besideIsBaseline;
    private final NumbersView numbers;

    /**
     * @param entry            the graph in this build's manifest
     * @param current          this build
     * @param beside           the build whose picture of the same name is shown beside: the baseline the numbers
     *                         were compared with, else the previous successful build; null for none
     * @param besideIsBaseline whether {@code beside} is the baseline
     */
    GraphView(
            ManifestEntry entry,
            SnapshotsView.Build current,
            @CheckForNull SnapshotsView.Build beside,
            boolean besideIsBaseline) {
        this.entry = entry;
        this.stored = entry.isCaptured() && current.stored().test(entry.image().file());
        this.visible = current.imagesVisible();
        this.imageUrl = stored && visible ? current.imageBase() + entry.image().file() : null;
        ManifestEntry besideEntry =
                beside == null ? null : beside.manifest().entry(entry.name()).orElse(null);
        this.previousImageUrl = besideEntry != null
                        && besideEntry.isCaptured()
                        && beside.imagesVisible()
                        && beside.stored().test(besideEntry.image().file())
                ? beside.imageBase() + besideEntry.image().file()
                : null;
        this.beside = beside;
        this.besideIsBaseline = besideIsBaseline;
        this.numbers = new NumbersView(entry, besideIsBaseline && beside != null ? beside.manifest() : null);
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
        boolean sameDay = DAY_TIME.format(start)
                .substring(0, 10)
                .equals(DAY_TIME.format(end).substring(0, 10));
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

    /**
     * The image shown beside this build's, relative to the root URL: the baseline build's image of the same name, or
     * the previous successful build's where the numbers had no baseline; null for none.
     */
    @CheckForNull
    public String getPreviousImageUrl() {
        return previousImageUrl;
    }

    /** Whether the image beside is the baseline's (else it is the previous successful build's). */
    public boolean isBesideBaseline() {
        return besideIsBaseline;
    }

    /** The build of the image beside, e.g. {@code #41}; null without one. */
    @CheckForNull
    public String getBesideLabel() {
        return previousImageUrl == null ? null : beside.label();
    }

    /**
     * The caption of the image beside, one text so that no space can get lost in a page template:
     * {@code Baseline: #41} or {@code Previous successful build: #41}; null without one.
     */
    @CheckForNull
    public String getBesideCaption() {
        if (previousImageUrl == null) {
            return null;
        }
        return (besideIsBaseline ? "Baseline: " : "Previous successful build: ") + beside.label();
    }

    /** The snapshots page of the build beside, relative to the root URL; null without one. */
    @CheckForNull
    public String getBesidePageUrl() {
        return previousImageUrl == null ? null : beside.pageUrl();
    }

    /** Whether the picture was drawn here from the graph's numbers instead of by Datadog. */
    public boolean isDrawnLocally() {
        return entry.isDrawnLocally();
    }

    /** Why the picture was drawn here, e.g. {@code renderer local was asked for}; null for Datadog's pictures. */
    @CheckForNull
    public String getRenderedLocally() {
        if (!entry.isDrawnLocally()) {
            return null;
        }
        return entry.rendererReason() == null ? "drawn from Datadog's numbers" : entry.rendererReason();
    }

    /** The graph's numbers: status, watched statistic, values, series. */
    public NumbersView getNumbers() {
        return numbers;
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

package io.jenkins.plugins.datadogsnapshot;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.github.datadogsnapshot.client.Manifest;
import io.github.datadogsnapshot.client.ManifestEntry;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What the build page and the snapshots page show of one build: its graphs in request order, each with the
 * previous successful build's image of the same name where there is one. Built from manifests only, so it
 * knows nothing of Jenkins and is tested on its own. Image URLs are relative to Jenkins' root URL.
 */
public final class SnapshotsView {

    private final List<GraphView> graphs;
    private final String previousBuildLabel;

    /**
     * @param current            this build's manifest
     * @param imageBase          the URL of this build's images, relative to the root, ending in {@code /}
     * @param previous           the previous successful build's manifest, or null
     * @param previousImageBase  the URL of its images, or null
     * @param previousBuildLabel how to name that build, e.g. {@code #41}, or null
     */
    public SnapshotsView(Manifest current, String imageBase, @CheckForNull Manifest previous,
                         @CheckForNull String previousImageBase, @CheckForNull String previousBuildLabel) {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(imageBase, "imageBase");
        this.graphs = current.graphs().stream()
                .map(e -> new GraphView(e, imageBase, previousImage(e.name(), previous, previousImageBase)))
                .toList();
        this.previousBuildLabel = previous == null ? null : previousBuildLabel;
    }

    /** An empty view, for a build whose manifest cannot be read. */
    static SnapshotsView empty() {
        return new SnapshotsView(Manifest.of(Instant.EPOCH, "", List.of()), "/", null, null, null);
    }

    @CheckForNull
    private static String previousImage(String name, @CheckForNull Manifest previous, @CheckForNull String base) {
        if (previous == null || base == null) {
            return null;
        }
        return previous.entry(name)
                .filter(ManifestEntry::isCaptured)
                .map(e -> base + e.image().file())
                .orElse(null);
    }

    public List<GraphView> getGraphs() {
        return graphs;
    }

    public List<GraphView> getCaptured() {
        return graphs.stream().filter(GraphView::isCaptured).toList();
    }

    public List<GraphView> getFailures() {
        return graphs.stream().filter(g -> !g.isCaptured()).toList();
    }

    public int getCapturedCount() {
        return getCaptured().size();
    }

    public int getFailedCount() {
        return graphs.size() - getCapturedCount();
    }

    public int getGraphCount() {
        return graphs.size();
    }

    /** Whether any graph has an image of the previous successful build beside it. */
    public boolean isComparing() {
        return graphs.stream().anyMatch(g -> g.getPreviousImageUrl() != null);
    }

    /** The previous successful build, e.g. {@code #41}; null when there is none with snapshots. */
    @CheckForNull
    public String getPreviousBuildLabel() {
        return previousBuildLabel;
    }

    /** One line for the build page, e.g. {@code 3 graphs captured, 1 failed}. */
    public String getSummary() {
        int captured = getCapturedCount();
        int failed = getFailedCount();
        String text = captured + (captured == 1 ? " graph" : " graphs") + " captured";
        return failed == 0 ? text : text + ", " + failed + " failed";
    }
}

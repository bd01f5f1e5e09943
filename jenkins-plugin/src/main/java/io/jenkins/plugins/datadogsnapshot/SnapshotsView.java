package io.jenkins.plugins.datadogsnapshot;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.github.datadogsnapshot.client.Manifest;
import io.github.datadogsnapshot.client.ManifestEntry;
import java.util.List;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What the build page, the snapshots page and the job page show of one build: its graphs in request order, each
 * with the previous successful build's image of the same name where there is one. Built from manifests and two
 * facts the action supplies per build (which image files are still stored, and whether the current user may see
 * images), so it knows nothing of Jenkins and is tested on its own. URLs are relative to Jenkins' root URL.
 */
public final class SnapshotsView {

    /**
     * One build's stored snapshots as the views need them.
     *
     * @param manifest      its manifest
     * @param imageBase     the URL of its images, ending in {@code /}
     * @param stored        whether an image file (by name) is still stored with the build
     * @param imagesVisible whether the current user may see the build's images
     * @param label         how to name the build, e.g. {@code #41}
     * @param pageUrl       the URL of its snapshots page, ending in {@code /}
     */
    public record Build(Manifest manifest, String imageBase, Predicate<String> stored, boolean imagesVisible,
                        String label, String pageUrl) {
        public Build {
            Objects.requireNonNull(manifest, "manifest");
            Objects.requireNonNull(imageBase, "imageBase");
            Objects.requireNonNull(stored, "stored");
        }
    }

    private final List<GraphView> graphs;
    private final boolean imagesHidden;
    private final String previousBuildLabel;
    private final String previousPageUrl;
    private final String problem;

    /**
     * @param current  this build
     * @param previous the previous successful build with snapshots, or null
     */
    public SnapshotsView(Build current, @CheckForNull Build previous) {
        Objects.requireNonNull(current, "current");
        this.graphs = current.manifest().graphs().stream()
                .map(e -> new GraphView(e, current, previousEntry(e.name(), previous), previous))
                .toList();
        this.imagesHidden = !current.imagesVisible() && graphs.stream().anyMatch(GraphView::isCaptured);
        this.previousBuildLabel = previous == null ? null : previous.label();
        this.previousPageUrl = previous == null ? null : previous.pageUrl();
        this.problem = null;
    }

    private SnapshotsView(String problem) {
        this.graphs = List.of();
        this.imagesHidden = false;
        this.previousBuildLabel = null;
        this.previousPageUrl = null;
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** The view of a build whose snapshots can no longer be shown, saying why. */
    static SnapshotsView unavailable(String problem) {
        return new SnapshotsView(problem);
    }

    @CheckForNull
    private static ManifestEntry previousEntry(String name, @CheckForNull Build previous) {
        return previous == null ? null : previous.manifest().entry(name).orElse(null);
    }

    public List<GraphView> getGraphs() {
        return graphs;
    }

    /** The graphs whose image the page shows: captured, still stored and visible to the current user. */
    public List<GraphView> getShown() {
        return graphs.stream().filter(g -> g.getImageUrl() != null).toList();
    }

    public int getShownCount() {
        return getShown().size();
    }

    public List<GraphView> getFailures() {
        return graphs.stream().filter(g -> !g.isCaptured()).toList();
    }

    public int getCapturedCount() {
        return (int) graphs.stream().filter(GraphView::isCaptured).count();
    }

    public int getFailedCount() {
        return graphs.size() - getCapturedCount();
    }

    public int getGraphCount() {
        return graphs.size();
    }

    /** How many captured graphs no longer have their image stored with the build. */
    public int getMissingCount() {
        return (int) graphs.stream().filter(GraphView::isImageMissing).count();
    }

    /** Whether the build has images the current user may not see (Jenkins' optional Artifacts permission). */
    public boolean isImagesHidden() {
        return imagesHidden;
    }

    /** Whether any graph has an image of the previous successful build beside it. */
    public boolean isComparing() {
        return graphs.stream().anyMatch(g -> g.getPreviousImageUrl() != null);
    }

    /** The previous successful build with snapshots, e.g. {@code #41}; null when there is none. */
    @CheckForNull
    public String getPreviousBuildLabel() {
        return previousBuildLabel;
    }

    /** The URL of that build's snapshots page, relative to the root; null when there is none. */
    @CheckForNull
    public String getPreviousPageUrl() {
        return previousPageUrl;
    }

    /** Why nothing can be shown (the stored snapshots are missing or unreadable); null when they can. */
    @CheckForNull
    public String getProblem() {
        return problem;
    }

    /** One line for the build page, e.g. {@code 3 graphs captured, 1 failed}. */
    public String getSummary() {
        int captured = getCapturedCount();
        int failed = getFailedCount();
        int missing = getMissingCount();
        String text = captured + (captured == 1 ? " graph" : " graphs") + " captured";
        if (missing > 0) {
            text += " (" + missing + (missing == 1 ? " image is" : " images are") + " no longer stored)";
        }
        return failed == 0 ? text : text + ", " + failed + " failed";
    }
}

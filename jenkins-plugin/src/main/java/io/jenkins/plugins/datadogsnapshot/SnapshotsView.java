package io.jenkins.plugins.datadogsnapshot;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.github.datadogsnapshot.client.manifest.Manifest;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * What the build page, the snapshots page and the job page show of one build: an overview of the graphs' numbers
 * (status, watched statistic, this build, baseline, change), then its graphs in request order, each with the image
 * of the same name of the build its numbers were compared with (or, without a baseline, of the previous successful
 * build) where there is one. Built from manifests and two facts the action supplies per build (which image files are
 * still stored, and whether the current user may see images), so it knows nothing of Jenkins and is tested on its
 * own. URLs are relative to Jenkins' root URL.
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
    public record Build(
            Manifest manifest,
            String imageBase,
            Predicate<String> stored,
            boolean imagesVisible,
            String label,
            String pageUrl) {
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
    private final String pageUrl;
    private final String problem;

    /**
     * @param current  this build
     * @param previous the previous successful build with snapshots, or null
     */
    public SnapshotsView(Build current, @CheckForNull Build previous) {
        this(current, previous, Map.of());
    }

    /**
     * @param current   this build
     * @param previous  the previous successful build with snapshots, or null
     * @param baselines the baseline builds the graphs' numbers were compared with, by the label the comparison
     *                  recorded ({@code build #41}), where they are still stored
     */
    public SnapshotsView(Build current, @CheckForNull Build previous, Map<String, Build> baselines) {
        Objects.requireNonNull(current, "current");
        this.graphs = current.manifest().graphs().stream()
                .map(e -> {
                    Build baseline = e.baseline() == null ? null : baselines.get(e.baseline());
                    return baseline != null
                            ? new GraphView(e, current, baseline, true)
                            : new GraphView(e, current, previous, false);
                })
                .toList();
        this.imagesHidden = !current.imagesVisible() && graphs.stream().anyMatch(GraphView::isCaptured);
        this.previousBuildLabel = previous == null ? null : previous.label();
        this.previousPageUrl = previous == null ? null : previous.pageUrl();
        this.pageUrl = current.pageUrl();
        this.problem = null;
    }

    private SnapshotsView(String problem) {
        this.graphs = List.of();
        this.imagesHidden = false;
        this.previousBuildLabel = null;
        this.previousPageUrl = null;
        this.pageUrl = null;
        this.problem = Objects.requireNonNull(problem, "problem");
    }

    /** The view of a build whose snapshots can no longer be shown, saying why. */
    static SnapshotsView unavailable(String problem) {
        return new SnapshotsView(problem);
    }

    public List<GraphView> getGraphs() {
        return graphs;
    }

    /** The graphs whose numbers were fetched, for the overview table; empty when none were. */
    public List<GraphView> getOverview() {
        return graphs.stream().filter(g -> g.getNumbers().isFetched()).toList();
    }

    public int getOverviewCount() {
        return getOverview().size();
    }

    /** This build's snapshots page, relative to the root URL; null when nothing can be shown. */
    @CheckForNull
    public String getPageUrl() {
        return pageUrl;
    }

    /** How many graphs crossed their thresholds. */
    public int getRegressionCount() {
        return (int) graphs.stream().filter(g -> g.getNumbers().isRegression()).count();
    }

    /**
     * One line about the numbers, e.g. {@code 1 of 3 graphs crossed its thresholds (baseline: build #41)} or
     * {@code no graph crossed its thresholds (no baseline)}; null when no graph's numbers were fetched.
     */
    @CheckForNull
    public String getNumbersSummary() {
        List<GraphView> fetched = getOverview();
        if (fetched.isEmpty()) {
            return null;
        }
        int regressed = getRegressionCount();
        List<String> labels = fetched.stream()
                .map(g -> g.getNumbers().getBaselineLabel())
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        String text = regressed == 0
                ? "no graph crossed its thresholds"
                : regressed + " of " + fetched.size() + (fetched.size() == 1 ? " graph" : " graphs")
                        + (regressed == 1 ? " crossed its thresholds" : " crossed their thresholds");
        return text + (labels.isEmpty() ? " (no baseline)" : " (baseline: " + String.join(", ", labels) + ")");
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

    /**
     * The snapshots page's first line, the summary and the numbers' summary in one text (a page template would lose
     * the space between them), e.g. {@code 3 graphs captured; 1 of 3 graphs crossed its thresholds (baseline:
     * build #1)}.
     */
    public String getHeadline() {
        String numbers = getNumbersSummary();
        return numbers == null ? getSummary() : getSummary() + "; " + numbers;
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

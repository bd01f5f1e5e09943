package io.jenkins.plugins.datadogsnapshot;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.github.datadogsnapshot.client.manifest.Manifest;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.client.report.CaptureReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What the build page, the snapshots page and the job page show of one build: an overview of the graphs' numbers
 * (status, headline series, watched statistic, this build, baseline, change, from the core's report model
 * {@link CaptureReport}), then its graphs in request order, each with the image
 * of the same name of the build its numbers were compared with (or, without a baseline, of the previous successful
 * build) where there is one. Built from manifests and two facts the action supplies per build (which image files are
 * still stored, and whether the current user may see images), so it knows nothing of Jenkins and is tested on its
 * own. URLs are relative to Jenkins' root URL.
 */
public final class SnapshotsView {

    private final List<GraphView> graphs;
    private final CaptureReport report;
    private final boolean imagesHidden;
    private final String pageUrl;
    private final String problem;

    /**
     * @param current  this build
     * @param previous the previous successful build with snapshots, or null
     */
    public SnapshotsView(StoredBuild current, @CheckForNull StoredBuild previous) {
        this(current, previous, Map.of());
    }

    /**
     * @param current   this build
     * @param previous  the previous successful build with snapshots, or null
     * @param baselines the baseline builds the graphs' numbers were compared with, by the label the comparison
     *                  recorded ({@code build #41}), where they are still stored
     */
    public SnapshotsView(StoredBuild current, @CheckForNull StoredBuild previous, Map<String, StoredBuild> baselines) {
        Objects.requireNonNull(current, "current");
        this.report = CaptureReport.withBaselines(current.manifest(), e -> {
            StoredBuild baseline = baselineOf(e, baselines);
            return baseline == null ? null : baseline.manifest();
        });
        List<GraphView> views = new ArrayList<>();
        for (int i = 0; i < report.graphs().size(); i++) {
            ManifestEntry e = current.manifest().graphs().get(i);
            StoredBuild baseline = baselineOf(e, baselines);
            views.add(new GraphView(
                    e, report.graphs().get(i), current, baseline != null ? baseline : previous, baseline != null));
        }
        this.graphs = List.copyOf(views);
        this.imagesHidden = !current.imagesVisible() && graphs.stream().anyMatch(GraphView::isCaptured);
        this.pageUrl = current.pageUrl();
        this.problem = null;
    }

    @CheckForNull
    private static StoredBuild baselineOf(ManifestEntry entry, Map<String, StoredBuild> baselines) {
        return entry.baseline() == null ? null : baselines.get(entry.baseline());
    }

    private SnapshotsView(String problem) {
        this.graphs = List.of();
        this.report = CaptureReport.of(List.of(), (Manifest) null);
        this.imagesHidden = false;
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
        return report.regressionCount();
    }

    /**
     * One line about the numbers, e.g. {@code 1 of 3 graphs crossed its thresholds (baseline: build #41)} or
     * {@code no graph crossed its thresholds (no baseline)}; null when no graph's numbers were fetched.
     */
    @CheckForNull
    public String getNumbersSummary() {
        return report.numbersSummary();
    }

    /** Why graphs have no baseline, each reason once (e.g. {@code no baseline: there is no earlier successful build}). */
    public List<String> getNotes() {
        return report.notes();
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
        return report.capturedCount();
    }

    public int getFailedCount() {
        return report.failedCount();
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
        return report.summary(getMissingCount());
    }
}

package io.github.datadogsnapshot.client.report;

import io.github.datadogsnapshot.client.manifest.Manifest;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.client.regression.SeriesComparison;
import io.github.datadogsnapshot.client.regression.Verdict;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * A capture's numbers as pages and logs show them: the counts (captured, failed, graphs and series new or gone),
 * the overview (one {@link OverviewRow} per graph whose numbers were asked for, in the capture's order), the
 * sentences above it and one {@link GraphReport} per graph. Pure: made from manifests, no I/O.
 */
public final class CaptureReport {

    private final List<GraphReport> graphs;
    private final List<String> baselineOnly;

    private CaptureReport(List<GraphReport> graphs, List<String> baselineOnly) {
        this.graphs = List.copyOf(graphs);
        this.baselineOnly = List.copyOf(baselineOnly);
    }

    /**
     * The report of a capture compared with one baseline capture.
     *
     * @param graphs   the capture's entries, each with its comparison
     * @param baseline the baseline capture, or null without one
     */
    public static CaptureReport of(List<ManifestEntry> graphs, Manifest baseline) {
        List<String> only = baseline == null ? List.of() : baseline.graphs().stream()
                .filter(b -> graphs.stream().noneMatch(e -> e.name().equals(b.name())))
                .map(ManifestEntry::displayTitle).toList();
        return new CaptureReport(graphs.stream().map(e -> GraphReport.of(e, baseline)).toList(), only);
    }

    /** The report of a capture compared with one baseline capture (or none: null). */
    public static CaptureReport of(Manifest current, Manifest baseline) {
        return of(current.graphs(), baseline);
    }

    /**
     * The report of a capture whose graphs were compared with different builds (a Jenkins build's graphs may name
     * different baselines); graphs only in a baseline are not known then.
     *
     * @param baselineOf the baseline capture of a graph, or null when it is not known
     */
    public static CaptureReport withBaselines(Manifest current, Function<ManifestEntry, Manifest> baselineOf) {
        return new CaptureReport(current.graphs().stream().map(e -> GraphReport.of(e, baselineOf.apply(e)))
                .toList(), List.of());
    }

    /** Every graph of the capture, in its order. */
    public List<GraphReport> graphs() {
        return graphs;
    }

    /** The graphs whose numbers were asked for, in order: the graphs of the overview. */
    public List<GraphReport> fetched() {
        return graphs.stream().filter(GraphReport::isFetched).toList();
    }

    /** The overview table's rows. */
    public List<OverviewRow> overview() {
        return fetched().stream().map(GraphReport::row).toList();
    }

    public int capturedCount() {
        return (int) graphs.stream().filter(GraphReport::isCaptured).count();
    }

    public int failedCount() {
        return graphs.size() - capturedCount();
    }

    /** How many graphs crossed their thresholds. */
    public int regressionCount() {
        return (int) graphs.stream().filter(GraphReport::isRegression).count();
    }

    /** How many graphs the baseline capture lacks. */
    public int newGraphCount() {
        return (int) graphs.stream().filter(GraphReport::isNewGraph).count();
    }

    /** The titles of the baseline's graphs this capture lacks (known only with one baseline capture). */
    public List<String> goneGraphs() {
        return baselineOnly;
    }

    public long newSeriesCount() {
        return graphs.stream().mapToLong(GraphReport::newCount).sum();
    }

    public long goneSeriesCount() {
        return graphs.stream().mapToLong(GraphReport::goneCount).sum();
    }

    /**
     * One line on the pictures, e.g. {@code 3 graphs captured, 1 failed}.
     *
     * @param missing how many captured graphs no longer have their image stored (0 where that cannot happen)
     */
    public String summary(int missing) {
        int captured = capturedCount();
        String text = captured + (captured == 1 ? " graph" : " graphs") + " captured";
        if (missing > 0) {
            text += " (" + missing + (missing == 1 ? " image is" : " images are") + " no longer stored)";
        }
        return failedCount() == 0 ? text : text + ", " + failedCount() + " failed";
    }

    /**
     * What is new or gone since the baseline, e.g. {@code 1 new graph, 1 new series, 1 series gone}; null when
     * nothing is.
     */
    public String changes() {
        List<String> parts = new ArrayList<>();
        count(parts, newGraphCount(), " new graph", " new graphs");
        count(parts, goneGraphs().size(), " graph gone", " graphs gone");
        count(parts, newSeriesCount(), " new series", " new series");
        count(parts, goneSeriesCount(), " series gone", " series gone");
        return parts.isEmpty() ? null : String.join(", ", parts);
    }

    private static void count(List<String> parts, long count, String one, String many) {
        if (count > 0) {
            parts.add(count + (count == 1 ? one : many));
        }
    }

    /**
     * One line on the numbers, e.g. {@code 1 of 3 graphs crossed its thresholds; 1 series gone (baseline: build #41)}
     * or {@code no graph crossed its thresholds (no baseline)}; null when no graph's numbers were asked for.
     */
    public String numbersSummary() {
        List<GraphReport> fetched = fetched();
        if (fetched.isEmpty()) {
            return null;
        }
        int regressed = regressionCount();
        List<String> labels = fetched.stream().map(GraphReport::baselineLabel).filter(Objects::nonNull).distinct()
                .toList();
        String text = regressed == 0 ? "no graph crossed its thresholds"
                : regressed + " of " + fetched.size() + (fetched.size() == 1 ? " graph" : " graphs")
                + (regressed == 1 ? " crossed its thresholds" : " crossed their thresholds");
        String changes = changes();
        return text + (changes == null ? "" : "; " + changes)
                + (labels.isEmpty() ? " (no baseline)" : " (baseline: " + String.join(", ", labels) + ")");
    }

    /**
     * Why graphs have no baseline, each reason once, as the capture recorded it (e.g. {@code no baseline: there is
     * no earlier successful build}); empty when every graph had one.
     */
    public List<String> notes() {
        return graphs.stream().filter(g -> g.baselineLabel() == null && g.comparison() != null)
                .flatMap(g -> g.comparison().series().stream())
                .filter(s -> s.verdict() == Verdict.NO_BASELINE).map(SeriesComparison::reason)
                .filter(Objects::nonNull).distinct().toList();
    }
}

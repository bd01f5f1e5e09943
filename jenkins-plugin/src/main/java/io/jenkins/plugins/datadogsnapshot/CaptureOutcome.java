package io.jenkins.plugins.datadogsnapshot;

import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.graph.TimeWindow;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.client.manifest.Regressions;
import io.github.datadogsnapshot.client.regression.Breach;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * How one capture ended, graph by graph, and where each stored image is served.
 *
 * @param entries   one entry per requested graph, in request order
 * @param imageBase the URL of the build's images, relative to Jenkins' root
 */
record CaptureOutcome(List<ManifestEntry> entries, String imageBase) {

    CaptureOutcome {
        entries = List.copyOf(entries);
    }

    /**
     * Failed entries for graphs that were never requested because the capture could not be set up (missing
     * credentials, an unusable endpoint), so the build page says why. The specs' names are unique
     * ({@link io.github.datadogsnapshot.client.SnapshotCapture#uniqueNames}).
     */
    static List<ManifestEntry> notAttempted(List<GraphSpec> specs, TimeWindow window, String error) {
        return specs.stream()
                .map(g -> ManifestEntry.failed(g, window, error, null, null))
                .toList();
    }

    boolean hasFailures() {
        return entries.stream().anyMatch(e -> !e.isCaptured());
    }

    /** E.g. {@code 2 of 3 graphs captured, 1 failed}. */
    String summary() {
        long captured = entries.stream().filter(ManifestEntry::isCaptured).count();
        long failed = entries.size() - captured;
        String text = captured + " of " + entries.size() + (entries.size() == 1 ? " graph" : " graphs") + " captured";
        return failed == 0 ? text : text + ", " + failed + " failed";
    }

    /** One line per threshold crossed, naming the graph, the series, the statistic, both values and the baseline. */
    List<String> regressions() {
        return Regressions.crossed(entries);
    }

    /** E.g. {@code 2 Datadog graphs crossed their thresholds (latency, errors)}; only meaningful with regressions. */
    String regressionSummary() {
        List<String> names = entries.stream()
                .filter(e -> e.comparison() != null && e.comparison().isRegression())
                .map(ManifestEntry::name)
                .toList();
        return names.size() + (names.size() == 1 ? " Datadog graph crossed its" : " Datadog graphs crossed their")
                + " thresholds (" + String.join(", ", names) + ")";
    }

    /** The first failure as {@code 'name': error}, or an empty string. */
    String firstError() {
        return entries.stream()
                .filter(e -> !e.isCaptured())
                .findFirst()
                .map(e -> "'" + e.name() + "': " + e.error())
                .orElse("");
    }

    /**
     * What the {@code datadogSnapshot} step returns: per graph its name, title, status ({@code CAPTURED} or
     * {@code FAILED}), the URL of the stored image on Jenkins (null for a failed graph), the error (null for
     * a captured one), the verdict of its numbers ({@code REGRESSION}, {@code OK}, {@code NO_BASELINE},
     * {@code NO_NUMBERS}, {@code NOT_COMPARABLE}, {@code SERIES_GONE}; null when no numbers were fetched) and the
     * thresholds it crossed (a list of lines, empty when none). Plain maps, lists and strings, as Pipeline scripts
     * need.
     *
     * @param absolute turns a root-relative URL into an absolute one
     */
    List<Map<String, Object>> asStepResult(UnaryOperator<String> absolute) {
        List<Map<String, Object>> result = new ArrayList<>();
        for (ManifestEntry e : entries) {
            Map<String, Object> graph = new LinkedHashMap<>();
            graph.put("name", e.name());
            graph.put("title", e.displayTitle());
            graph.put("status", e.status().name());
            graph.put(
                    "imageUrl",
                    e.isCaptured() ? absolute.apply(imageBase + e.image().file()) : null);
            graph.put("error", e.error());
            graph.put(
                    "verdict",
                    e.comparison() == null ? null : e.comparison().verdict().name());
            graph.put(
                    "regressions",
                    e.comparison() == null
                            ? new ArrayList<String>()
                            : new ArrayList<>(e.comparison().breaches().stream()
                                    .map(Breach::message)
                                    .toList()));
            result.add(graph);
        }
        return result;
    }
}

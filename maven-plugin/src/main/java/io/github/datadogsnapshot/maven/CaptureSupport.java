package io.github.datadogsnapshot.maven;

import io.github.datadogsnapshot.charts.XChartRenderer;
import io.github.datadogsnapshot.client.CaptureResult;
import io.github.datadogsnapshot.client.ProgressLog;
import io.github.datadogsnapshot.client.SnapshotCapture;
import io.github.datadogsnapshot.client.SnapshotClient;
import io.github.datadogsnapshot.client.config.CaptureOptions;
import io.github.datadogsnapshot.client.config.ClientSettings;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.graph.TimeWindow;
import io.github.datadogsnapshot.client.graph.WindowRules;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.client.manifest.Manifests;
import io.github.datadogsnapshot.client.regression.Threshold;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;

/**
 * The Maven glue of the {@code capture} goal: turns the goal's configuration into the client's values, checking
 * all of it before anything is sent, then runs the capture and maps its outcome onto the build's result.
 */
final class CaptureSupport {

    /**
     * A checked configuration; building one sends no request.
     *
     * @param graphs          what to capture
     * @param window          the time range, padded
     * @param windowOrigin    where the window's start came from, for the log
     * @param settings        endpoint, keys and timeout
     * @param outputDirectory where images and manifest go
     * @param buildStart      when this Maven build began (an older capture in the folder is removed)
     * @param options         renderer, numbers and baseline
     */
    record Plan(List<GraphSpec> graphs, TimeWindow window, String windowOrigin, ClientSettings settings,
                Path outputDirectory, Instant buildStart, CaptureOptions options) {

        /** A plan with Datadog's pictures and the numbers, no baseline. */
        Plan(List<GraphSpec> graphs, TimeWindow window, String windowOrigin, ClientSettings settings,
             Path outputDirectory, Instant buildStart) {
            this(graphs, window, windowOrigin, settings, outputDirectory, buildStart, CaptureOptions.DEFAULT);
        }
    }

    /**
     * The goal's settings about the numbers, as configured.
     *
     * @param renderer          {@code datadog}, {@code local} or {@code auto}; blank for {@code datadog}
     * @param numbers           whether the numbers are fetched
     * @param failOnRegression  whether a crossed threshold fails the build
     * @param baselineDirectory an earlier capture to compare with, or null
     * @param basedir           the project's folder, to name the baseline relative to it
     */
    record NumbersConfig(String renderer, boolean numbers, boolean failOnRegression, File baselineDirectory,
                         File basedir) {
    }

    /**
     * The window and where its start came from.
     *
     * @param window  the time range, padded
     * @param origin  where the start came from, for the log
     * @param warning what to warn about a window that is allowed but unusual (see {@link WindowRules})
     */
    record ResolvedWindow(TimeWindow window, String origin, Optional<String> warning) {
    }

    private CaptureSupport() {
    }

    /**
     * The graphs to capture: the one given by the {@code datadog.*} graph properties if any of its query or text
     * fields is set, else the configured list. {@code width} and {@code height} also size list entries without a
     * size of their own.
     */
    static List<GraphSpec> graphs(List<Graph> configured, Graph single, Log log) throws MojoFailureException {
        checkSize("datadog.width", single.getWidth());
        checkSize("datadog.height", single.getHeight());
        checkThresholds(single.getThresholds());
        boolean singleGiven = hasText(single.getMetricQuery()) || hasText(single.getGraphDef())
                || hasText(single.getTitle()) || hasText(single.getEventQuery());
        List<Graph> list = configured == null ? List.of() : configured;
        if (singleGiven) {
            if (!list.isEmpty()) {
                log.info("Capturing the graph given by the datadog.* graph properties instead of the " + list.size()
                        + " configured <graphs>");
            }
            return List.of(spec(single, null, null, null, "datadog"));
        }
        if (list.isEmpty()) {
            throw new MojoFailureException("No graph to capture: configure <graphs> in the POM, or give one graph with"
                    + " -Ddatadog.metricQuery=... (or -Ddatadog.graphDef=...)");
        }
        List<GraphSpec> specs = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            String where = "graphs[" + (i + 1) + "]";
            Graph graph = list.get(i);
            if (graph == null) {
                throw new MojoFailureException(where + ": empty <graph>; give a metricQuery or a graphDef");
            }
            specs.add(spec(graph, single.getWidth(), single.getHeight(), single.getThresholds(), where));
        }
        try {
            return SnapshotCapture.uniqueNames(specs);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Invalid graphs: " + e.getMessage());
        }
    }

    private static GraphSpec spec(Graph graph, Integer defaultWidth, Integer defaultHeight, String defaultThresholds,
                                  String where) throws MojoFailureException {
        try {
            return GraphSpec.builder()
                    .name(graph.getName())
                    .title(graph.getTitle())
                    .metricQuery(graph.getMetricQuery())
                    .graphDef(graph.getGraphDef())
                    .eventQuery(graph.getEventQuery())
                    .width(graph.getWidth() != null ? graph.getWidth() : defaultWidth)
                    .height(graph.getHeight() != null ? graph.getHeight() : defaultHeight)
                    .thresholds(hasText(graph.getThresholds()) ? graph.getThresholds() : defaultThresholds)
                    .describedAs(where)
                    .build();
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Invalid graph: " + e.getMessage());
        }
    }

    /**
     * How the capture gets its pictures and numbers, checked before any request: the renderer, whether there are
     * numbers to draw from, check and compare, and the baseline, read here.
     */
    static CaptureOptions options(NumbersConfig config, List<GraphSpec> graphs, Path outputDirectory, Log log)
            throws MojoFailureException {
        CaptureOptions.Renderer renderer;
        try {
            renderer = CaptureOptions.Renderer.parse(config.renderer(), "datadog.renderer");
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Invalid configuration: " + e.getMessage());
        }
        if (!config.numbers()) {
            refuseWithoutNumbers(config, renderer, graphs);
            if (config.baselineDirectory() != null) {
                log.info("datadog.numbers is false: nothing is compared with datadog.baselineDirectory (the report"
                        + " still shows its pictures next to these)");
            }
            return new CaptureOptions(renderer, false, null);
        }
        if (config.failOnRegression() && graphs.stream().allMatch(g -> g.thresholds().isEmpty())) {
            log.warn("datadog.failOnRegression is set, but no graph has thresholds: nothing can fail the build; give"
                    + " <thresholds> (or -Ddatadog.thresholds=...)");
        }
        BaselineFolder baseline = null;
        if (config.baselineDirectory() != null) {
            if (sameFolder(config.baselineDirectory().toPath(), outputDirectory)) {
                throw new MojoFailureException("Invalid configuration: datadog.baselineDirectory: "
                        + config.baselineDirectory() + " is the outputDirectory, which this capture replaces; keep"
                        + " the earlier capture in a folder of its own (e.g. baseline-snapshots) and name that");
            }
            try {
                baseline = BaselineFolder.read(config.baselineDirectory(), config.basedir(), log::warn).orElse(null);
            } catch (IllegalArgumentException e) {
                throw new MojoFailureException("Invalid configuration: " + e.getMessage());
            }
        }
        // XChart only when pictures are drawn here: loading it sets java.awt.headless for the whole build.
        CaptureOptions options = new CaptureOptions(renderer, true,
                renderer == CaptureOptions.Renderer.DATADOG ? null : new XChartRenderer());
        return baseline == null ? options : options.withBaseline(baseline.manifest(), baseline.label());
    }

    /**
     * Whether two paths name one folder: the same path, or (both existing) the same folder by its real path, so that
     * a link to the output folder is caught too.
     */
    static boolean sameFolder(Path a, Path b) {
        Path first = a.toAbsolutePath().normalize();
        Path second = b.toAbsolutePath().normalize();
        if (first.equals(second)) {
            return true;
        }
        try {
            return Files.exists(first) && Files.exists(second) && Files.isSameFile(first, second);
        } catch (IOException e) {
            return false; // one of them cannot be read: the capture says so when it gets there
        }
    }

    /** Without numbers nothing can be drawn here, checked or fail the build: asking for it is a mistake. */
    private static void refuseWithoutNumbers(NumbersConfig config, CaptureOptions.Renderer renderer,
                                             List<GraphSpec> graphs) throws MojoFailureException {
        String fix = "; set datadog.numbers=true";
        if (renderer != CaptureOptions.Renderer.DATADOG) {
            throw new MojoFailureException("Invalid configuration: datadog.renderer: " + renderer.text() + " draws"
                    + " the pictures from the graphs' numbers, but datadog.numbers is false" + fix
                    + ", or datadog.renderer=datadog");
        }
        if (config.failOnRegression()) {
            throw new MojoFailureException("Invalid configuration: datadog.failOnRegression is true, but"
                    + " datadog.numbers is false, so no threshold can be checked" + fix);
        }
        for (GraphSpec graph : graphs) {
            if (!graph.thresholds().isEmpty()) {
                throw new MojoFailureException("Invalid configuration: graph '" + graph.name() + "' has thresholds ("
                        + graph.thresholds().stream().map(Object::toString).collect(Collectors.joining("; "))
                        + "), but datadog.numbers is false, so they cannot be checked" + fix
                        + ", or remove the thresholds");
            }
        }
    }

    /**
     * The window: an explicit start, else this build's mark, else the build's start; an explicit end, else now;
     * then widened by the padding.
     */
    static ResolvedWindow window(String start, String end, String padding, Instant now, Optional<Instant> mark,
                                 Instant buildStart) throws MojoFailureException {
        Instant from = TimeValues.instant("datadog.start", start);
        String origin = "datadog.start";
        if (from == null) {
            from = mark.orElse(buildStart);
            origin = mark.isPresent() ? "the mark goal of this build" : "the start of this build";
        }
        Instant to = TimeValues.instant("datadog.end", end);
        String endOrigin = to == null ? "now" : "datadog.end";
        if (to == null) {
            to = now;
        }
        if (!to.isAfter(from)) {
            throw new MojoFailureException("The window's start " + from + " (" + origin + ") is not before its end "
                    + to + " (" + endOrigin + "); check datadog.start and datadog.end");
        }
        Duration pad = TimeValues.duration("datadog.padding", padding);
        TimeWindow window = new TimeWindow(from, to);
        boolean padded = pad != null && !pad.isZero();
        if (padded) {
            try {
                window = window.padded(pad);
            } catch (DateTimeException | ArithmeticException e) {
                throw new MojoFailureException("Invalid window: datadog.padding: '" + padding.trim()
                        + "' moves the start before the earliest time there is; give a padding of minutes or hours");
            }
            origin += ", padded by " + TimeValues.format(pad);
        }
        try {
            return new ResolvedWindow(window, origin, WindowRules.check(window, now));
        } catch (IllegalArgumentException e) {
            // The rules name the client's fields; name the parameter that set the value.
            String message = e.getMessage();
            String parameter = message.startsWith("end:") ? "datadog.end"
                    : start != null && !start.isBlank() ? "datadog.start" + (padded ? " and datadog.padding" : "")
                    : padded ? "datadog.padding" : "the window's start (" + origin + ")";
            throw new MojoFailureException("Invalid window: " + parameter + ": "
                    + message.substring(message.indexOf(':') + 2));
        }
    }

    /** Captures the plan's graphs; failures become warnings, or the build's failure with {@code failOnError}. */
    static CaptureResult run(Plan plan, boolean failOnError, boolean failOnRegression, Log log)
            throws MojoExecutionException, MojoFailureException {
        log.info("Capturing " + count(plan.graphs().size()) + " from " + plan.settings().endpoint() + " for "
                + TimeValues.format(plan.window().start()) + " to " + TimeValues.format(plan.window().end()) + " ("
                + TimeValues.format(plan.window().length()) + ", start from " + plan.windowOrigin() + ")");
        CaptureOptions options = plan.options();
        if (options.renderer() != CaptureOptions.Renderer.DATADOG) {
            log.info("Pictures: " + (options.renderer() == CaptureOptions.Renderer.LOCAL
                    ? "drawn here from the graphs' numbers (datadog.renderer=local), no snapshot requested"
                    : "Datadog's, drawn here when the snapshot budget refuses a graph (datadog.renderer=auto)"));
        }
        if (options.baseline() != null) {
            log.info("Comparing the numbers with the baseline " + options.baselineLabel());
        }
        CaptureResult result;
        try {
            EarlierCaptures.prepare(plan.outputDirectory(), plan.buildStart(), plan.graphs(), log);
        } catch (Manifests.NewerVersionException e) {
            throw new MojoFailureException("Invalid configuration: datadog.outputDirectory: " + e.getMessage()
                    + ", or capture into another folder; it is left as it is");
        } catch (IOException e) {
            throw new MojoExecutionException("Could not clear the snapshots of an earlier build in "
                    + plan.outputDirectory() + ": " + e.getMessage(), e);
        }
        try (SnapshotClient client = new SnapshotClient(plan.settings())) {
            result = new SnapshotCapture(client, options).capture(plan.graphs(), plan.window(), plan.outputDirectory(),
                    new ProgressLog(log::info, log::warn));
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Invalid configuration: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException("Could not write the snapshots to " + plan.outputDirectory() + ": "
                    + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MojoExecutionException("The capture was interrupted; finished graphs are in "
                    + plan.outputDirectory(), e);
        }
        NumbersLog.write(result, options.baseline(), log);
        report(result, plan, failOnError, failOnRegression, log);
        return result;
    }

    /**
     * Says what failed and which thresholds were crossed, and fails the build for either when asked to; the manifest
     * is written by then.
     */
    private static void report(CaptureResult result, Plan plan, boolean failOnError, boolean failOnRegression,
                               Log log) throws MojoFailureException {
        List<ManifestEntry> failures = result.failures();
        int total = result.entries().size();
        List<String> crossed = result.regressions();
        List<String> problems = new ArrayList<>();
        if (failures.isEmpty()) {
            log.info("Captured " + count(total) + " into " + plan.outputDirectory() + " (manifest "
                    + result.manifestFile().getFileName() + ")");
        } else {
            String which = failures.stream().map(f -> "'" + f.name() + "': " + f.error())
                    .collect(Collectors.joining("; "));
            String summary = failures.size() + " of " + count(total) + " could not be captured";
            if (failOnError) {
                problems.add(summary + ": " + which);
            } else {
                log.warn(summary + " (recorded as failed in " + result.manifestFile()
                        + "; set datadog.failOnError=true to fail the build)");
            }
        }
        if (!crossed.isEmpty()) {
            String summary = crossed.size() + (crossed.size() == 1 ? " threshold" : " thresholds") + " crossed";
            if (failOnRegression) {
                problems.add(summary + ": " + String.join("; ", crossed));
            } else {
                log.warn(summary + " (recorded in " + result.manifestFile()
                        + "; set datadog.failOnRegression=true to fail the build)");
            }
        }
        if (!problems.isEmpty()) {
            throw new MojoFailureException("Datadog snapshots: " + String.join("; and ", problems) + " (recorded in "
                    + result.manifestFile() + ")");
        }
    }

    private static String count(int graphs) {
        return graphs + (graphs == 1 ? " graph" : " graphs");
    }

    /** The goal-level size is every graph's default: named as the parameter, not as the first graph using it. */
    private static void checkSize(String parameter, Integer pixels) throws MojoFailureException {
        if (pixels != null && (pixels < 1 || pixels > GraphSpec.MAX_SIZE)) {
            throw new MojoFailureException("Invalid configuration: " + parameter + ": " + pixels
                    + " pixels is out of range; use 1 to " + GraphSpec.MAX_SIZE);
        }
    }

    /** The goal-level thresholds are every graph's default: named as the parameter, not as the first graph using them. */
    private static void checkThresholds(String text) throws MojoFailureException {
        if (hasText(text)) {
            try {
                Threshold.parseAll(text, "datadog.thresholds");
            } catch (IllegalArgumentException e) {
                throw new MojoFailureException("Invalid configuration: " + e.getMessage());
            }
        }
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }
}

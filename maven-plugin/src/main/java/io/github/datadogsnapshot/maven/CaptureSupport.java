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
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.client.manifest.Manifests;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
     * The goal's settings about the numbers that the plan check leaves to the goal: the baseline.
     *
     * @param baselineDirectory an earlier capture to compare with, or null
     * @param basedir           the project's folder, to name the baseline relative to it
     */
    record BaselineConfig(File baselineDirectory, File basedir) {
    }

    private CaptureSupport() {
    }

    /**
     * How the capture gets its pictures and numbers, once the plan check accepted them: the chart renderer where
     * pictures are drawn here, and the baseline, read here.
     */
    static CaptureOptions options(CaptureOptions.Renderer renderer, boolean numbers, BaselineConfig config,
                                  Path outputDirectory, Log log) throws MojoFailureException {
        if (!numbers) {
            if (config.baselineDirectory() != null) {
                log.info("datadog.numbers is false: nothing is compared with datadog.baselineDirectory (the report"
                        + " still shows its pictures next to these)");
            }
            return new CaptureOptions(renderer, false, null);
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
}

package io.github.datadogsnapshot.maven;

import io.github.datadogsnapshot.client.manifest.Manifest;
import io.github.datadogsnapshot.client.manifest.Manifests;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.reporting.AbstractMavenReport;
import org.apache.maven.reporting.MavenReportException;

/**
 * The "Datadog Snapshots" page ({@code datadog-snapshots.html}) of the project's site: every graph of the capture
 * with its image, query and window, failed graphs with their error, and with {@code baselineDirectory} each graph
 * next to its baseline. The images are copied next to the page. Reads only the manifest; never calls Datadog.
 * Works in the POM's {@code reporting} section and on its own ({@code mvn datadog-snapshot:report}, written to
 * {@code target/reports}); without a capture there is no page.
 */
@Mojo(name = "report", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ReportMojo extends AbstractMavenReport {

    /** The page's file name without extension; images go to a directory of the same name next to it. */
    static final String OUTPUT_NAME = "datadog-snapshots";

    /** The capture to show: a directory with {@code snapshots.json} and the images, as written by {@code capture}. */
    @Parameter(property = "datadog.outputDirectory", defaultValue = "${project.build.directory}/datadog-snapshots")
    File snapshotDirectory;

    /**
     * A directory with an earlier capture ({@code snapshots.json} and images), e.g. main's last good run; each graph
     * is then shown side by side with the baseline graph of the same name. The numbers are compared as the capture
     * recorded it; a capture made without a baseline is compared with this one here. A folder that does not exist or
     * holds no {@code snapshots.json} is a warning: the page then shows no baseline.
     */
    @Parameter(property = "datadog.baselineDirectory")
    File baselineDirectory;

    /** Skips the report. */
    @Parameter(property = "datadog.skip", defaultValue = "false")
    boolean skip;

    private Manifest manifest;

    @Override
    public String getOutputName() {
        return OUTPUT_NAME;
    }

    @Override
    public String getName(Locale locale) {
        return bundle(locale).getString("report.name");
    }

    @Override
    public String getDescription(Locale locale) {
        return bundle(locale).getString("report.description");
    }

    @Override
    public boolean canGenerateReport() throws MavenReportException {
        if (skip) {
            return false;
        }
        Optional<Manifest> found = read(snapshotDirectory);
        if (found.isEmpty() || found.get().graphs().isEmpty()) {
            getLog().info("No Datadog snapshots in " + snapshotDirectory + "; no report (run the capture goal first)");
            return false;
        }
        manifest = found.get();
        return true;
    }

    @Override
    protected void executeReport(Locale locale) throws MavenReportException {
        if (manifest == null && !canGenerateReport()) {
            return;
        }
        Path pageDirectory = getReportOutputDirectory().toPath();
        try {
            Map<String, String> images = ReportImages.copy(manifest, snapshotDirectory.toPath(), pageDirectory,
                    OUTPUT_NAME, getLog()::warn);
            Manifest baseline = null;
            Map<String, String> baselineImages = Map.of();
            String baselineLocation = null;
            String baselineLabel = null;
            if (baselineDirectory != null) {
                Optional<BaselineFolder> found = readBaseline();
                baselineLocation = BaselineFolder.describe(baselineDirectory.toPath(), basedir());
                if (found.isPresent()) {
                    baseline = found.get().manifest();
                    baselineLabel = found.get().label();
                    baselineImages = ReportImages.copy(baseline, baselineDirectory.toPath(), pageDirectory,
                            OUTPUT_NAME + "/baseline", getLog()::warn);
                }
            }
            ReportData data = ReportData.of(manifest, images, baseline, baselineImages, baselineLocation,
                    baselineLabel);
            new SnapshotReportRenderer(getSink(), bundle(locale), data).render();
        } catch (IOException e) {
            throw new MavenReportException("Could not copy the Datadog snapshot images to " + pageDirectory + ": "
                    + e.getMessage(), e);
        }
    }

    private Optional<BaselineFolder> readBaseline() throws MavenReportException {
        try {
            return BaselineFolder.read(baselineDirectory, basedir(), getLog()::warn);
        } catch (IllegalArgumentException e) {
            throw new MavenReportException("Invalid configuration: " + e.getMessage(), e);
        }
    }

    private File basedir() {
        return project == null ? null : project.getBasedir();
    }

    private static Optional<Manifest> read(File directory) throws MavenReportException {
        if (directory == null) {
            return Optional.empty();
        }
        try {
            return Manifests.readIfPresent(directory.toPath());
        } catch (IOException e) {
            throw new MavenReportException("Could not read the Datadog snapshot manifest: " + e.getMessage(), e);
        }
    }

    private static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle("io.github.datadogsnapshot.maven.report", locale,
                ReportMojo.class.getClassLoader());
    }
}

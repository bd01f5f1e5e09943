package io.github.datadogsnapshot.maven;

import java.io.File;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * The parameters the {@code mark} and {@code capture} goals share, and the {@code skip} handling: a final
 * {@link #execute()} checks {@code skip} and then calls {@link #executeMojo()}.
 */
public abstract class AbstractSnapshotMojo extends AbstractMojo {

    /**
     * Where the images (one {@code NAME.png} per graph), the manifest ({@code snapshots.json}) and the mark of the
     * window start are kept; created if missing, and must be writable. The {@code report} goal reads the same
     * directory. An empty value, the project's base directory and a folder holding the manifest of a newer
     * datadog-snapshot (which is kept) are refused. Under {@code mvn -T}, give each module its own.
     */
    @Parameter(property = "datadog.outputDirectory", defaultValue = "${project.build.directory}/datadog-snapshots")
    File outputDirectory;

    /** Skips the goal, e.g. on builds that run no integration stage. */
    @Parameter(property = "datadog.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${session}", readonly = true, required = true)
    MavenSession session;

    @Parameter(defaultValue = "${project.basedir}", readonly = true)
    File basedir;

    @Override
    public final void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("Skipping datadog-snapshot (datadog.skip is set)");
            return;
        }
        executeMojo();
    }

    /** The goal's work, once it is known not to be skipped. */
    protected abstract void executeMojo() throws MojoExecutionException, MojoFailureException;

    /**
     * The output directory, refused when it is empty. Maven turns an empty {@code -Ddatadog.outputDirectory=} into
     * the project's base directory, so that is refused too: images, manifest and mark do not belong in the project
     * root, and a capture there would remove the images an older manifest in it lists.
     */
    Path outputFolder() throws MojoFailureException {
        if (outputDirectory == null || outputDirectory.getName().isBlank()
                || (basedir != null && outputDirectory.getAbsoluteFile().toPath().normalize()
                        .equals(basedir.getAbsoluteFile().toPath().normalize()))) {
            throw new MojoFailureException("Invalid configuration: datadog.outputDirectory: empty or the project's"
                    + " base directory" + (basedir == null ? "" : " (" + basedir + ")") + "; Maven turns an empty"
                    + " -Ddatadog.outputDirectory= into the base directory, and the images, snapshots.json and the"
                    + " mark do not belong there: give a folder such as target/datadog-snapshots, or leave the"
                    + " property out for that default");
        }
        return outputDirectory.toPath();
    }

    /** When this Maven build began; the fallback start of the window. */
    Instant buildStart() {
        Date start = session.getRequest() == null ? null : session.getRequest().getStartTime();
        return start != null ? start.toInstant() : Instant.now();
    }
}

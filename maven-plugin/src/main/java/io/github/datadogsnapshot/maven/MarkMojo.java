package io.github.datadogsnapshot.maven;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Records "the window starts now" in the output directory. A {@code capture} later in the same build starts its
 * window there, so pictures bound around the integration tests show exactly that stage: bind {@code mark} to
 * {@code pre-integration-test} and {@code capture} to {@code post-integration-test} (their default phases). A mark
 * left by an earlier build is ignored.
 */
@Mojo(name = "mark", defaultPhase = LifecyclePhase.PRE_INTEGRATION_TEST, threadSafe = true)
public class MarkMojo extends AbstractSnapshotMojo {

    @Override
    protected void executeMojo() throws MojoExecutionException, MojoFailureException {
        Path folder = outputFolder();
        Instant now = Instant.now();
        try {
            Path file = WindowMark.write(folder, now, buildStart());
            getLog().info("Datadog snapshot window starts " + TimeValues.format(now) + " (recorded in " + file + ")");
        } catch (IOException e) {
            throw new MojoExecutionException("Could not record the window start in " + outputDirectory + ": "
                    + e.getMessage(), e);
        }
    }
}

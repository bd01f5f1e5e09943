package io.jenkins.plugins.datadogsnapshot;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.EnvVars;
import hudson.Extension;
import hudson.model.AbstractProject;
import hudson.model.Run;
import hudson.model.TaskListener;
import hudson.tasks.BuildStepDescriptor;
import hudson.tasks.BuildStepMonitor;
import hudson.tasks.Publisher;
import java.io.IOException;
import java.time.Instant;
import jenkins.tasks.SimpleBuildStep;
import org.kohsuke.stapler.DataBoundConstructor;

/**
 * The freestyle post-build action "Capture Datadog graph snapshots": captures its graphs for the window from
 * the build's start to the moment it runs. Its settings are the {@link CaptureSettings} the Pipeline steps
 * share. It needs no workspace, so it also runs when the build had none. A graph that crossed its thresholds makes the build UNSTABLE (or FAILURE); it runs before the build is finalized
 * ({@code needsToRunAfterFinalized()} is false), while Jenkins still lets it set the result.
 */
public class DatadogSnapshotRecorder extends CaptureSettings implements SimpleBuildStep {

    @DataBoundConstructor
    public DatadogSnapshotRecorder() {}

    @Override
    public boolean requiresWorkspace() {
        return false;
    }

    @Override
    public void perform(@NonNull Run<?, ?> run, @NonNull EnvVars env, @NonNull TaskListener listener)
            throws InterruptedException, IOException {
        SnapshotRunner.create(DatadogSnapshotConfiguration.get().defaults())
                .run(
                        run,
                        listener,
                        env,
                        applyTo(CaptureRequest.builder()).build(),
                        Instant.ofEpochMilli(run.getStartTimeInMillis()),
                        Instant.now(),
                        (result, message) -> run.setResult(result));
    }

    /** Captures may run while other builds proceed; they depend on nothing of earlier builds. */
    @Override
    public BuildStepMonitor getRequiredMonitorService() {
        return BuildStepMonitor.NONE;
    }

    /** Offers the action to every kind of freestyle-like job; its form endpoints are {@link CaptureSettingsForm}'s. */
    @Extension
    public static final class DescriptorImpl extends BuildStepDescriptor<Publisher> implements CaptureSettingsForm {

        @Override
        @SuppressWarnings("rawtypes") // the signature Jenkins declares
        public boolean isApplicable(Class<? extends AbstractProject> jobType) {
            return true;
        }

        @NonNull
        @Override
        public String getDisplayName() {
            return Messages.DatadogSnapshotRecorder_displayName();
        }
    }
}

package io.jenkins.plugins.datadogsnapshot;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.Extension;
import hudson.model.Action;
import hudson.model.Job;
import hudson.model.Run;
import java.util.Collection;
import java.util.List;
import jenkins.model.TransientActionFactory;

/**
 * Puts the graphs of the latest completed build on the job page, or else those of the last successful build.
 * Jenkins' own route for this ({@code SimpleBuildStep.LastBuildAction}) only looks at the last <em>successful</em>
 * build, but a failed load test is exactly when people want to see the graphs. Only these two builds are looked
 * at: both are permalinks Jenkins keeps at hand, and this runs on every view of the job.
 */
@Extension
@SuppressWarnings("rawtypes")
public class JobSnapshotsActionFactory extends TransientActionFactory<Job> {

    @Override
    public Class<Job> type() {
        return Job.class;
    }

    @Override
    public Class<? extends Action> actionType() {
        return JobSnapshotsAction.class;
    }

    @Override
    public @NonNull Collection<? extends Action> createFor(@NonNull Job job) {
        for (Run<?, ?> run : new Run<?, ?>[] {job.getLastCompletedBuild(), job.getLastSuccessfulBuild()}) {
            if (run != null && run.getAction(SnapshotsAction.class) != null) {
                return List.of(new JobSnapshotsAction(job, run));
            }
        }
        return List.of();
    }
}

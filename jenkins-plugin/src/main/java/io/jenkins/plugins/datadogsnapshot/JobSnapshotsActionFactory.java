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
 * Puts the graphs of the latest completed build that has snapshots on the job page. Jenkins' own route for
 * this ({@code SimpleBuildStep.LastBuildAction}) only looks at the last <em>successful</em> build, but a failed
 * load test is exactly when people want to see the graphs.
 */
@Extension
@SuppressWarnings("rawtypes")
public class JobSnapshotsActionFactory extends TransientActionFactory<Job> {

    /** How many completed builds are looked at, newest first, before the job page shows no graphs. */
    static final int LOOK_BACK = 10;

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
        Run<?, ?> run = job.getLastCompletedBuild();
        for (int i = 0; run != null && i < LOOK_BACK; i++, run = run.getPreviousCompletedBuild()) {
            if (run.getAction(SnapshotsAction.class) != null) {
                return List.of(new JobSnapshotsAction(run));
            }
        }
        return List.of();
    }
}

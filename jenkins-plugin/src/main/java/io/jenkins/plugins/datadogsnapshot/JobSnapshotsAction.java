package io.jenkins.plugins.datadogsnapshot;

import hudson.model.Action;
import hudson.model.Run;

/**
 * The job page's panel with the graphs of the latest completed build that has snapshots, failed builds
 * included ({@link JobSnapshotsActionFactory}); it has no page or sidebar link of its own and links to the
 * build's snapshots page instead.
 */
public class JobSnapshotsAction implements Action {

    private final Run<?, ?> build;

    JobSnapshotsAction(Run<?, ?> build) {
        this.build = build;
    }

    /** The build whose graphs are shown. */
    public Run<?, ?> getBuild() {
        return build;
    }

    /** The URL of the build's snapshots page, relative to Jenkins' root. */
    public String getPageUrl() {
        return build.getUrl() + SnapshotsAction.URL_NAME + "/";
    }

    /** The build's graphs, or an empty view when the build has none any more. */
    public SnapshotsView getView() {
        SnapshotsAction action = build.getAction(SnapshotsAction.class);
        return action == null ? SnapshotsView.unavailable("the build has no Datadog snapshots any more") : action.getView();
    }

    @Override
    public String getIconFileName() {
        return null;
    }

    @Override
    public String getDisplayName() {
        return Messages.JobSnapshotsAction_displayName();
    }

    @Override
    public String getUrlName() {
        return null;
    }
}

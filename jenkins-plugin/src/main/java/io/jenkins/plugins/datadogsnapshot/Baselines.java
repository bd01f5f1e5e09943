package io.jenkins.plugins.datadogsnapshot;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Run;
import io.github.datadogsnapshot.client.Manifest;

/**
 * Finds the manifest a capture compares its numbers with: the stored snapshots of the baseline build (see
 * {@link BaselineChoice}), a build of the same job. A baseline that cannot be had (no earlier successful build, a
 * build deleted or without stored snapshots) is no baseline: bounds are still checked, changes are shown as having
 * no baseline, never as a regression.
 */
final class Baselines {

    /**
     * What was found.
     *
     * @param manifest    the baseline build's manifest, or null for none
     * @param label       how the comparison names it ({@code build #41}), null without a manifest
     * @param description for the log: which build, or why there is none
     * @param asked       whether the user named the build (a missing one is then worth a warning)
     */
    record Found(@CheckForNull Manifest manifest, @CheckForNull String label, String description, boolean asked) {
    }

    private Baselines() {
    }

    static Found find(Run<?, ?> run, BaselineChoice choice) {
        return switch (choice.kind()) {
            case NONE -> new Found(null, null, "none (baseline: " + BaselineChoice.NONE
                    + "); only bounds such as max < 800 are checked", false);
            case PREVIOUS_SUCCESSFUL -> {
                Run<?, ?> previous = run.getPreviousSuccessfulBuild();
                yield previous == null
                        ? new Found(null, null, "none: there is no earlier successful build; only bounds such as max"
                        + " < 800 are checked", false)
                        : of(previous, "the previous successful build", false);
            }
            case BUILD -> {
                Run<?, ?> chosen = run.getParent().getBuildByNumber(choice.number());
                yield chosen == null
                        ? new Found(null, null, "none: there is no " + BaselineChoice.label(choice.number())
                        + " (any more); only bounds such as max < 800 are checked", true)
                        : of(chosen, "as asked", true);
            }
        };
    }

    private static Found of(Run<?, ?> build, String why, boolean asked) {
        String label = BaselineChoice.label(build.getNumber());
        SnapshotsAction action = build.getAction(SnapshotsAction.class);
        Manifest manifest = action == null ? null : action.manifest().orElse(null);
        if (manifest == null) {
            return new Found(null, null, "none: " + label + " (" + why + ") has no stored Datadog snapshots; only"
                    + " bounds such as max < 800 are checked", asked);
        }
        return new Found(manifest, label, label + " (" + why + ")", asked);
    }
}

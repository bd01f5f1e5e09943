package io.jenkins.plugins.datadogsnapshot;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Run;
import io.github.datadogsnapshot.client.manifest.Manifest;

/**
 * Finds the manifest a capture compares its numbers with: the stored snapshots of the baseline build (see
 * {@link BaselineChoice}), a build of the same job. A baseline that cannot be had (no earlier successful build, a
 * build deleted or without stored snapshots) is no baseline: bounds are still checked, changes are shown as having
 * no baseline, never as a regression.
 */
final class Baselines {

    /** Why there is no baseline for the first build of a job, or after nothing but failed builds. */
    static final String NO_EARLIER_SUCCESSFUL = "there is no earlier successful build";
    /** How {@code baseline} left empty finds its build. */
    static final String PREVIOUS_SUCCESSFUL = "the previous successful build";
    /** How a build named by {@code baseline} was found. */
    static final String AS_ASKED = "as asked";
    /** Why there is none with {@code baseline: 'none'}. */
    static final String NONE_ASKED = "none was asked for (baseline: " + BaselineChoice.NONE + ")";

    /**
     * What was found.
     *
     * @param manifest    the baseline build's manifest, or null for none
     * @param label       how the comparison names it ({@code build #41}), null without a manifest
     * @param description for the log: which build, or why there is none
     * @param asked       whether the user named the build (a missing one is then worth a warning)
     * @param why         why there is none, e.g. {@link #NO_EARLIER_SUCCESSFUL}; null with a manifest
     */
    record Found(
            @CheckForNull Manifest manifest,
            @CheckForNull String label,
            String description,
            boolean asked,
            @CheckForNull String why) {

        /** No baseline, for the reason {@code why}: bounds are still checked. */
        static Found none(String why, boolean asked) {
            return new Found(null, null, "none: " + why + "; only bounds such as max < 800 are checked", asked, why);
        }

        /** The baseline {@code label}, found for the reason {@code how} ({@code the previous successful build}). */
        static Found of(Manifest manifest, String label, String how, boolean asked) {
            return new Found(manifest, label, found(label, how), asked, null);
        }

        /**
         * What each graph's comparison says on the pages when there is no baseline: the reason the console gives,
         * e.g. {@code no baseline: there is no earlier successful build}; null with a baseline.
         */
        @CheckForNull
        String pageReason() {
            return why == null ? null : "no baseline: " + why;
        }
    }

    private Baselines() {}

    /** {@code build #41 (the previous successful build)}: the log's description of a baseline found. */
    static String found(String label, String how) {
        return label + " (" + how + ")";
    }

    /** {@code there is no build #7 (any more)}. */
    static String noSuchBuild(int number) {
        return "there is no " + BaselineChoice.label(number) + " (any more)";
    }

    /** {@code build #7 (as asked) has no stored Datadog snapshots}. */
    static String nothingStored(String label, String how) {
        return label + " (" + how + ") has no stored Datadog snapshots";
    }

    static Found find(Run<?, ?> run, BaselineChoice choice) {
        return switch (choice.kind()) {
            case NONE -> Found.none(NONE_ASKED, false);
            case PREVIOUS_SUCCESSFUL -> {
                Run<?, ?> previous = run.getPreviousSuccessfulBuild();
                yield previous == null
                        ? Found.none(NO_EARLIER_SUCCESSFUL, false)
                        : of(previous, PREVIOUS_SUCCESSFUL, false);
            }
            case BUILD -> {
                Run<?, ?> chosen = run.getParent().getBuildByNumber(choice.number());
                yield chosen == null ? Found.none(noSuchBuild(choice.number()), true) : of(chosen, AS_ASKED, true);
            }
        };
    }

    private static Found of(Run<?, ?> build, String how, boolean asked) {
        String label = BaselineChoice.label(build.getNumber());
        SnapshotsAction action = build.getAction(SnapshotsAction.class);
        Manifest manifest = action == null ? null : action.manifest().orElse(null);
        return manifest == null ? Found.none(nothingStored(label, how), asked) : Found.of(manifest, label, how, asked);
    }
}

package io.jenkins.plugins.datadogsnapshot;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Functions;
import hudson.model.Action;
import hudson.model.Item;
import hudson.model.Job;
import hudson.model.Run;
import io.github.datadogsnapshot.client.manifest.Manifest;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;

/**
 * The job page's panel: the graphs of the latest completed build that has snapshots, failed builds included
 * ({@link JobSnapshotsActionFactory}), and a trend of each graph's watched statistic over the recent builds. It has
 * no sidebar link; its URL ({@value #URL_NAME} below the job) serves the trend pictures, {@code trend/<graph>.png},
 * with the permissions of the build's images.
 *
 * <p>The trends read at most {@value #MAX_BUILDS_READ} completed builds, newest first, and use the newest
 * {@value Trend#MAX_BUILDS} of them with numbers; each picture is drawn once per set of builds ({@link TrendImages}).
 */
public class JobSnapshotsAction implements Action {

    static final String URL_NAME = "datadog-snapshots";
    /** Completed builds looked at for the trends at most, with or without numbers. */
    static final int MAX_BUILDS_READ = 50;

    private static final Pattern TREND_FILE = Pattern.compile("/?([A-Za-z0-9][A-Za-z0-9._-]{0,120})\\.png");

    private final Job<?, ?> job;
    private final Run<?, ?> build;

    JobSnapshotsAction(Job<?, ?> job, Run<?, ?> build) {
        this.job = job;
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
        return action == null
                ? SnapshotsView.unavailable("the build has no Datadog snapshots any more")
                : action.getView();
    }

    /** The trends the current user may see: none without the Artifacts permission where it is enabled. */
    public List<TrendView> getTrends() {
        if (!mayViewTrends(job)) {
            return List.of();
        }
        String base = job.getUrl() + URL_NAME + "/trend/";
        return Trend.of(recentBuilds()).stream()
                .map(t -> new TrendView(t, base))
                .toList();
    }

    /**
     * Serves {@code trend/<graph>.png}: only to users who may read the job (and have the Artifacts permission where
     * it is enabled, as for the images the numbers come with), only for a graph that has a trend, always as a PNG.
     */
    public void doTrend(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException, ServletException {
        checkTrendPermission(job);
        Matcher file = TREND_FILE.matcher(req.getRestOfPath());
        Trend trend = !file.matches()
                ? null
                : Trend.of(recentBuilds()).stream()
                        .filter(t -> t.getName().equals(file.group(1)))
                        .findFirst()
                        .orElse(null);
        if (trend == null) {
            rsp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] png = TrendImages.SHARED.get(
                job.getFullName() + "\n" + trend.signature(),
                () -> LocalCharts.renderer().render(trend.chart(Trend.WIDTH, Trend.HEIGHT)));
        rsp.serveFile(req, new ByteArrayInputStream(png), trend.lastModified(), png.length, "mime-type:image/png");
    }

    /** The permissions of a trend: those of the build's images ({@link SnapshotsAction#checkImagePermission}). */
    static void checkTrendPermission(Job<?, ?> job) {
        job.checkPermission(Item.READ);
        if (Functions.isArtifactsPermissionEnabled()) {
            job.checkPermission(Run.ARTIFACTS);
        }
    }

    private static boolean mayViewTrends(Job<?, ?> job) {
        return !Functions.isArtifactsPermissionEnabled() || job.hasPermission(Run.ARTIFACTS);
    }

    /** The newest completed builds with stored snapshots, newest first, reading at most {@value #MAX_BUILDS_READ}. */
    private List<Trend.BuildNumbers> recentBuilds() {
        List<Trend.BuildNumbers> found = new ArrayList<>();
        int read = 0;
        for (Run<?, ?> run = job.getLastCompletedBuild();
                run != null && read < MAX_BUILDS_READ && found.size() < Trend.MAX_BUILDS;
                run = run.getPreviousBuild()) {
            if (run.isBuilding()) {
                continue;
            }
            read++;
            Manifest manifest = manifestOf(run);
            if (manifest != null) {
                Trend.BuildNumbers numbers =
                        new Trend.BuildNumbers(run.getNumber(), run.getStartTimeInMillis(), manifest);
                if (numbers.hasNumbers()) {
                    found.add(numbers);
                }
            }
        }
        return found;
    }

    @CheckForNull
    private static Manifest manifestOf(Run<?, ?> run) {
        SnapshotsAction action = run.getAction(SnapshotsAction.class);
        return action == null ? null : action.manifest().orElse(null);
    }

    @Override
    public String getIconFileName() {
        return null;
    }

    @Override
    public String getDisplayName() {
        return Messages.JobSnapshotsAction_displayName();
    }

    /** Only for the trend pictures: without an icon there is no sidebar link. */
    @Override
    public String getUrlName() {
        return URL_NAME;
    }
}

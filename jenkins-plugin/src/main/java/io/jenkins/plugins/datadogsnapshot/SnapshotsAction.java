package io.jenkins.plugins.datadogsnapshot;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.model.Item;
import hudson.model.Run;
import io.github.datadogsnapshot.client.Manifest;
import io.github.datadogsnapshot.client.Manifests;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import jenkins.model.RunAction2;
import jenkins.util.VirtualFile;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;

/**
 * The Datadog snapshots of one build. The images and the manifest live with the build's artifacts (see
 * {@link BuildStorage}), so installations that keep artifacts elsewhere keep the images there too; this action
 * stores nothing in {@code build.xml} but its presence. It renders the summary on the build page and the
 * snapshots page, and serves the images to users who may read the job, by a name the manifest lists.
 */
public class SnapshotsAction implements RunAction2 {

    /** The action's URL below the build, and the folder below the build's artifacts. */
    static final String URL_NAME = "datadog-snapshots";

    private static final Logger LOGGER = Logger.getLogger(SnapshotsAction.class.getName());
    /** The form of every image name the client writes; anything else is refused before the manifest is read. */
    private static final Pattern IMAGE_FILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,120}\\.png");

    private transient Run<?, ?> owner;
    /** The stored manifest, read once; replaced whenever a capture of this build adds graphs. */
    private transient volatile Manifest manifest;

    @Override
    public void onAttached(Run<?, ?> r) {
        this.owner = r;
    }

    @Override
    public void onLoad(Run<?, ?> r) {
        this.owner = r;
    }

    public Run<?, ?> getOwner() {
        return owner;
    }

    @Override
    public String getIconFileName() {
        return "symbol-analytics";
    }

    @Override
    public String getDisplayName() {
        return Messages.SnapshotsAction_displayName();
    }

    @Override
    public String getUrlName() {
        return URL_NAME;
    }

    /** What the views show: this build's graphs beside the previous successful build's. */
    public SnapshotsView getView() {
        Optional<Manifest> current = manifest();
        if (current.isEmpty()) {
            return SnapshotsView.empty();
        }
        Run<?, ?> previous = owner.getPreviousSuccessfulBuild();
        SnapshotsAction previousAction = previous == null ? null : previous.getAction(SnapshotsAction.class);
        Manifest previousManifest = previousAction == null ? null : previousAction.manifest().orElse(null);
        return new SnapshotsView(current.get(), imageBase(owner), previousManifest,
                previous == null ? null : imageBase(previous), previous == null ? null : previous.getDisplayName());
    }

    /**
     * Serves {@code image/<name>.png}: only to users who may read the job, only names of images the manifest
     * lists as captured, and always as a PNG.
     */
    public void doImage(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException, ServletException {
        owner.checkPermission(Item.READ);
        String file = req.getRestOfPath().replaceFirst("^/", "");
        if (!isCapturedImage(file)) {
            rsp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        VirtualFile image = BuildStorage.folder(owner).child(file);
        if (!image.exists()) {
            rsp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        rsp.setHeader("X-Content-Type-Options", "nosniff");
        try (InputStream in = image.open()) {
            rsp.serveFile(req, in, image.lastModified(), image.length(), "mime-type:image/png");
        }
    }

    boolean isCapturedImage(String file) {
        if (!IMAGE_FILE.matcher(file).matches()) {
            return false;
        }
        return manifest().map(m -> m.graphs().stream()
                        .anyMatch(e -> e.isCaptured() && file.equals(e.image().file())))
                .orElse(false);
    }

    /** The manifest, read from the build's artifacts on first use; empty when it is missing or unreadable. */
    Optional<Manifest> manifest() {
        Manifest known = manifest;
        if (known == null && owner != null) {
            known = read(owner);
            manifest = known;
        }
        return Optional.ofNullable(known);
    }

    /** Called after a capture stored a new manifest for this build. */
    void updated(Manifest stored) {
        this.manifest = stored;
    }

    /** The URL of a build's images, relative to Jenkins' root. */
    static String imageBase(Run<?, ?> run) {
        return run.getUrl() + URL_NAME + "/image/";
    }

    @CheckForNull
    private static Manifest read(Run<?, ?> run) {
        try {
            VirtualFile file = BuildStorage.folder(run).child(Manifests.FILE_NAME);
            if (!file.exists()) {
                return null;
            }
            try (InputStream in = file.open()) {
                return Manifests.read(in, run + " " + Manifests.FILE_NAME);
            }
        } catch (IOException e) {
            LOGGER.log(Level.WARNING, "Could not read the Datadog snapshot manifest of " + run, e);
            return null;
        }
    }

}

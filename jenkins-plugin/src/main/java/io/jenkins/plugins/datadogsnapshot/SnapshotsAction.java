package io.jenkins.plugins.datadogsnapshot;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.Functions;
import hudson.model.Item;
import hudson.model.Run;
import io.github.datadogsnapshot.client.manifest.Manifest;
import io.github.datadogsnapshot.client.manifest.Manifests;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import jenkins.model.RunAction2;
import org.kohsuke.stapler.StaplerRequest2;
import org.kohsuke.stapler.StaplerResponse2;

/**
 * The Datadog snapshots of one build. The images and the manifest live in the build's own directory (see
 * {@link BuildStorage}), not among its artifacts; this action stores nothing in {@code build.xml} but its presence.
 * It renders the summary on the build page and the snapshots page, and serves the images, by a name the manifest
 * lists, to users who may read the job and, where Jenkins' optional Artifacts permission is enabled, have it.
 */
public class SnapshotsAction implements RunAction2 {

    /** The action's URL below the build, and the folder in the build's directory. */
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

    /**
     * What the views show: this build's graphs and numbers, each picture beside the baseline build's its numbers were
     * compared with (or the previous successful build's), or why there are none.
     */
    public SnapshotsView getView() {
        Manifest current;
        try {
            current = load();
        } catch (IOException e) {
            LOGGER.log(Level.WARNING, "Could not read the Datadog snapshot manifest of " + owner, e);
            return SnapshotsView.unavailable("the stored snapshots of this build cannot be read: " + e.getMessage());
        }
        if (current == null) {
            return SnapshotsView.unavailable("the stored snapshots of this build are missing (" + Manifests.FILE_NAME
                    + " is no longer in its " + URL_NAME + " folder)");
        }
        Run<?, ?> previous = owner.getPreviousSuccessfulBuild();
        SnapshotsAction previousAction = previous == null ? null : previous.getAction(SnapshotsAction.class);
        Manifest previousManifest =
                previousAction == null ? null : previousAction.manifest().orElse(null);
        return new SnapshotsView(
                build(owner, current),
                previousManifest == null ? null : build(previous, previousManifest),
                baselines(current));
    }

    /** The baseline builds this build's graphs were compared with, by label, where they are still stored. */
    private Map<String, SnapshotsView.Build> baselines(Manifest current) {
        Map<String, SnapshotsView.Build> found = new HashMap<>();
        current.graphs().stream()
                .map(e -> e.baseline())
                .filter(Objects::nonNull)
                .distinct()
                .forEach(label -> {
                    OptionalInt number = BaselineChoice.buildNumberOf(label);
                    Run<?, ?> baseline =
                            number.isPresent() ? owner.getParent().getBuildByNumber(number.getAsInt()) : null;
                    SnapshotsAction action = baseline == null ? null : baseline.getAction(SnapshotsAction.class);
                    Manifest manifest =
                            action == null ? null : action.manifest().orElse(null);
                    if (manifest != null) {
                        found.put(label, build(baseline, manifest));
                    }
                });
        return found;
    }

    private static SnapshotsView.Build build(Run<?, ?> run, Manifest manifest) {
        return new SnapshotsView.Build(
                manifest,
                imageBase(run),
                isStored(run),
                mayViewImages(run),
                run.getDisplayName(),
                run.getUrl() + URL_NAME + "/");
    }

    /**
     * Serves {@code image/<name>.png}: only to users who may read the job (and have the Artifacts permission where
     * it is enabled), only names of images the manifest lists as captured, and always as a PNG.
     */
    public void doImage(StaplerRequest2 req, StaplerResponse2 rsp) throws IOException, ServletException {
        checkImagePermission(owner);
        String file = req.getRestOfPath().replaceFirst("^/", "");
        if (!isCapturedImage(file)) {
            rsp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        Path image = BuildStorage.folder(owner).resolve(file);
        if (!Files.isRegularFile(image)) {
            rsp.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        rsp.setHeader("X-Content-Type-Options", "nosniff");
        try (InputStream in = Files.newInputStream(image)) {
            rsp.serveFile(
                    req, in, Files.getLastModifiedTime(image).toMillis(), Files.size(image), "mime-type:image/png");
        }
    }

    /**
     * The permissions an image needs, as {@code Run.doArtifact} asks them for artifacts: reading the job, and the
     * Artifacts permission when {@link Functions#isArtifactsPermissionEnabled()}.
     */
    static void checkImagePermission(Run<?, ?> run) {
        run.checkPermission(Item.READ);
        if (Functions.isArtifactsPermissionEnabled()) {
            run.checkPermission(Run.ARTIFACTS);
        }
    }

    /** Whether the current user may see the build's images; the pages hide them otherwise. */
    static boolean mayViewImages(Run<?, ?> run) {
        return !Functions.isArtifactsPermissionEnabled() || run.hasPermission(Run.ARTIFACTS);
    }

    boolean isCapturedImage(String file) {
        if (!isImageFileName(file)) {
            return false;
        }
        return manifest()
                .map(m -> m.graphs().stream()
                        .anyMatch(e -> e.isCaptured() && file.equals(e.image().file())))
                .orElse(false);
    }

    /** Whether {@code file} has the form of an image name the client writes: no path, no hidden file. */
    static boolean isImageFileName(String file) {
        return IMAGE_FILE.matcher(file).matches();
    }

    /** The manifest, read from the build's directory on first use; empty when it is missing or unreadable. */
    Optional<Manifest> manifest() {
        try {
            return Optional.ofNullable(load());
        } catch (IOException e) {
            LOGGER.log(Level.WARNING, "Could not read the Datadog snapshot manifest of " + owner, e);
            return Optional.empty();
        }
    }

    /** The manifest, read once; null while it is missing (it is looked for again next time). */
    @CheckForNull
    private Manifest load() throws IOException {
        Manifest known = manifest;
        if (known == null && owner != null) {
            known = read(owner);
            manifest = known;
        }
        return known;
    }

    /** Called after a capture stored a new manifest for this build. */
    void updated(Manifest stored) {
        this.manifest = stored;
    }

    /** The URL of a build's images, relative to Jenkins' root. */
    static String imageBase(Run<?, ?> run) {
        return run.getUrl() + URL_NAME + "/image/";
    }

    private static Predicate<String> isStored(Run<?, ?> run) {
        Path folder = BuildStorage.folder(run);
        return file -> isImageFileName(file) && Files.isRegularFile(folder.resolve(file));
    }

    @CheckForNull
    private static Manifest read(Run<?, ?> run) throws IOException {
        Path file = BuildStorage.folder(run).resolve(Manifests.FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try (InputStream in = Files.newInputStream(file)) {
            // Named without its path: the message may be shown on the page, and the path of Jenkins' home is no
            // reader's business.
            return Manifests.read(in, Manifests.FILE_NAME + " of " + run.getFullDisplayName());
        }
    }
}

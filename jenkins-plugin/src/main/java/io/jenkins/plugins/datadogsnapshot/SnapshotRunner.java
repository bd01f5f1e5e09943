package io.jenkins.plugins.datadogsnapshot;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.domains.URIRequirementBuilder;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.github.datadogsnapshot.client.ApiEndpoint;
import io.github.datadogsnapshot.client.ClientSettings;
import io.github.datadogsnapshot.client.Credentials;
import io.github.datadogsnapshot.client.GraphSpec;
import io.github.datadogsnapshot.client.ManifestEntry;
import io.github.datadogsnapshot.client.ProgressLog;
import io.github.datadogsnapshot.client.SnapshotCapture;
import io.github.datadogsnapshot.client.TimeWindow;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/**
 * The one code path of the Pipeline step, the block step and the freestyle post-build action: applies the global
 * defaults to a {@link CaptureRequest}, resolves the keys through the credentials plugin in the build's
 * context, captures with a shared client, stores the images with the build and logs progress per graph.
 *
 * <p>Mistakes in the request itself (a graph without a query, a window that ends before it starts) always fail
 * the build step. A missing credential or an unusable endpoint is treated like a graph that could not be
 * captured: it is recorded for every graph and shown on the build page, and fails the step only with
 * {@code failOnError}.
 */
final class SnapshotRunner {

    private static final String PREFIX = "[datadog-snapshot] ";
    /** Windows shorter than this get a warning in the log. */
    static final Duration SHORT_WINDOW = Duration.ofMinutes(1);

    private final CaptureDefaults defaults;
    private final SnapshotClients clients;
    private final ProxySettings proxy;

    /** @param proxy Jenkins' HTTP proxy, or null */
    SnapshotRunner(CaptureDefaults defaults, SnapshotClients clients, @CheckForNull ProxySettings proxy) {
        this.defaults = defaults;
        this.clients = clients;
        this.proxy = proxy;
    }

    /** A runner with the global configuration, Jenkins' proxy and the shared clients. */
    static SnapshotRunner create() {
        return new SnapshotRunner(DatadogSnapshotConfiguration.get().defaults(), SnapshotClients.shared(),
                DatadogSnapshotConfiguration.jenkinsProxy());
    }

    /**
     * Checks the request before anything runs (see {@link CaptureRequest#validate}); a block step calls this before
     * its body.
     *
     * @throws AbortException naming the field that is wrong
     */
    static void validate(CaptureRequest request, CaptureDefaults defaults) throws AbortException {
        try {
            request.validate(defaults);
        } catch (IllegalArgumentException e) {
            throw new AbortException(PREFIX + e.getMessage());
        }
    }

    /**
     * Captures the request's graphs for the window from {@code windowStart} to {@code windowEnd} (unless the
     * request names its own) and stores them with {@code run}.
     *
     * @throws AbortException when the request is wrong, or when graphs failed and the request says {@code failOnError}
     */
    CaptureOutcome run(Run<?, ?> run, TaskListener listener, Map<String, String> environment, CaptureRequest request,
                       Instant windowStart, Instant windowEnd) throws IOException, InterruptedException {
        PrintStream log = listener.getLogger();
        List<GraphSpec> specs;
        TimeWindow window;
        try {
            specs = SnapshotCapture.uniqueNames(request.graphSpecs(defaults));
            window = request.window(windowStart, windowEnd, defaults);
        } catch (IllegalArgumentException e) {
            throw new AbortException(PREFIX + e.getMessage());
        }
        shortWindowWarning(window).ifPresent(warning -> log.println(PREFIX + "WARNING: " + warning));
        KeyNames names = new KeyNames(request.apiKeyCredentialsId(defaults), request.appKeyCredentialsId(defaults));
        Path work = BuildStorage.newWorkFolder(run);
        try {
            ClientSettings settings;
            try {
                ApiEndpoint endpoint = request.endpoint(defaults, environment);
                settings = ProxySettings.apply(proxy, endpoint, ClientSettings.builder(endpoint, keys(run, endpoint, request))
                        .timeout(defaults.timeout())).build();
            } catch (IllegalArgumentException e) {
                log.println(PREFIX + "WARNING: no graph captured: " + e.getMessage());
                List<ManifestEntry> entries = CaptureOutcome.notAttempted(specs, window, e.getMessage());
                BuildStorage.store(run, work, entries, "not contacted");
                return checked(new CaptureOutcome(entries, SnapshotsAction.imageBase(run)), request, log);
            }
            log.println(PREFIX + "Capturing " + specs.size() + (specs.size() == 1 ? " graph" : " graphs") + " from "
                    + settings.endpoint());
            List<ManifestEntry> entries;
            try (SnapshotClients.Lease lease = clients.lease(settings)) {
                entries = new SnapshotCapture(lease.client()).capture(specs, window, work, new ProgressLog(
                        line -> log.println(PREFIX + names.inJenkinsTerms(line)),
                        line -> log.println(PREFIX + "WARNING: " + names.inJenkinsTerms(line)))).entries();
            } catch (IllegalArgumentException e) {
                throw new AbortException(PREFIX + e.getMessage());
            }
            entries = names.inJenkinsTerms(entries);
            BuildStorage.store(run, work, entries, settings.endpoint().toString());
            return checked(new CaptureOutcome(entries, SnapshotsAction.imageBase(run)), request, log);
        } finally {
            deleteRecursively(work);
        }
    }

    /**
     * A warning when the window is shorter than {@link #SHORT_WINDOW}: Datadog draws such a graph from a handful of
     * points at best (a {@code datadogSnapshot} at the very start of a build gets a window of milliseconds).
     */
    static Optional<String> shortWindowWarning(TimeWindow window) {
        Duration length = window.length();
        if (length.compareTo(SHORT_WINDOW) >= 0) {
            return Optional.empty();
        }
        return Optional.of("the window is only " + GraphView.length(length) + " long (" + window.start() + " to "
                + window.end() + "); graphs of less than a minute show few or no points. Capture after the stage the "
                + "graphs should show, wrap that stage in datadogSnapshotWindow, or give start or padding.");
    }

    private static CaptureOutcome checked(CaptureOutcome outcome, CaptureRequest request, PrintStream log)
            throws AbortException {
        log.println(PREFIX + outcome.summary());
        if (request.failOnError() && outcome.hasFailures()) {
            throw new AbortException(PREFIX + outcome.summary() + " (failOnError is set): " + outcome.firstError());
        }
        return outcome;
    }

    /** The two keys from Secret text credentials available to the build, named by ID. */
    private Credentials keys(Run<?, ?> run, ApiEndpoint endpoint, CaptureRequest request) {
        String api = secret(run, endpoint, "apiKeyCredentialsId", request.apiKeyCredentialsId(defaults));
        String app = secret(run, endpoint, "appKeyCredentialsId", request.appKeyCredentialsId(defaults));
        return Credentials.of(api, app);
    }

    private static String secret(Run<?, ?> run, ApiEndpoint endpoint, String field, String id) {
        if (id == null) {
            throw new IllegalArgumentException(field + ": no credentials configured; choose Secret text credentials in "
                    + "Manage Jenkins » System » Datadog graph snapshots, or give " + field + " on the step");
        }
        StringCredentials found = CredentialsProvider.findCredentialById(id, StringCredentials.class, run,
                URIRequirementBuilder.fromUri(endpoint.baseUri().toString()).build());
        if (found == null) {
            throw new IllegalArgumentException(field + ": no Secret text credentials with ID '" + id
                    + "' are available to this build (SYSTEM-scoped credentials never are; builds see the credentials "
                    + "of the authentication they run as)");
        }
        CredentialsProvider.track(run, found);
        return found.getSecret().getPlainText();
    }

    private static void deleteRecursively(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}

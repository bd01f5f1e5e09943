package io.jenkins.plugins.datadogsnapshot;

import com.cloudbees.plugins.credentials.CredentialsProvider;
import com.cloudbees.plugins.credentials.domains.URIRequirementBuilder;
import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.AbortException;
import hudson.EnvVars;
import hudson.model.Result;
import hudson.model.Run;
import hudson.model.TaskListener;
import io.github.datadogsnapshot.client.ProgressLog;
import io.github.datadogsnapshot.client.SnapshotCapture;
import io.github.datadogsnapshot.client.config.ApiEndpoint;
import io.github.datadogsnapshot.client.config.CaptureOptions;
import io.github.datadogsnapshot.client.config.ClientSettings;
import io.github.datadogsnapshot.client.config.Credentials;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.graph.TimeWindow;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.client.plan.PlanResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.jenkinsci.plugins.plaincredentials.StringCredentials;

/**
 * The one code path of the Pipeline step, the block step and the freestyle post-build action: applies the global
 * defaults to a {@link CaptureRequest}, resolves the keys through the credentials plugin in the build's
 * context, finds the baseline build, captures with a shared client, stores the images with the build, logs progress
 * per graph, and marks the build (through the caller's {@link ResultMarker}) when a graph crossed its thresholds.
 *
 * <p>Mistakes in the request itself (a graph without a query, a window that ends before it starts) always fail
 * the build step. A missing credential or an unusable endpoint is treated like a graph that could not be
 * captured: it is recorded for every graph and shown on the build page, and fails the step only with
 * {@code failOnError}.
 */
final class SnapshotRunner {

    private final CaptureDefaults defaults;
    private final SnapshotClients clients;
    private final ProxySettings proxy;

    /** @param proxy Jenkins' HTTP proxy, or null */
    SnapshotRunner(CaptureDefaults defaults, SnapshotClients clients, @CheckForNull ProxySettings proxy) {
        this.defaults = defaults;
        this.clients = clients;
        this.proxy = proxy;
    }

    /** A runner with the given global defaults, Jenkins' proxy and the shared clients. */
    static SnapshotRunner create(CaptureDefaults defaults) {
        return new SnapshotRunner(defaults, SnapshotClients.shared(), JenkinsInstance.proxy());
    }

    /**
     * How a capture marks its build when a graph crossed its thresholds. The freestyle action sets the build's
     * result; the Pipeline steps also mark their own node ({@link PipelineResults}).
     */
    @FunctionalInterface
    interface ResultMarker {
        /** Makes the build (at least) {@code result}, saying why. */
        void mark(Result result, String message);
    }

    /**
     * Checks the request before anything runs with the client's plan check, its {@code baseline} included (expanded
     * with the build's variables, and earlier than this build); a block step calls this before its body, when the
     * window's bounds are not known yet.
     *
     * @throws AbortException naming the field that is wrong
     */
    static void validate(CaptureRequest request, CaptureDefaults defaults, EnvVars environment, int buildNumber)
            throws AbortException {
        try {
            RequestCheck.checked(request, defaults, null, null, Instant.now());
            request.baseline(environment::expand, buildNumber);
        } catch (IllegalArgumentException e) {
            throw new AbortException(LogLines.line(e.getMessage()));
        }
    }

    /**
     * Captures the request's graphs for the window from {@code windowStart} to {@code windowEnd} (unless the
     * request names its own), compares their numbers with the baseline, stores them with {@code run}, and marks the
     * build through {@code marker} when a graph crossed its thresholds. Everything the request says is checked
     * before any request is sent.
     *
     * @throws AbortException when the request is wrong, or when graphs failed and the request says {@code failOnError}
     */
    CaptureOutcome run(
            Run<?, ?> run,
            TaskListener listener,
            EnvVars environment,
            CaptureRequest request,
            Instant windowStart,
            Instant windowEnd,
            ResultMarker marker)
            throws IOException, InterruptedException {
        PrintStream log = listener.getLogger();
        PlanResult plan;
        BaselineChoice baselineChoice;
        try {
            plan = RequestCheck.checked(request, defaults, windowStart, windowEnd, Instant.now());
            baselineChoice = request.baseline(environment::expand, run.getNumber());
        } catch (IllegalArgumentException e) {
            throw new AbortException(LogLines.line(e.getMessage()));
        }
        List<GraphSpec> specs = plan.graphs();
        TimeWindow window = plan.window().orElseThrow();
        CaptureOptions options = request.options(plan.renderer(), LocalCharts::renderer);
        RegressionResult onRegression = request.regressionResult();
        plan.warnings().forEach(warning -> log.println(LogLines.warning(warning.message())));
        if (options.numbers()) {
            Baselines.Found baseline = Baselines.find(run, baselineChoice);
            log.println(LogLines.baseline(baseline.description(), baseline.asked() && baseline.manifest() == null));
            options = baseline.manifest() == null
                    ? options.withoutBaseline(baseline.pageReason())
                    : options.withBaseline(baseline.manifest(), baseline.label());
        }
        Path work = BuildStorage.newWorkFolder(run);
        try {
            ClientSettings settings;
            try {
                ApiEndpoint endpoint = request.endpoint(defaults, environment);
                settings = ProxySettings.apply(
                                proxy,
                                endpoint,
                                ClientSettings.builder(endpoint, keys(run, endpoint, request))
                                        .timeout(defaults.timeout()))
                        .build();
            } catch (IllegalArgumentException e) {
                log.println(LogLines.warning("no graph captured: " + e.getMessage()));
                List<ManifestEntry> entries = CaptureOutcome.notAttempted(specs, window, e.getMessage());
                SnapshotsAction.store(run, work, entries, "not contacted");
                return checked(new CaptureOutcome(entries, SnapshotsAction.imageBase(run)), request, log);
            }
            log.println(LogLines.capturing(specs.size(), settings.endpoint()));
            List<ManifestEntry> entries;
            try (SnapshotClients.Lease lease = clients.lease(settings)) {
                entries = new SnapshotCapture(lease.client(), options)
                        .capture(
                                specs,
                                window,
                                work,
                                new ProgressLog(
                                        line -> log.println(LogLines.line(line)),
                                        line -> log.println(LogLines.warning(line))))
                        .entries();
            } catch (IllegalArgumentException e) {
                throw new AbortException(LogLines.line(e.getMessage()));
            }
            SnapshotsAction.store(run, work, entries, settings.endpoint().toString());
            CaptureOutcome outcome = new CaptureOutcome(entries, SnapshotsAction.imageBase(run));
            markRegressions(outcome, onRegression, marker, log);
            return checked(outcome, request, log);
        } finally {
            BuildStorage.deleteWorkFolder(work);
        }
    }

    /**
     * Logs every threshold crossed (which statistic of which series, both values, the baseline) and marks the
     * build. Missing data never gets here: the comparison calls it by its name, not a regression.
     */
    private static void markRegressions(
            CaptureOutcome outcome, RegressionResult onRegression, ResultMarker marker, PrintStream log) {
        List<String> crossed = outcome.regressions();
        if (crossed.isEmpty()) {
            return;
        }
        crossed.forEach(line -> log.println(LogLines.regression(line)));
        String message = outcome.regressionSummary();
        log.println(LogLines.marking(message, onRegression));
        marker.mark(onRegression.result(), message);
    }

    private static CaptureOutcome checked(CaptureOutcome outcome, CaptureRequest request, PrintStream log)
            throws AbortException {
        log.println(LogLines.line(outcome.summary()));
        if (request.failOnError() && outcome.hasFailures()) {
            throw new AbortException(
                    LogLines.line(outcome.summary() + " (failOnError is set): " + outcome.firstError()));
        }
        return outcome;
    }

    /** The two keys from Secret text credentials available to the build, named by ID. */
    private Credentials keys(Run<?, ?> run, ApiEndpoint endpoint, CaptureRequest request) {
        String api = secret(run, endpoint, "apiKeyCredentialsId", request.apiKeyCredentialsId(defaults));
        String app = secret(run, endpoint, "appKeyCredentialsId", request.appKeyCredentialsId(defaults));
        return Credentials.of(api, app)
                .from(KeyNames.of(request.apiKeyCredentialsId(defaults), request.appKeyCredentialsId(defaults)));
    }

    private static String secret(Run<?, ?> run, ApiEndpoint endpoint, String field, String id) {
        if (id == null) {
            throw new IllegalArgumentException(field + ": no credentials configured; choose Secret text credentials in "
                    + "Manage Jenkins » System » Datadog graph snapshots, or give " + field + " on the step");
        }
        StringCredentials found = CredentialsProvider.findCredentialById(
                id,
                StringCredentials.class,
                run,
                URIRequirementBuilder.fromUri(endpoint.baseUri().toString()).build());
        if (found == null) {
            throw new IllegalArgumentException(field + ": no Secret text credentials with ID '" + id
                    + "' are available to this build (SYSTEM-scoped credentials never are; builds see the credentials "
                    + "of the authentication they run as)");
        }
        CredentialsProvider.track(run, found);
        return found.getSecret().getPlainText();
    }
}

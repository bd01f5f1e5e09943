package io.jenkins.plugins.datadogsnapshot;

import com.cloudbees.plugins.credentials.CredentialsScope;
import com.cloudbees.plugins.credentials.SystemCredentialsProvider;
import hudson.model.Run;
import hudson.util.Secret;
import io.github.datadogsnapshot.client.manifest.Manifest;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.client.manifest.Manifests;
import io.github.datadogsnapshot.client.regression.SeriesStats;
import io.github.datadogsnapshot.emulator.DatadogEmulator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.htmlunit.Page;
import org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl;
import org.jvnet.hudson.test.JenkinsRule;

/**
 * What the JenkinsRule tests share: credentials and a global configuration pointing at the emulator. Compiled and
 * used only by the -Pjenkins build (the offline build skips *ITest* files).
 */
final class SnapshotITestSupport {

    static final String API_KEY_ID = "dd-api";
    static final String APP_KEY_ID = "dd-app";
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private SnapshotITestSupport() {}

    /** Secret text credentials with the emulator's keys, and the global configuration pointing at it. */
    static DatadogSnapshotConfiguration useEmulator(DatadogEmulator emulator) throws IOException {
        addSecretText(API_KEY_ID, emulator.apiKey());
        addSecretText(APP_KEY_ID, emulator.applicationKey());
        DatadogSnapshotConfiguration config = DatadogSnapshotConfiguration.get();
        config.setApiUrl(emulator.baseUrl().toString());
        config.setApiKeyCredentialsId(API_KEY_ID);
        config.setAppKeyCredentialsId(APP_KEY_ID);
        config.setTimeoutSeconds(60);
        return config;
    }

    static void addSecretText(String id, String secret) throws IOException {
        addSecretText(id, secret, CredentialsScope.GLOBAL);
    }

    static void addSecretText(String id, String secret, CredentialsScope scope) throws IOException {
        SystemCredentialsProvider store = SystemCredentialsProvider.getInstance();
        store.getCredentials()
                .removeIf(c -> c instanceof StringCredentialsImpl s && s.getId().equals(id));
        store.getCredentials().add(new StringCredentialsImpl(scope, id, "Datadog " + id, Secret.fromString(secret)));
        store.save();
    }

    /** A file of the build's snapshots in its directory. */
    static Path stored(Run<?, ?> run, String file) {
        return BuildStorage.folder(run).resolve(file);
    }

    /** A web client logged in as {@code user} (a dummy security realm accepts any name) that returns error pages. */
    static JenkinsRule.WebClient login(JenkinsRule j, String user) throws Exception {
        JenkinsRule.WebClient wc = j.createWebClient().withThrowExceptionOnFailingStatusCode(false);
        wc.login(user);
        return wc;
    }

    /** The HTTP status of a GET of {@code path} (relative to Jenkins' root), by a client that returns error pages. */
    static int status(JenkinsRule.WebClient wc, String path) throws Exception {
        return wc.goTo(path, null).getWebResponse().getStatusCode();
    }

    /** The build's stored manifest, read back through its action. */
    static Manifest manifestOf(Run<?, ?> run) {
        SnapshotsAction action = run.getAction(SnapshotsAction.class);
        if (action == null) {
            throw new AssertionError(run + " has no Datadog snapshots");
        }
        return action.manifest().orElseThrow(() -> new AssertionError(run + " has no readable manifest"));
    }

    static ManifestEntry entry(Run<?, ?> run, String name) {
        return manifestOf(run).entry(name).orElseThrow(() -> new AssertionError(run + " has no graph " + name));
    }

    /**
     * Rewrites the stored numbers of {@code run} as if every value had been {@code factor} times what was measured
     * (each series then has all its statistics at {@code factor} times its p95), so that a later build compared with
     * it changes by a known amount. The emulator's series are deterministic per query and window, but builds have
     * windows of different lengths.
     */
    static void scaleNumbers(Run<?, ?> run, double factor) throws IOException {
        Manifest before = manifestOf(run);
        List<ManifestEntry> scaled = before.graphs().stream()
                .map(e -> e.series() == null
                        ? e
                        : e.withNumbers(
                                e.queries(),
                                e.series().stream()
                                        .map(s -> s.hasNumbers()
                                                ? SeriesStats.of(
                                                        s.query(), s.scope(), s.unit(), List.of(s.p95() * factor))
                                                : s)
                                        .toList(),
                                e.numbersError()))
                .toList();
        Manifest after = Manifest.of(Instant.now(), before.endpoint(), scaled);
        Manifests.write(after, BuildStorage.folder(run));
        run.getAction(SnapshotsAction.class).updated(after);
    }

    /** Fetches an image of the build as the web client's user and checks it is a PNG served as one. */
    static byte[] fetchPng(JenkinsRule.WebClient wc, Run<?, ?> run, String file) throws Exception {
        return fetchPng(wc, run.getUrl() + SnapshotsAction.URL_NAME + "/image/" + file);
    }

    /** Fetches {@code path} (relative to Jenkins' root) as the web client's user and checks it is a PNG served as one. */
    static byte[] fetchPng(JenkinsRule.WebClient wc, String path) throws Exception {
        Page page = wc.goTo(path, "image/png");
        try (InputStream in = page.getWebResponse().getContentAsStream()) {
            byte[] bytes = in.readAllBytes();
            if (bytes.length < 8 || !Arrays.equals(Arrays.copyOf(bytes, 8), PNG_SIGNATURE)) {
                throw new AssertionError(path + " is not a PNG");
            }
            return bytes;
        }
    }
}

package io.jenkins.plugins.datadogsnapshot;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.github.datadogsnapshot.client.config.Credentials;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import java.util.List;

/**
 * Names the keys the way Jenkins knows them. The shared client's advice (for example after a 403) names the
 * environment variables of the command line, {@code DD_API_KEY} and {@code DD_APP_KEY}, which mean nothing in
 * Jenkins, where the keys are Secret text credentials chosen by ID; this puts the IDs in their place. IDs are not
 * secrets, so they may appear in logs and on pages.
 */
final class KeyNames {

    private static final String API = Credentials.API_KEY_VARIABLE;
    private static final String APP = Credentials.APPLICATION_KEY_VARIABLE;
    /** How the client names both ways to give the keys; in Jenkins there is only one. */
    private static final String BOTH_WAYS = API + " and " + APP + ", or the configured credentials";

    private final String pair;
    private final String apiKey;
    private final String appKey;

    /**
     * @param apiKeyCredentialsId the ID of the API key's credentials, or null when none is configured
     * @param appKeyCredentialsId the ID of the application key's credentials, or null
     */
    KeyNames(@CheckForNull String apiKeyCredentialsId, @CheckForNull String appKeyCredentialsId) {
        String api = quoted(apiKeyCredentialsId);
        String app = quoted(appKeyCredentialsId);
        this.pair = "the Secret text credentials " + api + " and " + app;
        this.apiKey = "the API key's Secret text credentials " + api;
        this.appKey = "the application key's Secret text credentials " + app;
    }

    private static String quoted(@CheckForNull String id) {
        return id == null ? "(none configured)" : "'" + id + "'";
    }

    /** {@code message} with the environment variables replaced by the credentials; null stays null. */
    @CheckForNull
    String inJenkinsTerms(@CheckForNull String message) {
        if (message == null || !message.contains(API) && !message.contains(APP)) {
            return message;
        }
        return message.replace(BOTH_WAYS, pair)
                .replace(API + " and " + APP, pair)
                .replace(API, apiKey)
                .replace(APP, appKey);
    }

    /** The entries with their errors in Jenkins' terms. */
    List<ManifestEntry> inJenkinsTerms(List<ManifestEntry> entries) {
        return entries.stream().map(this::inJenkinsTerms).toList();
    }

    private ManifestEntry inJenkinsTerms(ManifestEntry e) {
        String error = inJenkinsTerms(e.error());
        if (error == null || error.equals(e.error())) {
            return e;
        }
        return e.withError(error);
    }
}

package io.jenkins.plugins.datadogsnapshot;

import hudson.util.FormValidation;
import io.github.datadogsnapshot.client.config.ApiEndpoint;
import io.github.datadogsnapshot.client.config.Credentials;
import io.github.datadogsnapshot.client.config.DatadogSite;
import java.time.Duration;
import java.util.Map;

/**
 * The global page's "Test connection" button: resolves the endpoint and the two keys as the page gives them and
 * answers with {@link ConnectionCheck}'s verdict in Jenkins' terms (credential IDs, not environment variables).
 */
final class ConnectionForm {

    private ConnectionForm() {}

    /** The answer to the button; the caller has checked that the user may administer Jenkins. */
    static FormValidation test(String site, String apiUrl, String apiKeyCredentialsId, String appKeyCredentialsId) {
        ApiEndpoint endpoint;
        try {
            endpoint = ApiEndpoint.resolve(Text.firstGiven(site, DatadogSite.US1.siteName()), apiUrl, Map.of());
        } catch (IllegalArgumentException e) {
            return FormValidation.error(e.getMessage());
        }
        String uri = endpoint.baseUri().toString();
        String apiKey = FormSupport.globalSecret(apiKeyCredentialsId, uri);
        String appKey = FormSupport.globalSecret(appKeyCredentialsId, uri);
        if (apiKey == null) {
            return FormValidation.error(
                    Messages.DatadogSnapshotConfiguration_noCredentials("API key", describe(apiKeyCredentialsId)));
        }
        if (appKey == null) {
            return FormValidation.error(Messages.DatadogSnapshotConfiguration_noCredentials(
                    "application key", describe(appKeyCredentialsId)));
        }
        Credentials keys;
        try {
            keys = Credentials.of(apiKey, appKey)
                    .from(KeyNames.of(Text.trimToNull(apiKeyCredentialsId), Text.trimToNull(appKeyCredentialsId)));
        } catch (IllegalArgumentException e) {
            return FormValidation.error(e.getMessage());
        }
        ConnectionCheck.Result result =
                new ConnectionCheck(endpoint, Duration.ofSeconds(15), JenkinsInstance.proxy()).check(keys);
        String message = result.message();
        return switch (result.outcome()) {
            case OK -> FormValidation.ok(message);
            case WARNING -> FormValidation.warning(message);
            case ERROR -> FormValidation.error(message);
        };
    }

    private static String describe(String credentialsId) {
        String id = Text.trimToNull(credentialsId);
        return id == null ? "(none selected)" : "'" + id + "'";
    }
}

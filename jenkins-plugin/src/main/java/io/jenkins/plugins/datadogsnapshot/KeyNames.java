package io.jenkins.plugins.datadogsnapshot;

import edu.umd.cs.findbugs.annotations.CheckForNull;

/**
 * How a Jenkins user knows the keys: by the IDs of their Secret text credentials, not by the environment variables
 * {@code DD_API_KEY} and {@code DD_APP_KEY} the command line uses. Given to the client as the keys' source
 * ({@code Credentials.from}), so that its advice on a 401 or 403 names the credentials.
 */
final class KeyNames {

    private KeyNames() {}

    /** e.g. {@code the Secret text credentials 'dd-api' and 'dd-app'}; an ID not configured reads "(none configured)". */
    static String of(@CheckForNull String apiKeyCredentialsId, @CheckForNull String appKeyCredentialsId) {
        return "the Secret text credentials " + quoted(apiKeyCredentialsId) + " and " + quoted(appKeyCredentialsId);
    }

    private static String quoted(@CheckForNull String id) {
        return id == null ? "(none configured)" : "'" + id + "'";
    }
}

package io.github.datadogsnapshot.maven;

import io.github.datadogsnapshot.client.config.Credentials;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.SettingsProblem;
import org.apache.maven.settings.crypto.DefaultSettingsDecryptionRequest;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.apache.maven.settings.crypto.SettingsDecryptionResult;

/**
 * Finds the Datadog keys: a {@code settings.xml} server (password = API key, passphrase = application key,
 * either may be encrypted) when a server id is given, else {@code DD_API_KEY} and {@code DD_APP_KEY}. No message
 * of this class contains a key.
 */
final class KeySource {

    private static final String HOW = "set DD_API_KEY and DD_APP_KEY in the environment, or name a settings.xml"
            + " <server> with datadog.serverId whose <password> is the API key and whose <passphrase> is the"
            + " application key (both may be encrypted with mvn --encrypt-password)";

    private KeySource() {
    }

    static Credentials resolve(String serverId, Settings settings, SettingsDecrypter decrypter,
                               Map<String, String> environment) throws MojoFailureException {
        if (serverId != null && !serverId.isBlank()) {
            return fromServer(serverId.trim(), settings, decrypter);
        }
        try {
            return Credentials.fromEnvironment(environment);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("No Datadog keys: " + e.getMessage() + "; " + HOW);
        }
    }

    private static Credentials fromServer(String serverId, Settings settings, SettingsDecrypter decrypter)
            throws MojoFailureException {
        Server server = settings == null ? null : settings.getServer(serverId);
        if (server == null) {
            throw new MojoFailureException("datadog.serverId: settings.xml has no <server> with the id '" + serverId
                    + "'; add one whose <password> is the Datadog API key and whose <passphrase> is the application"
                    + " key, or remove datadog.serverId and set DD_API_KEY and DD_APP_KEY");
        }
        SettingsDecryptionResult result = decrypter.decrypt(new DefaultSettingsDecryptionRequest(server));
        if (!result.getProblems().isEmpty()) {
            String problems = result.getProblems().stream().map(SettingsProblem::getMessage)
                    .collect(Collectors.joining("; "));
            throw new MojoFailureException("Could not decrypt the keys of the settings.xml server '" + serverId + "': "
                    + problems + "; check settings-security.xml (mvn --encrypt-master-password)");
        }
        Server decrypted = result.getServer();
        boolean noApi = isBlank(decrypted.getPassword());
        boolean noApp = isBlank(decrypted.getPassphrase());
        if (noApi || noApp) {
            String missing = noApi && noApp ? "<password> (the API key) and <passphrase> (the application key)"
                    : noApi ? "<password> (the API key)" : "<passphrase> (the application key)";
            throw new MojoFailureException("The settings.xml server '" + serverId + "' has no " + missing + "; " + HOW);
        }
        try {
            return Credentials.of(decrypted.getPassword(), decrypted.getPassphrase());
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("The settings.xml server '" + serverId + "' (datadog.serverId): "
                    + e.getMessage());
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }
}

package io.jenkins.plugins.datadogsnapshot;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import io.github.datadogsnapshot.client.config.ApiEndpoint;
import io.github.datadogsnapshot.client.config.ClientSettings;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Jenkins' HTTP proxy (Manage Jenkins » Plugins » Advanced settings) as plain values, so that captures and the
 * connection test go through it like the rest of Jenkins, and its logic is testable without Jenkins. The
 * password never appears in {@link #toString()}.
 */
final class ProxySettings {

    private final String host;
    private final int port;
    private final String user;
    private final char[] password;
    private final List<Pattern> noProxyHosts;

    ProxySettings(
            String host,
            int port,
            @CheckForNull String user,
            @CheckForNull char[] password,
            List<Pattern> noProxyHosts) {
        this.host = Objects.requireNonNull(host, "host");
        this.port = port;
        this.user = Text.trimToNull(user);
        this.password = password == null ? null : password.clone();
        this.noProxyHosts = List.copyOf(noProxyHosts);
    }

    /** Whether requests to the endpoint's host go through this proxy (not excluded by "No Proxy Host"). */
    boolean appliesTo(ApiEndpoint endpoint) {
        String target = endpoint.baseUri().getHost().toLowerCase(Locale.ROOT);
        return noProxyHosts.stream().noneMatch(p -> p.matcher(target).matches());
    }

    /** Sends the client's requests through this proxy when it applies to the endpoint. */
    static ClientSettings.Builder apply(
            @CheckForNull ProxySettings proxy, ApiEndpoint endpoint, ClientSettings.Builder settings) {
        if (proxy == null || !proxy.appliesTo(endpoint)) {
            return settings;
        }
        return settings.proxy("http://" + proxy.host + ":" + (proxy.port > 0 ? proxy.port : 80))
                .proxyCredentials(proxy.user, proxy.password);
    }

    @Override
    public String toString() {
        return "ProxySettings[" + host + ":" + port + (user == null ? "" : ", user " + user) + "]";
    }
}

package io.github.datadogsnapshot.client.config;

import java.net.URI;

/**
 * The http proxy every request goes through, and the user and password of its basic authentication.
 *
 * @param url      {@code http://host:port}, or null for none
 * @param user     the user, or null when the proxy needs none
 * @param password the password, or null; never shown by {@link #toString()}
 */
record ProxyServer(URI url, String user, char[] password) {

    static final ProxyServer NONE = new ProxyServer(null, null, null);

    /** This proxy at {@code proxyUrl}, checked by {@link SettingsChecks#proxyUrl}. */
    ProxyServer at(String proxyUrl) {
        return new ProxyServer(SettingsChecks.proxyUrl(proxyUrl), user, password);
    }

    /** This proxy with basic authentication; a user of null or blank means none. */
    ProxyServer withCredentials(String newUser, char[] newPassword) {
        String trimmed = newUser == null || newUser.isBlank() ? null : newUser.trim();
        return new ProxyServer(url, trimmed, trimmed == null || newPassword == null ? null : newPassword.clone());
    }

    /** @throws IllegalArgumentException when credentials were given without a proxy */
    void check() {
        if (user != null && url == null) {
            throw new IllegalArgumentException("proxyCredentials: given without a proxy");
        }
    }

    /** A copy whose password no one else holds. */
    ProxyServer copy() {
        return new ProxyServer(url, user, password == null ? null : password.clone());
    }

    @Override
    public String toString() {
        return "ProxyServer[" + url + (user == null ? "" : ", user " + user) + "]";
    }
}

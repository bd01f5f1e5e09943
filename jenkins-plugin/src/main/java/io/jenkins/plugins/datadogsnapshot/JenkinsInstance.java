package io.jenkins.plugins.datadogsnapshot;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.ProxyConfiguration;
import hudson.init.Terminator;
import hudson.util.Secret;
import jenkins.model.Jenkins;

/**
 * What captures take from the running Jenkins itself, outside any form: its HTTP proxy, its root URL, and its
 * shutdown. With the descriptors and {@link FormSupport}, the only place that looks up {@link Jenkins#get()};
 * architecture tests keep it so. Public, as Jenkins invokes its {@code @Terminator} by reflection from its own
 * package ({@code TaskMethodFinder.invoke}, which fails with an {@code IllegalAccessError} otherwise).
 */
public final class JenkinsInstance {

    private JenkinsInstance() {}

    /** Jenkins' HTTP proxy, or null when none is configured. */
    @CheckForNull
    static ProxySettings proxy() {
        ProxyConfiguration proxy = Jenkins.get().proxy;
        if (proxy == null || proxy.name == null || proxy.name.isBlank()) {
            return null;
        }
        Secret password = proxy.getSecretPassword();
        return new ProxySettings(
                proxy.name.trim(),
                proxy.port,
                proxy.getUserName(),
                password == null ? null : password.getPlainText().toCharArray(),
                proxy.getNoProxyHostPatterns());
    }

    /** An absolute URL for a path relative to Jenkins' root, or the path itself when no root URL is set. */
    static String absoluteUrl(String rootRelativePath) {
        String root = Jenkins.get().getRootUrl();
        return root == null ? rootRelativePath : root + rootRelativePath;
    }

    /** Closes the shared snapshot clients (connection pools) when Jenkins shuts down. */
    @Terminator
    public static void closeSharedClients() {
        SnapshotClients.shared().closeAll();
    }
}

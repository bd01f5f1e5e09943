package hudson;

import hudson.util.Secret;
import java.util.List;
import java.util.regex.Pattern;

/** Compile-only stand-in of Jenkins' {@code hudson.ProxyConfiguration}: only the members the plugin reads. */
public final class ProxyConfiguration {

    public final String name;
    public final int port;

    private ProxyConfiguration() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public String getUserName() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public Secret getSecretPassword() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public List<Pattern> getNoProxyHostPatterns() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}

package org.jenkinsci.plugins.plaincredentials;

import com.cloudbees.plugins.credentials.common.StandardCredentials;
import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.util.Secret;

/** Compile-only stand-in of the plain-credentials plugin's {@code StringCredentials}. */
public interface StringCredentials extends StandardCredentials {
    @NonNull
    Secret getSecret();
}

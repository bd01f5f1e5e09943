package com.cloudbees.plugins.credentials;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import hudson.ExtensionPoint;
import hudson.model.Describable;
import java.io.Serializable;

/** Compile-only stand-in of the credentials plugin's {@code Credentials}. */
public interface Credentials extends Describable<Credentials>, Serializable, ExtensionPoint {

    @CheckForNull
    CredentialsScope getScope();
}

package com.cloudbees.plugins.credentials.domains;

import hudson.ExtensionPoint;
import java.io.Serializable;

/** Compile-only stand-in of the credentials plugin's {@code DomainRequirement}. */
public class DomainRequirement implements ExtensionPoint, Serializable {

    private static final long serialVersionUID = 1L;

    private DomainRequirement() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}

package com.cloudbees.plugins.credentials.domains;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.List;

/** Compile-only stand-in of the credentials plugin's {@code URIRequirementBuilder}. */
public class URIRequirementBuilder {

    private URIRequirementBuilder() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    @NonNull
    public static URIRequirementBuilder fromUri(@CheckForNull String uri) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    @NonNull
    public List<DomainRequirement> build() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}

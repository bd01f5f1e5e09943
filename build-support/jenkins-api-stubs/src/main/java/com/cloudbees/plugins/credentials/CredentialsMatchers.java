package com.cloudbees.plugins.credentials;

import edu.umd.cs.findbugs.annotations.NonNull;

/** Compile-only stand-in of the credentials plugin's {@code CredentialsMatchers}. */
public class CredentialsMatchers {

    private CredentialsMatchers() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    @NonNull
    public static CredentialsMatcher always() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    @NonNull
    public static CredentialsMatcher not(@NonNull CredentialsMatcher matcher) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    @NonNull
    public static CredentialsMatcher withScope(@NonNull CredentialsScope scope) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}

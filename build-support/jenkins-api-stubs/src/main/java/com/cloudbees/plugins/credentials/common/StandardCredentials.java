package com.cloudbees.plugins.credentials.common;

/** Compile-only stand-in of the credentials plugin's {@code StandardCredentials}. */
public interface StandardCredentials extends IdCredentials {
}

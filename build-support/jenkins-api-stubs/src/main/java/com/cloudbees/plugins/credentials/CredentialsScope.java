package com.cloudbees.plugins.credentials;

import java.io.Serializable;

/** Compile-only stand-in of the credentials plugin's {@code CredentialsScope}; the constants' bodies are left out. */
public enum CredentialsScope implements Serializable {
    SYSTEM,
    GLOBAL,
    USER
}

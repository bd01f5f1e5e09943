package hudson.security;

import org.springframework.security.core.Authentication;

/** Compile-only stand-in of Jenkins' {@code hudson.security.ACL}; constants are null here. */
public abstract class ACL {

    public static final Authentication SYSTEM2 = null;

    private ACL() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}

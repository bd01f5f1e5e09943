package hudson.security;

/** Compile-only stand-in of Jenkins' {@code hudson.security.Permission}. */
public final class Permission {

    private Permission() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}

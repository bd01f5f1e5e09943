package hudson;

/** Compile-only stand-in of Jenkins' {@code hudson.Functions}. */
public class Functions {

    private Functions() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public static boolean isArtifactsPermissionEnabled() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}

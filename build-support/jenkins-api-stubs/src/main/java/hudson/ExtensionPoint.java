package hudson;

/** Compile-only stand-in of Jenkins' {@code hudson.ExtensionPoint}. */
public interface ExtensionPoint {
}

package hudson.model;

/** Compile-only stand-in of Jenkins' {@code hudson.model.Describable} (a default method since 2.505). */
public interface Describable<T extends Describable<T>> {
    default Descriptor<T> getDescriptor() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}

package hudson.model;

/** Compile-only stand-in of Jenkins' {@code hudson.model.AbstractDescribableImpl}, deprecated since 2.505. */
@Deprecated(since = "2.505")
public abstract class AbstractDescribableImpl<T extends AbstractDescribableImpl<T>> implements Describable<T> {
}

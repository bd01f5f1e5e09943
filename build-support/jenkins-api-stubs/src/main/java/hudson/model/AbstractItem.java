package hudson.model;

/** Compile-only stand-in of Jenkins' {@code hudson.model.AbstractItem}. */
public abstract class AbstractItem extends Actionable implements Item {

    AbstractItem() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    @Override
    public final String getFullName() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    @Override
    public final String getUrl() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}

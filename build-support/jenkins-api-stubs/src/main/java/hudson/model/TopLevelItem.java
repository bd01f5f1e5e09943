package hudson.model;

/** Compile-only stand-in of Jenkins' {@code hudson.model.TopLevelItem}. */
public interface TopLevelItem extends Item {
}

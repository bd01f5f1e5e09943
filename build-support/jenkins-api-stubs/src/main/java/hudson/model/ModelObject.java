package hudson.model;

/** Compile-only stand-in of Jenkins' {@code hudson.model.ModelObject}. */
public interface ModelObject {
    String getDisplayName();
}

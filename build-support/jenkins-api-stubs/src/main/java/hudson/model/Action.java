package hudson.model;

import edu.umd.cs.findbugs.annotations.CheckForNull;

/** Compile-only stand-in of Jenkins' {@code hudson.model.Action}. */
public interface Action extends ModelObject {
    @CheckForNull
    String getIconFileName();

    @Override
    @CheckForNull
    String getDisplayName();

    @CheckForNull
    String getUrlName();
}

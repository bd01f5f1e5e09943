package hudson.model;

import hudson.security.AccessControlled;
import hudson.security.Permission;

/** Compile-only stand-in of Jenkins' {@code hudson.model.Item}; constants are null here. */
public interface Item extends AccessControlled {
    Permission CONFIGURE = null;
    Permission READ = null;

    String getFullName();

    String getUrl();
}

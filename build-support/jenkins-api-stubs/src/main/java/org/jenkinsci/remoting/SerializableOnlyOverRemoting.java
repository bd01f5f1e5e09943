package org.jenkinsci.remoting;

import java.io.Serializable;

/** Compile-only stand-in of remoting's {@code org.jenkinsci.remoting.SerializableOnlyOverRemoting}. */
public interface SerializableOnlyOverRemoting extends Serializable {
}

package org.kohsuke.stapler;

import jakarta.servlet.http.HttpServletRequest;

/** Compile-only stand-in of Stapler's {@code org.kohsuke.stapler.StaplerRequest2}. */
public interface StaplerRequest2 extends HttpServletRequest {
    String getRestOfPath();
}

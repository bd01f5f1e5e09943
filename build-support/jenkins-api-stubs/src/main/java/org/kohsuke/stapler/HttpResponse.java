package org.kohsuke.stapler;

/** Compile-only stand-in of Stapler's {@code org.kohsuke.stapler.HttpResponse}; its default methods are left out. */
public interface HttpResponse {
}

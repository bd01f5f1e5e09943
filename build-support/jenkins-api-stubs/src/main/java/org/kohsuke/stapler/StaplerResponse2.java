package org.kohsuke.stapler;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/** Compile-only stand-in of Stapler's {@code org.kohsuke.stapler.StaplerResponse2}. */
public interface StaplerResponse2 extends HttpServletResponse {
    void serveFile(StaplerRequest2 req, InputStream data, long lastModified, long contentLength, String fileName)
            throws ServletException, IOException;
}

package jenkins.util;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;

/** Compile-only stand-in of Jenkins' {@code jenkins.util.VirtualFile}. */
public abstract class VirtualFile implements Comparable<VirtualFile>, Serializable {

    private static final long serialVersionUID = 1L;

    private VirtualFile() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public abstract boolean exists() throws IOException;

    public abstract @NonNull VirtualFile child(@NonNull String name);

    public abstract long length() throws IOException;

    public abstract long lastModified() throws IOException;

    public abstract InputStream open() throws IOException;
}

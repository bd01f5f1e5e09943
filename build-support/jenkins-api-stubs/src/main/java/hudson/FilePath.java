package hudson;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.io.File;
import org.jenkinsci.remoting.SerializableOnlyOverRemoting;

/** Compile-only stand-in of Jenkins' {@code hudson.FilePath}. */
public final class FilePath implements SerializableOnlyOverRemoting {

    public FilePath(@NonNull File localPath) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}

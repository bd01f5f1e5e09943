package hudson.model.queue;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.model.Queue.Task;
import org.springframework.security.core.Authentication;

/** Compile-only stand-in of Jenkins' {@code hudson.model.queue.Tasks}. */
public class Tasks {

    private Tasks() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public static @NonNull Authentication getAuthenticationOf2(@NonNull Task t) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}

package hudson.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import edu.umd.cs.findbugs.annotations.Nullable;
import net.sf.json.JSONObject;
import org.kohsuke.stapler.HttpResponse;
import org.kohsuke.stapler.StaplerRequest2;

/** Compile-only stand-in of Jenkins' {@code hudson.model.Descriptor}. */
public abstract class Descriptor<T extends Describable<T>> {

    protected Descriptor() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    @NonNull
    public String getDisplayName() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public T newInstance(@Nullable StaplerRequest2 req, @NonNull JSONObject formData) throws FormException {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public synchronized void save() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public synchronized void load() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    /** Compile-only stand-in of {@code hudson.model.Descriptor.FormException}. */
    public static final class FormException extends Exception implements HttpResponse {

        private static final long serialVersionUID = 1L;

        private FormException() {
            throw new UnsupportedOperationException("compile-only stand-in");
        }
    }
}

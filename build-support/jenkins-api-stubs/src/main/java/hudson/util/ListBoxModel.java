package hudson.util;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.ArrayList;

/** Compile-only stand-in of Jenkins' {@code hudson.util.ListBoxModel}. */
public class ListBoxModel extends ArrayList<ListBoxModel.Option> {

    private static final long serialVersionUID = 1L;

    public ListBoxModel() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public void add(@NonNull String displayName, @NonNull String value) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    /** Compile-only stand-in of {@code hudson.util.ListBoxModel.Option}. */
    public static final class Option {

        public Option(@NonNull String name, @NonNull String value) {
            throw new UnsupportedOperationException("compile-only stand-in");
        }
    }
}

package hudson;

import edu.umd.cs.findbugs.annotations.NonNull;
import java.util.AbstractList;

/** Compile-only stand-in of Jenkins' {@code hudson.ExtensionList}. */
public class ExtensionList<T> extends AbstractList<T> {

    private ExtensionList() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public static @NonNull <U> U lookupSingleton(Class<U> type) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    @Override
    public T get(int index) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    @Override
    public int size() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}

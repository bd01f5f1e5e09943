package jenkins.model;

import edu.umd.cs.findbugs.annotations.NonNull;
import hudson.ExtensionPoint;
import hudson.model.Action;
import java.util.Collection;

/** Compile-only stand-in of Jenkins' {@code jenkins.model.TransientActionFactory}. */
public abstract class TransientActionFactory<T> implements ExtensionPoint {

    public abstract Class<T> type();

    public Class<? extends Action> actionType() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public abstract @NonNull Collection<? extends Action> createFor(@NonNull T target);
}

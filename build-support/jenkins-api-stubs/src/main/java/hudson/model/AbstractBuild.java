package hudson.model;

/** Compile-only stand-in of Jenkins' {@code hudson.model.AbstractBuild}. */
public abstract class AbstractBuild<P extends AbstractProject<P, R>, R extends AbstractBuild<P, R>> extends Run<P, R> {

    AbstractBuild() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}

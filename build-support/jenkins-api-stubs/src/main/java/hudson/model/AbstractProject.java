package hudson.model;

/** Compile-only stand-in of Jenkins' {@code hudson.model.AbstractProject}. */
public abstract class AbstractProject<P extends AbstractProject<P, R>, R extends AbstractBuild<P, R>> extends Job<P, R> {

    AbstractProject() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}

package hudson.model;

/** Compile-only stand-in of Jenkins' {@code hudson.model.Job}. */
public abstract class Job<JobT extends Job<JobT, RunT>, RunT extends Run<JobT, RunT>> extends AbstractItem {

    Job() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public RunT getBuildByNumber(int n) {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public RunT getLastCompletedBuild() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    public RunT getLastSuccessfulBuild() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }
}

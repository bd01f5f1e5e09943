package hudson.model;

/** Compile-only stand-in of Jenkins' {@code hudson.model.Queue}: only the nested {@code Task} type. */
public class Queue {

    private Queue() {
        throw new UnsupportedOperationException("compile-only stand-in");
    }

    /** Compile-only stand-in of {@code hudson.model.Queue.Task}. */
    public interface Task {
    }
}

package hudson.init;

/** Compile-only stand-in of Jenkins' {@code hudson.init.TermMilestone} (its {@code Milestone} interface left out). */
public enum TermMilestone {
    STARTED,
    COMPLETED
}

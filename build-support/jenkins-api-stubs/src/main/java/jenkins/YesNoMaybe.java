package jenkins;

/** Compile-only stand-in of Jenkins' {@code jenkins.YesNoMaybe}. */
public enum YesNoMaybe {
    YES,
    NO,
    MAYBE
}

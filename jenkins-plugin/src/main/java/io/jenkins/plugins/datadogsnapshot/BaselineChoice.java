package io.jenkins.plugins.datadogsnapshot;

import edu.umd.cs.findbugs.annotations.CheckForNull;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which earlier build of the same job a capture compares its numbers with, as the {@code baseline} argument says
 * after the build's variables are expanded: empty for the previous successful build (the default), {@code none} for
 * no baseline, or a build number ({@code 41} or {@code #41}). A Pipeline passes {@code params.BASELINE}; a freestyle
 * job writes {@code ${BASELINE}}, which Jenkins expands from the build's environment (build parameters included), so
 * an empty parameter means the default.
 *
 * @param kind   how the baseline is chosen
 * @param number the build number for {@link Kind#BUILD}, else 0
 */
record BaselineChoice(Kind kind, int number) {

    /** The word that switches the comparison with a baseline off. */
    static final String NONE = "none";

    private static final Pattern BUILD = Pattern.compile("#?\\s*(\\d{1,9})");
    private static final Pattern LABEL = Pattern.compile("build #(\\d{1,9})");

    /** How the baseline is chosen. */
    enum Kind {
        /** The newest earlier build whose result is SUCCESS. */
        PREVIOUS_SUCCESSFUL,
        /** No baseline: only bounds ({@code max < 800}) are checked. */
        NONE,
        /** The build of the given number. */
        BUILD
    }

    static final BaselineChoice PREVIOUS_SUCCESSFUL = new BaselineChoice(Kind.PREVIOUS_SUCCESSFUL, 0);

    /**
     * Reads the (expanded) {@code baseline} argument.
     *
     * @throws IllegalArgumentException naming {@code baseline} and what it accepts; a variable left unexpanded is
     *                                  said to be unset
     */
    static BaselineChoice parse(@CheckForNull String text) {
        String given = Text.trimToNull(text);
        if (given == null) {
            return PREVIOUS_SUCCESSFUL;
        }
        if (given.equalsIgnoreCase(NONE)) {
            return new BaselineChoice(Kind.NONE, 0);
        }
        Matcher build = BUILD.matcher(given);
        if (build.matches()) {
            int number = Integer.parseInt(build.group(1));
            if (number < 1) {
                throw new IllegalArgumentException("baseline: build numbers start at 1, got '" + given + "'");
            }
            return new BaselineChoice(Kind.BUILD, number);
        }
        String unset = given.contains("$")
                ? " (a variable in it is not set in the build's environment; build" + " parameters are)"
                : "";
        throw new IllegalArgumentException("baseline: '" + given + "' is not a build" + unset + "; give a build "
                + "number (41 or #41), " + NONE + ", or nothing for the previous successful build");
    }

    /**
     * Checks that a chosen build is earlier than the build that captures.
     *
     * @throws IllegalArgumentException naming {@code baseline}
     */
    BaselineChoice checkEarlierThan(int thisBuild) {
        if (kind == Kind.BUILD && number >= thisBuild) {
            throw new IllegalArgumentException("baseline: build #" + number
                    + (number == thisBuild ? " is this build" : " comes after this build (#" + thisBuild + ")")
                    + "; give an earlier build");
        }
        return this;
    }

    /** How a baseline build is named in manifests, logs and pages: {@code build #41}. */
    static String label(int number) {
        return "build #" + number;
    }

    /** The build number of a {@link #label}, empty for any other text (a baseline named by another tool). */
    static OptionalInt buildNumberOf(@CheckForNull String label) {
        if (label == null) {
            return OptionalInt.empty();
        }
        Matcher m = LABEL.matcher(label);
        return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }
}

package io.github.datadogsnapshot.buildsupport;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds console texts that a JenkinsRule test ({@code *ITest}, run only with {@code -Pjenkins}) asserts as a literal
 * which no unit test of the default build asserts. Such a literal drifts: the plugin's wording changes, the default
 * build stays green, and only a real Jenkins notices. The JenkinsRule tests build the lines they look for with the
 * plugin's functions ({@code LogLines}, {@code CaptureRequest.NO_GRAPH}, the core's {@code Regressions.crossed});
 * a literal is allowed only where a unit test asserts the very same literal.
 */
final class ItestMessages {

    /** What the plugin's console lines start with. */
    static final String PREFIX = "[datadog-snapshot]";
    /** A Java string literal on one line, escapes included. */
    private static final Pattern LITERAL = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");

    private ItestMessages() {
    }

    /** The string literals of a Java source that contain {@link #PREFIX}, line comments left out. */
    static Set<String> prefixedLiterals(String source) {
        Set<String> found = new LinkedHashSet<>();
        for (String line : source.split("\n")) {
            String code = line.strip().startsWith("//") || line.strip().startsWith("*") ? "" : line;
            Matcher m = LITERAL.matcher(code);
            while (m.find()) {
                if (m.group(1).contains(PREFIX)) {
                    found.add(m.group(1));
                }
            }
        }
        return found;
    }

    /** Every string literal of a Java source, as written (escapes not resolved). */
    static Set<String> literals(String source) {
        Set<String> found = new LinkedHashSet<>();
        Matcher m = LITERAL.matcher(source);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    /**
     * The literals of the JenkinsRule tests that contain {@link #PREFIX} and that no unit test has, each as
     * {@code File.java: "literal"}.
     *
     * @param itests     the JenkinsRule tests' sources by file
     * @param unitTests  the unit tests' sources by file
     */
    static List<String> unasserted(Map<Path, String> itests, Map<Path, String> unitTests) {
        Set<String> asserted = new LinkedHashSet<>();
        unitTests.values().forEach(source -> asserted.addAll(literals(source)));
        List<String> problems = new ArrayList<>();
        itests.forEach((file, source) -> prefixedLiterals(source).stream()
                .filter(literal -> !asserted.contains(literal))
                .forEach(literal -> problems.add(file.getFileName() + ": \"" + literal + "\"")));
        return problems;
    }
}

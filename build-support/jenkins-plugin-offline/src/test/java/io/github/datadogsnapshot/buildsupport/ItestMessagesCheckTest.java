package io.github.datadogsnapshot.buildsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The JenkinsRule tests assert the plugin's console lines through the plugin's functions, not through copies of
 * their text ({@link ItestMessages}): two such copies drifted from the code unseen until a real Jenkins ran them.
 */
class ItestMessagesCheckTest {

    private static Map<Path, String> sources(boolean itests) {
        Map<Path, String> sources = new LinkedHashMap<>();
        for (Path file : PluginFiles.files(PluginFiles.pluginDir().resolve("src/test/java"), ".java")) {
            String name = file.getFileName().toString();
            if (name.contains("ITest") == itests) {
                sources.put(file, PluginFiles.read(file));
            }
        }
        return sources;
    }

    @Test
    void everyConsoleTextAJenkinsRuleTestAssertsIsAssertedByAUnitTest() {
        Map<Path, String> itests = sources(true);

        assertThat(itests).as("the JenkinsRule tests were found").hasSizeGreaterThan(5);
        assertThat(ItestMessages.unasserted(itests, sources(false)))
                .as("literal console texts in *ITest that no unit test asserts; assert them through LogLines and the "
                        + "function that words them")
                .isEmpty();
    }

    @Test
    void shouldFindALiteralThatNoUnitTestAsserts() {
        Map<Path, String> itests = Map.of(Path.of("WrongITest.java"), """
                class WrongITest {
                    void test() {
                        j.assertLogContains("[datadog-snapshot] graphs: no graph given", run);
                        j.assertLogContains("[datadog-snapshot] padding: -5 seconds", run);
                        // j.assertLogContains("[datadog-snapshot] in a comment", run);
                        j.assertLogContains(LogLines.line(CaptureRequest.NO_GRAPH), run);
                        j.assertLogContains("no prefix", run);
                    }
                }
                """);
        Map<Path, String> unitTests = Map.of(Path.of("RightTest.java"), """
                class RightTest {
                    void test() {
                        assertThat(x).isEqualTo("[datadog-snapshot] padding: -5 seconds");
                    }
                }
                """);

        assertThat(ItestMessages.unasserted(itests, unitTests))
                .containsExactly("WrongITest.java: \"[datadog-snapshot] graphs: no graph given\"");
    }

    @Test
    void shouldReadLiteralsWithEscapedQuotes() {
        assertThat(ItestMessages.prefixedLiterals("x(\"[datadog-snapshot] a \\\"b\\\" c\", \"other\");"))
                .containsExactly("[datadog-snapshot] a \\\"b\\\" c");
    }
}

package io.github.datadogsnapshot.sourcecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each check of {@link SourceShape} on small trees that break it and trees that do not. */
class SourceShapeTest {

    @TempDir
    Path root;

    @Test
    void shouldNameAClassOverTheLimitAndLeaveTestsAndBuildOutputAlone() throws IOException {
        write("mod/src/main/java/a/Long.java", lines("int x%d;", 251));
        write("mod/src/main/java/a/Short.java", lines("int x%d;", 250));
        write("mod/src/test/java/a/LongTest.java", lines("int x%d;", 400));
        write("mod/target/classes/a/Generated.java", lines("int x%d;", 400));

        assertThat(new SourceShape(root).longerThan(250))
                .containsExactly("mod/src/main/java/a/Long.java: 251 lines, more than 250");
    }

    @Test
    void shouldFindABlockRepeatedInTwoFilesButNotOneInterruptedOrTooShort() throws IOException {
        String block = lines("call%d();", 10);
        write("a/src/main/java/p/One.java", "class One {\n" + block + "}\n");
        write("b/src/main/java/p/Two.java", "class Two {\n\n    " + block.replace("\n", "\n    ") + "}\n");
        write("b/src/main/java/p/Three.java", "class Three {\n" + lines("call%d();", 9) + "}\n");

        List<String> problems = new SourceShape(root).repeatedBlocks(10);

        assertThat(problems).containsExactly("10+ lines repeated: a/src/main/java/p/One.java:2 ~ b/src/main/java/p/Two.java:3");
    }

    @Test
    void shouldNotCountImportsCommentsAndLoneBracesAsRepeatedCode() throws IOException {
        String noise = "import a.B;\n".repeat(12) + "/**\n" + " * same words\n".repeat(12) + " */\n" + "}\n".repeat(12);
        write("a/src/main/java/p/One.java", noise + "class One {}\n");
        write("a/src/main/java/p/Two.java", noise + "class Two {}\n");

        assertThat(new SourceShape(root).repeatedBlocks(10)).isEmpty();
    }

    @Test
    void shouldNameIdenticalHelpFiles() throws IOException {
        write("p/src/main/resources/x/A/help-site.html", "<div>The site.</div>");
        write("p/src/main/resources/x/B/help-site.html", "<div>The site.</div>");
        write("p/src/main/resources/x/B/help-name.html", "<div>The name.</div>");

        assertThat(new SourceShape(root).identicalHelpFiles())
                .containsExactly("p/src/main/resources/x/B/help-site.html is the same as p/src/main/resources/x/A/help-site.html");
    }

    private static String lines(String format, int count) {
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            lines.add(String.format(format, i));
        }
        return String.join("\n", lines) + "\n";
    }

    private void write(String path, String content) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, content);
    }
}

package io.github.datadogsnapshot.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The snippet check fails when a page's block differs from its source, on small repositories made here. */
class SnippetCheckTest {

    @TempDir
    Path root;

    private static final String POM = """
            <project>
                <build>
                    <!-- docs:plugin -->
                    <plugin>
                        <artifactId>@project.artifactId@</artifactId>
                        <version>@project.version@</version>
                    </plugin>
                    <!-- /docs:plugin -->
                </build>
            </project>
            """;

    private SnippetCheck check() {
        return new SnippetCheck(root, Map.of("project.artifactId", "the-plugin", "project.version", "1.0"));
    }

    private List<String> problemsOf(String page) throws IOException {
        Files.writeString(root.resolve("pom.xml"), POM);
        Files.writeString(root.resolve("Jenkinsfile"), "datadogSnapshot metricQuery: 'avg:system.load.1{*}'\n");
        Files.writeString(root.resolve("page.md"), page);
        return check().check(root.resolve("page.md"));
    }

    @Test
    void shouldAcceptARegionDedentedAndFilteredAndAWholeFile() throws IOException {
        assertThat(problemsOf("""
                <!-- snippet: pom.xml#plugin -->
                ```xml
                <plugin>
                    <artifactId>the-plugin</artifactId>
                    <version>1.0</version>
                </plugin>
                ```

                <!-- snippet: Jenkinsfile -->
                ```groovy
                datadogSnapshot metricQuery: 'avg:system.load.1{*}'
                ```
                """)).isEmpty();
    }

    @Test
    void shouldFailWhenTheBlockDiffersFromItsSource() throws IOException {
        assertThat(problemsOf("""
                <!-- snippet: pom.xml#plugin -->
                ```xml
                <plugin>
                    <artifactId>the-plugin</artifactId>
                    <version>0.9</version>
                </plugin>
                ```
                """)).containsExactly("page.md:1: the block differs from pom.xml#plugin at its line 3: expected"
                + " '    <version>1.0</version>' but the page has '    <version>0.9</version>'");
    }

    @Test
    void shouldFailWhenTheBlockIsShorterOrTheRegionOrFileIsMissing() throws IOException {
        assertThat(problemsOf("""
                <!-- snippet: Jenkinsfile -->
                ```groovy
                ```
                <!-- snippet: pom.xml#reporting -->
                ```xml
                ```
                <!-- snippet: gone.xml -->
                ```xml
                ```
                """)).containsExactly(
                "page.md:1: the block differs from Jenkinsfile at its line 1: expected"
                        + " 'datadogSnapshot metricQuery: 'avg:system.load.1{*}'' but the page has '(end of the block)'",
                "page.md:4: snippet source pom.xml: no region 'reporting' (docs:reporting ... /docs:reporting)",
                "page.md:7: snippet source gone.xml does not exist");
    }

    @Test
    void shouldRefuseAPomOrJenkinsfileBlockWithoutASource() throws IOException {
        assertThat(problemsOf("""
                ```groovy
                datadogSnapshot metricQuery: 'written by hand'
                ```

                ```sh
                ./mvnw -B verify
                ```
                """)).containsExactly("page.md:1: a groovy block that is not a snippet of a file the build uses"
                + " (precede it with <!-- snippet: path#region -->)");
    }
}

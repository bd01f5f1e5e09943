package io.github.datadogsnapshot.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every Markdown file of this repository: its links resolve, and its snippets are the files the build uses. */
class RepositoryDocsTest {

    private static final Path ROOT = Path.of(System.getProperty("docs.repositoryRoot", "../..")).toAbsolutePath().normalize();

    static Map<String, String> invokerFilters() {
        return Map.of(
                "project.groupId", System.getProperty("docs.filter.project.groupId", "io.github.datadogsnapshot"),
                "project.artifactId", System.getProperty("docs.filter.project.artifactId", "datadog-snapshot-maven-plugin"),
                "project.version", System.getProperty("docs.filter.project.version", "0.1.0-SNAPSHOT"));
    }

    @Test
    void shouldResolveEveryRelativeLinkAndAnchorAndStayInsideTheRepository() {
        List<Path> files = MarkdownFiles.under(ROOT);
        assertThat(files).as("Markdown files under " + ROOT).isNotEmpty();
        LinkCheck check = new LinkCheck(ROOT);
        List<String> problems = new ArrayList<>();
        files.forEach(f -> problems.addAll(check.check(f)));
        System.out.printf("docs-check: %d relative links in %d Markdown files%n", check.linksChecked(), files.size());

        assertThat(problems).as("broken links").isEmpty();
        assertThat(check.linksChecked()).isGreaterThan(0);
    }

    @Test
    void shouldShowEverySnippetExactlyAsTheFileTheBuildUses() {
        List<Path> files = MarkdownFiles.under(ROOT);
        SnippetCheck check = new SnippetCheck(ROOT, invokerFilters());
        List<String> problems = new ArrayList<>();
        files.forEach(f -> problems.addAll(check.check(f)));
        System.out.printf("docs-check: %d snippets in %d Markdown files%n", check.snippetsChecked(), files.size());

        assertThat(problems).as("snippets that differ from their source").isEmpty();
        assertThat(check.snippetsChecked()).isGreaterThan(0);
    }

    @Test
    void shouldKeepTheReadmeUnderTenKilobytes() throws IOException {
        long bytes = Files.size(ROOT.resolve("README.md"));
        System.out.printf("docs-check: README.md has %d bytes%n", bytes);

        assertThat(bytes).isLessThanOrEqualTo(10 * 1024);
    }
}

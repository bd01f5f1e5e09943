package io.github.datadogsnapshot.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The link check finds what it must find, on small repositories made here. */
class LinkCheckTest {

    @TempDir
    Path outside;

    private Path repo() throws IOException {
        Path root = Files.createDirectories(outside.resolve("repo"));
        Files.createDirectories(root.resolve("docs"));
        Files.writeString(root.resolve("docs/guide.md"), "# Guide\n\n## The `capture` goal\n\n## Setup\n\n## Setup\n");
        Files.writeString(root.resolve("tool.sh"), "");
        return root;
    }

    @Test
    void shouldAcceptLinksToFilesFoldersAndHeadings() throws IOException {
        Path root = repo();
        Files.writeString(root.resolve("README.md"), """
                # Title
                See [the guide](docs/guide.md#the-capture-goal), [setup](docs/guide.md#setup-1), [docs](docs/),
                [the script](tool.sh), [top](#title), [Datadog](https://www.datadoghq.com/) and <img src="tool.sh">.
                """);
        LinkCheck check = new LinkCheck(root);

        assertThat(check.check(root.resolve("README.md"))).isEmpty();
        assertThat(check.linksChecked()).isEqualTo(6);
    }

    @Test
    void shouldReportAMissingFileAndAMissingAnchor() throws IOException {
        Path root = repo();
        Files.writeString(root.resolve("README.md"), """
                [gone](docs/gone.md) and [no such heading](docs/guide.md#nothing) and [here](#nowhere)
                """);

        assertThat(new LinkCheck(root).check(root.resolve("README.md"))).containsExactly(
                "README.md:1: link 'docs/gone.md': docs/gone.md does not exist",
                "README.md:1: link 'docs/guide.md#nothing': docs/guide.md has no heading with anchor #nothing",
                "README.md:1: link '#nowhere': README.md has no heading with anchor #nowhere");
    }

    @Test
    void shouldRefuseAnyPathOutsideTheRepositoryAlsoInCode() throws IOException {
        Path root = repo();
        Files.writeString(outside.resolve("design.md"), "# Design\n");
        Files.writeString(root.resolve("README.md"), """
                The shape follows `../design.md`; [design](../design.md).
                """);
        Files.writeString(root.resolve("docs/inside.md"), "Run `../tool.sh`.\n");

        LinkCheck check = new LinkCheck(root);
        assertThat(check.check(root.resolve("README.md"))).containsExactly(
                "README.md:1: link '../design.md' leaves the repository",
                "README.md:1: '../design.md' is outside the repository",
                "README.md:1: '../design.md' is outside the repository");
        assertThat(check.check(root.resolve("docs/inside.md"))).isEmpty();
    }

    @Test
    void shouldIgnoreLinksInsideCodeBlocks() throws IOException {
        Path root = repo();
        Files.writeString(root.resolve("README.md"), "```\n[not a link](gone.md)\n```\n");

        assertThat(new LinkCheck(root).check(root.resolve("README.md"))).isEmpty();
    }
}

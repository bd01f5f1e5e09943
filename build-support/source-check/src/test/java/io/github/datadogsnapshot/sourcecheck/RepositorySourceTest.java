package io.github.datadogsnapshot.sourcecheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The repository's production sources keep the shape the project holds itself to (issue 16). */
class RepositorySourceTest {

    private static final Path ROOT =
            Path.of(System.getProperty("source.repositoryRoot", "../..")).toAbsolutePath().normalize();
    private static final SourceShape SOURCES = new SourceShape(ROOT);

    @Test
    void shouldHaveNoClassOver250Lines() {
        assertThat(SOURCES.mainJava()).as("Java files under src/main of " + ROOT).isNotEmpty();
        assertThat(SOURCES.longerThan(250)).as("classes over 250 lines").isEmpty();
    }

    @Test
    void shouldRepeatNoBlockOf10OrMoreLines() {
        assertThat(SOURCES.repeatedBlocks(10)).as("blocks repeated in src/main").isEmpty();
    }

    @Test
    void shouldHaveNoTwoIdenticalHelpFiles() {
        assertThat(SOURCES.identicalHelpFiles()).as("identical help files").isEmpty();
    }
}

package io.github.datadogsnapshot.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import javax.inject.Inject;
import org.apache.maven.api.plugin.testing.InjectMojo;
import org.apache.maven.api.plugin.testing.MojoParameter;
import org.apache.maven.api.plugin.testing.MojoTest;
import org.apache.maven.execution.MavenSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@MojoTest
class MarkMojoTest {

    private static final Instant BUILD_START = Instant.parse("2024-05-01T10:00:00.250Z");

    @Inject
    private MavenSession session;

    @TempDir
    Path dir;

    @Test
    @InjectMojo(goal = "mark")
    void shouldRecordNowAsTheWindowStartOfThisBuild(MarkMojo mojo) throws Exception {
        session.getRequest().setStartTime(Date.from(BUILD_START));
        mojo.outputDirectory = dir.toFile();
        Instant before = Instant.now();

        mojo.execute();

        assertThat(WindowMark.readForBuild(dir, BUILD_START)).hasValueSatisfying(
                start -> assertThat(start).isBetween(before, Instant.now()));
        assertThat(WindowMark.readForBuild(dir, BUILD_START.plusMillis(1))).isEmpty();
    }

    @Test
    @InjectMojo(goal = "mark")
    @MojoParameter(name = "skip", value = "true")
    void shouldRecordNothingWhenSkipped(MarkMojo mojo) throws Exception {
        mojo.outputDirectory = dir.toFile();

        mojo.execute();

        assertThat(dir.resolve(WindowMark.FILE_NAME)).doesNotExist();
    }

    @Test
    @InjectMojo(goal = "mark")
    void shouldRefuseTheBaseDirectoryThatAnEmptyPropertyBecomes(MarkMojo mojo) {
        mojo.basedir = dir.toFile();
        mojo.outputDirectory = dir.toFile();

        org.assertj.core.api.Assertions.assertThatThrownBy(mojo::execute)
                .isInstanceOf(org.apache.maven.plugin.MojoFailureException.class)
                .hasMessageStartingWith("Invalid configuration: datadog.outputDirectory: empty or the project's base"
                        + " directory (" + dir + ")");

        assertThat(dir.resolve(WindowMark.FILE_NAME)).doesNotExist();
    }
}

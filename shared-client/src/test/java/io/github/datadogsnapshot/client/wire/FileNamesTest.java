package io.github.datadogsnapshot.client.wire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {

    @Test
    void shouldKeepDerivedStemsSafe() {
        for (String text : new String[] {"../../etc/passwd", "a\\b:c*d?e\"f<g>h|i", "\u0000\u0001", "CON", "nul.txt", ". .", "日本語"}) {
            assertThat(FileNames.isSafe(FileNames.stemFrom(text))).as(text).isTrue();
        }
    }

    @Test
    void shouldNumberStemsAlreadyTakenIgnoringCase() {
        java.util.Set<String> taken = new java.util.HashSet<>(java.util.Set.of("load"));

        assertThat(FileNames.uniqueStem("Load", taken)).isEqualTo("Load-2");
        assertThat(FileNames.uniqueStem("load", taken)).isEqualTo("load-3");
        assertThat(FileNames.uniqueStem("cpu", taken)).isEqualTo("cpu");
        assertThat(taken).containsExactlyInAnyOrder("load", "load-2", "load-3", "cpu");
    }
}

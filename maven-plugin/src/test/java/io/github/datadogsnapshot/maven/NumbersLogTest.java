package io.github.datadogsnapshot.maven;

import static io.github.datadogsnapshot.maven.TestCaptures.captured;
import static io.github.datadogsnapshot.maven.TestCaptures.manifest;
import static io.github.datadogsnapshot.maven.TestCaptures.series;
import static io.github.datadogsnapshot.maven.TestCaptures.withNumbers;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.datadogsnapshot.client.manifest.Manifest;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.client.manifest.Regressions;
import org.junit.jupiter.api.Test;

/** The one line per graph in the build log: verdict, watched statistic of the series that stands for the graph. */
class NumbersLogTest {

    private static final String CPU = "avg:system.cpu.user{*} by {host}";

    private static String line(ManifestEntry entry, Manifest baseline) {
        ManifestEntry compared = Regressions.compare(entry, baseline, "build #41");
        return NumbersLog.line(compared, GraphVerdict.of(compared, baseline).orElseThrow());
    }

    @Test
    void shouldNameTheSeriesThatChangedMostByItsScope() {
        Manifest baseline = manifest(withNumbers(captured("cpu", "CPU", CPU), null,
                series(CPU, "host:host-a", "%", 40), series(CPU, "host:host-b", "%", 40),
                series(CPU, "host:host-z", "%", 40)));
        ManifestEntry cpu = withNumbers(captured("cpu", "CPU", CPU), "avg +20%",
                series(CPU, "host:host-a", "%", 41), series(CPU, "host:host-b", "%", 46));

        assertThat(line(cpu, baseline)).isEqualTo("Numbers of graph 'cpu': ok, 1 series gone; avg of host:host-b 46%,"
                + " baseline 40% (+15.0%), 3 series");
    }

    @Test
    void shouldSayWhyThereIsNothingToCompareWith() {
        ManifestEntry cpu = withNumbers(captured("cpu", "CPU", CPU), "avg +20%", series(CPU, "host:host-a", "%", 41));

        assertThat(line(cpu, manifest())).isEqualTo("Numbers of graph 'cpu': new graph; avg 41% (no baseline for this"
                + " graph (new in this build, or the baseline has no numbers for it))");
    }
}

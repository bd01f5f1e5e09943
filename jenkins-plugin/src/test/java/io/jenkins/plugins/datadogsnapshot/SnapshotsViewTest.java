package io.jenkins.plugins.datadogsnapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.datadogsnapshot.client.Manifest;
import io.github.datadogsnapshot.client.ManifestEntry;
import io.github.datadogsnapshot.client.TimeWindow;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SnapshotsViewTest {

    private static final String BASE = "job/perf/12/datadog-snapshots/image/";
    private static final String PREVIOUS_BASE = "job/perf/11/datadog-snapshots/image/";

    private static Manifest manifest(ManifestEntry... entries) {
        return Manifest.of(Instant.parse("2026-11-28T10:16:00Z"), "datadoghq.com", List.of(entries));
    }

    @Test
    void shouldPairEachGraphWithThePreviousBuildsCapturedImageOfTheSameName() {
        Manifest current = manifest(Entries.captured("cpu", "CPU"), Entries.captured("latency", "Latency"), Entries.captured("new", null));
        Manifest previous = manifest(Entries.captured("cpu", "CPU"), Entries.failed("latency", "timeout"));

        SnapshotsView view = new SnapshotsView(current, BASE, previous, PREVIOUS_BASE, "#11");

        assertThat(view.getGraphs()).extracting(GraphView::getPreviousImageUrl)
                .containsExactly(PREVIOUS_BASE + "cpu.png", null, null);
        assertThat(view.getGraphs()).extracting(GraphView::getImageUrl)
                .containsExactly(BASE + "cpu.png", BASE + "latency.png", BASE + "new.png");
        assertThat(view.isComparing()).isTrue();
        assertThat(view.getPreviousBuildLabel()).isEqualTo("#11");
    }

    @Test
    void shouldNotCompareWithoutAPreviousBuild() {
        SnapshotsView view = new SnapshotsView(manifest(Entries.captured("cpu", "CPU")), BASE, null, null, "#11");

        assertThat(view.isComparing()).isFalse();
        assertThat(view.getPreviousBuildLabel()).isNull();
        assertThat(view.getGraphs().get(0).getPreviousImageUrl()).isNull();
    }

    @Test
    void shouldSplitCapturedGraphsFromFailuresInRequestOrder() {
        SnapshotsView view = new SnapshotsView(manifest(Entries.failed("a", "403 Forbidden"), Entries.captured("b", "B"),
                Entries.failed("c", "timeout")), BASE, null, null, null);

        assertThat(view.getCaptured()).extracting(GraphView::getName).containsExactly("b");
        assertThat(view.getFailures()).extracting(GraphView::getName, GraphView::getError)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("a", "403 Forbidden"), org.assertj.core.groups.Tuple.tuple("c", "timeout"));
        assertThat(view.getGraphCount()).isEqualTo(3);
        assertThat(view.getCapturedCount()).isEqualTo(1);
        assertThat(view.getFailedCount()).isEqualTo(2);
        assertThat(view.getSummary()).isEqualTo("1 graph captured, 2 failed");
    }

    @Test
    void shouldBeEmptyWhenTheManifestCannotBeRead() {
        SnapshotsView empty = SnapshotsView.empty();

        assertThat(empty.getGraphCount()).isZero();
        assertThat(empty.getSummary()).isEqualTo("0 graphs captured");
    }

    @Test
    void shouldKeepTitlesAsPlainTextForTheViewsToEscape() {
        String title = "<img src=x onerror=alert(1)>";
        GraphView graph = new SnapshotsView(manifest(Entries.captured("xss", title)), BASE, null, null, null).getGraphs().get(0);

        // Escaping is the Jelly views' job (escape-by-default); escaping here too would show "&lt;img".
        assertThat(graph.getTitle()).isEqualTo(title);
    }

    @Test
    void shouldDescribeWindowImageAndTiming() {
        GraphView captured = new GraphView(Entries.captured("cpu", "CPU"), BASE, null);
        GraphView failed = new GraphView(Entries.failed("err", "boom"), BASE, null);

        assertThat(captured.getWindow()).isEqualTo("2026-11-28 10:00:00 – 10:15:30 UTC (15 min 30 s)");
        assertThat(captured.getWidth()).isEqualTo(600);
        assertThat(captured.getHeight()).isEqualTo(300);
        assertThat(captured.getTiming()).isEqualTo("ready 4.2 s after the request");
        assertThat(captured.getQuery()).isEqualTo("avg:cpu{*}");
        assertThat(failed.getImageUrl()).isNull();
        assertThat(failed.getWidth()).isZero();
        assertThat(failed.getTiming()).isEqualTo("failed after 3 min 0 s");
        assertThat(failed.getTitle()).isEqualTo("err");
    }

    @Test
    void shouldShowBothDatesWhenTheWindowSpansMidnight() {
        TimeWindow night = new TimeWindow(Instant.parse("2026-11-28T23:50:00Z"), Instant.parse("2026-11-29T00:20:00Z"));
        ManifestEntry entry = new ManifestEntry("n", null, ManifestEntry.Status.FAILED, "x", "avg:n{*}", null, null,
                ManifestEntry.Window.of(night), null, null, null);

        assertThat(new GraphView(entry, BASE, null).getWindow())
                .isEqualTo("2026-11-28 23:50:00 – 2026-11-29 00:20:00 UTC (30 min 0 s)");
        assertThat(new GraphView(entry, BASE, null).getTiming()).isNull();
    }

    @Test
    void shouldFormatLengthsAsPeopleReadThem() {
        assertThat(GraphView.length(Duration.ofMillis(850))).isEqualTo("850 ms");
        assertThat(GraphView.length(Duration.ofMillis(3250))).isEqualTo("3.3 s");
        assertThat(GraphView.length(Duration.ofSeconds(245))).isEqualTo("4 min 5 s");
        assertThat(GraphView.length(Duration.ofMinutes(125))).isEqualTo("2 h 5 min");
    }
}

package io.jenkins.plugins.datadogsnapshot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.datadogsnapshot.client.graph.TimeWindow;
import io.github.datadogsnapshot.client.manifest.Manifest;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class SnapshotsViewTest {

    private static final String BASE = "job/perf/12/datadog-snapshots/image/";
    private static final String PREVIOUS_BASE = "job/perf/11/datadog-snapshots/image/";
    private static final String PREVIOUS_PAGE = "job/perf/11/datadog-snapshots/";
    private static final Predicate<String> ALL_STORED = file -> true;

    private static Manifest manifest(ManifestEntry... entries) {
        return Manifest.of(Instant.parse("2026-11-28T10:16:00Z"), "datadoghq.com", List.of(entries));
    }

    private static SnapshotsView.Build current(Manifest manifest) {
        return new SnapshotsView.Build(manifest, BASE, ALL_STORED, true, "#12", "job/perf/12/datadog-snapshots/");
    }

    private static SnapshotsView.Build previous(Manifest manifest) {
        return new SnapshotsView.Build(manifest, PREVIOUS_BASE, ALL_STORED, true, "#11", PREVIOUS_PAGE);
    }

    private static GraphView only(ManifestEntry entry) {
        return new SnapshotsView(current(manifest(entry)), null).getGraphs().get(0);
    }

    @Test
    void shouldPairEachGraphWithThePreviousBuildsCapturedImageOfTheSameName() {
        Manifest now = manifest(
                Entries.captured("cpu", "CPU"), Entries.captured("latency", "Latency"), Entries.captured("new", null));
        Manifest before = manifest(Entries.captured("cpu", "CPU"), Entries.failed("latency", "timeout"));

        SnapshotsView view = new SnapshotsView(current(now), previous(before));

        assertThat(view.getGraphs())
                .extracting(GraphView::getPreviousImageUrl)
                .containsExactly(PREVIOUS_BASE + "cpu.png", null, null);
        assertThat(view.getGraphs())
                .extracting(GraphView::getImageUrl)
                .containsExactly(BASE + "cpu.png", BASE + "latency.png", BASE + "new.png");
        assertThat(view.isComparing()).isTrue();
        assertThat(view.getPreviousBuildLabel()).isEqualTo("#11");
        assertThat(view.getPreviousPageUrl()).isEqualTo(PREVIOUS_PAGE);
    }

    @Test
    void shouldNotCompareWithoutAPreviousBuild() {
        SnapshotsView view = new SnapshotsView(current(manifest(Entries.captured("cpu", "CPU"))), null);

        assertThat(view.isComparing()).isFalse();
        assertThat(view.getPreviousBuildLabel()).isNull();
        assertThat(view.getPreviousPageUrl()).isNull();
        assertThat(view.getGraphs().get(0).getPreviousImageUrl()).isNull();
    }

    @Test
    void shouldSplitShownGraphsFromFailuresInRequestOrder() {
        SnapshotsView view = new SnapshotsView(
                current(manifest(
                        Entries.failed("a", "403 Forbidden"),
                        Entries.captured("b", "B"),
                        Entries.failed("c", "timeout"))),
                null);

        assertThat(view.getShown()).extracting(GraphView::getName).containsExactly("b");
        assertThat(view.getShownCount()).isEqualTo(1);
        assertThat(view.getFailures())
                .extracting(GraphView::getName, GraphView::getError)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("a", "403 Forbidden"),
                        org.assertj.core.groups.Tuple.tuple("c", "timeout"));
        assertThat(view.getGraphCount()).isEqualTo(3);
        assertThat(view.getCapturedCount()).isEqualTo(1);
        assertThat(view.getFailedCount()).isEqualTo(2);
        assertThat(view.getSummary()).isEqualTo("1 graph captured, 2 failed");
        assertThat(view.getProblem()).isNull();
    }

    @Test
    void shouldSayWhenAStoredImageIsGoneInsteadOfLinkingIt() {
        Set<String> stored = Set.of("cpu.png");
        Manifest now = manifest(Entries.captured("cpu", "CPU"), Entries.captured("load", "Load"));
        Manifest before = manifest(Entries.captured("cpu", "CPU"), Entries.captured("load", "Load"));
        SnapshotsView.Build previousWithoutLoad =
                new SnapshotsView.Build(before, PREVIOUS_BASE, stored::contains, true, "#11", PREVIOUS_PAGE);

        SnapshotsView view = new SnapshotsView(
                new SnapshotsView.Build(now, BASE, stored::contains, true, "#12", "p/"), previousWithoutLoad);

        GraphView load = view.getGraphs().get(1);
        assertThat(load.isCaptured()).isTrue();
        assertThat(load.isImageMissing()).isTrue();
        assertThat(load.getImageUrl()).isNull();
        assertThat(load.getPreviousImageUrl()).isNull();
        assertThat(view.getShown()).extracting(GraphView::getName).containsExactly("cpu");
        assertThat(view.getMissingCount()).isEqualTo(1);
        assertThat(view.getSummary()).isEqualTo("2 graphs captured (1 image is no longer stored)");
    }

    @Test
    void shouldHideImagesFromUsersWithoutTheArtifactsPermission() {
        Manifest now = manifest(Entries.captured("cpu", "CPU"), Entries.failed("err", "boom"));
        SnapshotsView.Build hidden = new SnapshotsView.Build(now, BASE, ALL_STORED, false, "#12", "p/");
        SnapshotsView.Build previousHidden = new SnapshotsView.Build(
                manifest(Entries.captured("cpu", "CPU")), PREVIOUS_BASE, ALL_STORED, false, "#11", PREVIOUS_PAGE);

        SnapshotsView view = new SnapshotsView(hidden, previousHidden);

        assertThat(view.isImagesHidden()).isTrue();
        assertThat(view.getShown()).isEmpty();
        assertThat(view.getGraphs())
                .extracting(GraphView::getImageUrl, GraphView::getPreviousImageUrl)
                .containsOnly(org.assertj.core.groups.Tuple.tuple(null, null));
        assertThat(view.getGraphs().get(0).isImageHidden()).isTrue();
        assertThat(view.getGraphs().get(0).isImageMissing()).isFalse();
        assertThat(view.getFailures()).extracting(GraphView::getError).containsExactly("boom");
        assertThat(new SnapshotsView(current(now), null).isImagesHidden()).isFalse();
    }

    @Test
    void shouldSayWhyWhenTheStoredSnapshotsCannotBeShown() {
        SnapshotsView gone = SnapshotsView.unavailable("the stored snapshots of this build are missing");

        assertThat(gone.getGraphCount()).isZero();
        assertThat(gone.getShown()).isEmpty();
        assertThat(gone.getProblem()).isEqualTo("the stored snapshots of this build are missing");
    }

    @Test
    void shouldKeepTitlesAsPlainTextForTheViewsToEscape() {
        String title = "<img src=x onerror=alert(1)>";

        // Escaping is the Jelly views' job (escape-by-default); escaping here too would show "&lt;img".
        assertThat(only(Entries.captured("xss", title)).getTitle()).isEqualTo(title);
    }

    @Test
    void shouldDescribeWindowImageAndTiming() {
        GraphView captured = only(Entries.captured("cpu", "CPU"));
        GraphView failed = only(Entries.failed("err", "boom"));

        assertThat(captured.getWindow()).isEqualTo("2026-11-28 10:00:00 – 10:15:30 UTC (15 min 30 s)");
        assertThat(captured.getWidth()).isEqualTo(600);
        assertThat(captured.getHeight()).isEqualTo(300);
        assertThat(captured.getTiming()).isEqualTo("ready 4.2 s after the request");
        assertThat(captured.getQuery()).isEqualTo("avg:cpu{*}");
        assertThat(failed.getImageUrl()).isNull();
        assertThat(failed.isImageMissing()).isFalse();
        assertThat(failed.getWidth()).isZero();
        assertThat(failed.getTiming()).isEqualTo("failed after 3 min 0 s");
        assertThat(failed.getTitle()).isEqualTo("err");
    }

    @Test
    void shouldShowBothDatesWhenTheWindowSpansMidnight() {
        TimeWindow night = new TimeWindow(Instant.parse("2026-11-28T23:50:00Z"), Instant.parse("2026-11-29T00:20:00Z"));
        ManifestEntry entry = new ManifestEntry(
                "n",
                null,
                ManifestEntry.Status.FAILED,
                "x",
                "avg:n{*}",
                null,
                null,
                ManifestEntry.Window.of(night),
                null,
                null,
                null);

        assertThat(only(entry).getWindow()).isEqualTo("2026-11-28 23:50:00 – 2026-11-29 00:20:00 UTC (30 min 0 s)");
        assertThat(only(entry).getTiming()).isNull();
    }

    @Test
    void shouldFormatLengthsAsPeopleReadThem() {
        assertThat(GraphView.length(Duration.ofMillis(850))).isEqualTo("850 ms");
        assertThat(GraphView.length(Duration.ofMillis(3250))).isEqualTo("3.3 s");
        assertThat(GraphView.length(Duration.ofSeconds(245))).isEqualTo("4 min 5 s");
        assertThat(GraphView.length(Duration.ofMinutes(125))).isEqualTo("2 h 5 min");
    }

    @Test
    void shouldPutTheBaselinesPictureBesideAGraphComparedWithIt() {
        ManifestEntry before = Entries.withNumbers(
                Entries.captured("latency", "Latency"),
                null,
                List.of(Entries.series("avg:latency{*}", "*", "ms", 100.0)),
                null,
                null);
        Manifest baseline = manifest(before);
        ManifestEntry now = Entries.withNumbers(
                Entries.captured("latency", "Latency"),
                "p95 +10%",
                List.of(Entries.series("avg:latency{*}", "*", "ms", 130.0)),
                baseline,
                "build #9");
        SnapshotsView.Build nine = new SnapshotsView.Build(
                baseline,
                "job/perf/9/datadog-snapshots/image/",
                ALL_STORED,
                true,
                "#9",
                "job/perf/9/datadog-snapshots/");

        SnapshotsView view = new SnapshotsView(
                current(manifest(now, Entries.captured("cpu", "CPU"))),
                previous(manifest(Entries.captured("latency", "Latency"), Entries.captured("cpu", "CPU"))),
                Map.of("build #9", nine));

        GraphView latency = view.getGraphs().get(0);
        GraphView cpu = view.getGraphs().get(1);
        assertThat(latency.isBesideBaseline()).isTrue();
        assertThat(latency.getPreviousImageUrl()).isEqualTo("job/perf/9/datadog-snapshots/image/latency.png");
        assertThat(latency.getBesideLabel()).isEqualTo("#9");
        assertThat(latency.getBesideCaption()).isEqualTo("Baseline: #9");
        assertThat(latency.getBesidePageUrl()).isEqualTo("job/perf/9/datadog-snapshots/");
        assertThat(cpu.isBesideBaseline())
                .as("no numbers, so no baseline: the previous successful build")
                .isFalse();
        assertThat(cpu.getPreviousImageUrl()).isEqualTo(PREVIOUS_BASE + "cpu.png");
        assertThat(cpu.getBesideLabel()).isEqualTo("#11");
        assertThat(cpu.getBesideCaption()).isEqualTo("Previous successful build: #11");
    }

    @Test
    void shouldListOnlyGraphsWithNumbersInTheOverviewAndCountTheRegressions() {
        ManifestEntry regressed = Entries.withNumbers(
                Entries.captured("latency", "Latency"),
                "max < 100",
                List.of(Entries.series("avg:latency{*}", "*", "ms", 130.0)),
                null,
                null);
        ManifestEntry fine = Entries.withNumbers(
                Entries.captured("errors", "Errors"),
                "max < 100",
                List.of(Entries.series("sum:errors{*}", "*", null, 3.0)),
                null,
                null);

        SnapshotsView view =
                new SnapshotsView(current(manifest(regressed, Entries.captured("cpu", "CPU"), fine)), null);

        assertThat(view.getOverview()).extracting(GraphView::getName).containsExactly("latency", "errors");
        assertThat(view.getOverviewCount()).isEqualTo(2);
        assertThat(view.getRegressionCount()).isEqualTo(1);
        assertThat(view.getNumbersSummary()).isEqualTo("1 of 2 graphs crossed its thresholds (no baseline)");
        assertThat(view.getPageUrl()).isEqualTo("job/perf/12/datadog-snapshots/");
    }

    @Test
    void shouldNameTheBaselineInTheNumbersSummaryAndSayNothingWithoutNumbers() {
        Manifest baseline = manifest(Entries.withNumbers(
                Entries.captured("latency", "Latency"),
                null,
                List.of(Entries.series("avg:latency{*}", "*", "ms", 100.0)),
                null,
                null));
        ManifestEntry now = Entries.withNumbers(
                Entries.captured("latency", "Latency"),
                "p95 +10%",
                List.of(Entries.series("avg:latency{*}", "*", "ms", 105.0)),
                baseline,
                "build #9");

        assertThat(new SnapshotsView(current(manifest(now)), null).getNumbersSummary())
                .isEqualTo("no graph crossed its thresholds (baseline: build #9)");
        assertThat(new SnapshotsView(current(manifest(now)), null).getHeadline())
                .as("one text, so a page template cannot lose the space before the semicolon's words")
                .isEqualTo("1 graph captured; no graph crossed its thresholds (baseline: build #9)");
        assertThat(new SnapshotsView(current(manifest(now)), null)
                        .getGraphs()
                        .get(0)
                        .getNumbers()
                        .getBaselineNote())
                .isEqualTo(" (baseline: build #9)");
        assertThat(new SnapshotsView(current(manifest(Entries.captured("cpu", "CPU"))), null).getHeadline())
                .isEqualTo("1 graph captured");
        assertThat(only(Entries.captured("cpu", "CPU")).getNumbers().getBaselineNote())
                .isEmpty();
        assertThat(new SnapshotsView(current(manifest(Entries.captured("cpu", "CPU"))), null).getNumbersSummary())
                .isNull();
        assertThat(SnapshotsView.unavailable("gone").getOverview()).isEmpty();
    }

    @Test
    void shouldSayWhyAPictureWasDrawnHere() {
        GraphView local = only(Entries.captured("cpu", "CPU").drawnLocally("Datadog's snapshot budget refused it"));
        GraphView datadogs = only(Entries.captured("cpu", "CPU"));

        assertThat(local.isDrawnLocally()).isTrue();
        assertThat(local.getRenderedLocally()).isEqualTo("Datadog's snapshot budget refused it");
        assertThat(datadogs.isDrawnLocally()).isFalse();
        assertThat(datadogs.getRenderedLocally()).isNull();
    }
}

package io.github.datadogsnapshot.maven;

import static io.github.datadogsnapshot.maven.TestCaptures.captured;
import static io.github.datadogsnapshot.maven.TestCaptures.failed;
import static io.github.datadogsnapshot.maven.TestCaptures.manifest;
import static io.github.datadogsnapshot.maven.TestCaptures.page;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.datadogsnapshot.client.manifest.Manifest;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The page as HTML: rendered into Doxia's XHTML5 sink in memory. */
class SnapshotReportRendererTest {

    private static final Pattern IMG_SRC = Pattern.compile("<img [^>]*src=\"([^\"]+)\"");

    private static List<String> imageSources(String html) {
        Matcher m = IMG_SRC.matcher(html);
        return m.results().map(r -> r.group(1)).toList();
    }

    @Test
    void shouldShowEveryGraphWithImageQueryWindowAndLink() {
        Manifest current = manifest(captured("cpu", "CPU user time", "avg:system.cpu.user{*}"),
                failed("disk", "Disk in use", "the image of graph 'disk' was not ready after 30 s"));

        String html = page(new ReportData(current, Map.of("cpu", "datadog-snapshots/cpu.png"), null, Map.of(), null));

        assertThat(imageSources(html)).containsExactly("datadog-snapshots/cpu.png");
        assertThat(html).contains("<h1>Datadog Snapshots</h1>")
                .contains("2 graphs from datadoghq.com (https://api.datadoghq.com), captured up to"
                        + " 2024-05-01 10:05:08 UTC.")
                .contains("1 graph could not be captured")
                .contains("CPU user time</h2>")
                .contains("alt=\"Datadog graph CPU user time, 2024-05-01 10:00:00 UTC to 2024-05-01 10:05:03 UTC"
                        + " (5 min 3 s)\"")
                .contains("width=\"800\"").contains("height=\"400\"")
                .contains("<code>avg:system.cpu.user{*}</code>")
                .contains("<code>sources:deploy</code>")
                .contains("800 &#xd7; 400 px, 20.1 KiB")
                .contains("href=\"https://p.datadoghq.com/snapshot/view/dd-snapshots-prod/org_1/2024-05-01/cpu.png\"")
                .contains("stored 2.4 s after the request (1 request, 2 checks)")
                .contains("Disk in use</h2>")
                .contains("Not captured: </strong>the image of graph 'disk' was not ready after 30 s")
                .doesNotContain("Baseline");
    }

    @Test
    void shouldShowAGraphDefinitionOverSeveralLines() {
        var e = captured("latency", "Latency", null);
        var withDef = new io.github.datadogsnapshot.client.manifest.ManifestEntry(e.name(), e.title(), e.status(), null, null,
                "{\"viz\":\"timeseries\",\"requests\":[{\"q\":\"p95:trace.http.request.duration{*}\"}]}", null,
                e.window(), e.image(), e.snapshotUrl(), e.timings());

        String html = page(new ReportData(manifest(withDef), Map.of(), null, Map.of(), null));

        assertThat(html).contains("<th style=\"width:9em\">Graph definition</th>")
                .contains("&quot;viz&quot; : &quot;timeseries&quot;,\n  &quot;requests&quot; : [ {\n"
                        + "    &quot;q&quot; : &quot;p95:trace.http.request.duration{*}&quot;")
                .doesNotContain(">Query<");
    }

    @Test
    void shouldShowEachGraphNextToTheBaselineOfTheSameName() {
        Manifest current = manifest(captured("cpu", "CPU", "avg:a{*}"), captured("new", "New graph", "avg:n{*}"));
        Manifest baseline = manifest(captured("cpu", "CPU", "avg:a{*}"), captured("old", "Old graph", "avg:o{*}"));

        String html = page(new ReportData(current,
                Map.of("cpu", "datadog-snapshots/cpu.png", "new", "datadog-snapshots/new.png"), baseline,
                Map.of("cpu", "datadog-snapshots/baseline/cpu.png", "old", "datadog-snapshots/baseline/old.png"),
                "target/baseline"));

        assertThat(imageSources(html)).containsExactly("datadog-snapshots/cpu.png",
                "datadog-snapshots/baseline/cpu.png", "datadog-snapshots/new.png");
        assertThat(html).contains("Each graph is shown next to its baseline from target/baseline")
                .contains(">This build</th>").contains(">Baseline</th>")
                .contains("The baseline has no graph of this name.")
                .contains("Only in the baseline</h2>")
                .contains("These graphs are in the baseline but not in this capture: Old graph")
                .contains("table-layout:fixed");
    }

    @Test
    void shouldSaySoWhenTheBaselineDirectoryHoldsNoCapture() {
        String html = page(new ReportData(manifest(captured("cpu", "CPU", "avg:a{*}")), Map.of(), null, Map.of(),
                "target/nothing-here"));

        assertThat(html).contains("There is no earlier capture in the baseline directory target/nothing-here")
                .contains("The image file named in the manifest is missing.");
    }

    @Test
    void shouldEscapeTextFromTheManifest() {
        Manifest current = manifest(captured("x", "\"><script>alert(1)</script>", "avg:a{*} by {<b>}"));

        String html = page(new ReportData(current, Map.of("x", "datadog-snapshots/x.png"), null, Map.of(), null));

        assertThat(html).doesNotContain("<script>").doesNotContain("<b>")
                .contains("<h2>&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</h2>")
                .contains("alt=\"Datadog graph &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;, 2024-05-01");
    }

    @Test
    void shouldNotLinkSnapshotUrlsThatAreNotHttp() {
        var e = captured("x", "X", "avg:a{*}");
        var odd = new io.github.datadogsnapshot.client.manifest.ManifestEntry(e.name(), e.title(), e.status(), null,
                e.metricQuery(), null, null, e.window(), e.image(), "javascript:alert(1)", e.timings());

        String html = page(new ReportData(manifest(odd), Map.of("x", "datadog-snapshots/x.png"), null, Map.of(),
                null));

        assertThat(html).doesNotContain("href=\"javascript:").contains("javascript:alert(1)");
    }
}

package io.github.datadogsnapshot.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.datadogsnapshot.charts.XChartRenderer;
import io.github.datadogsnapshot.client.CaptureResult;
import io.github.datadogsnapshot.client.config.ApiEndpoint;
import io.github.datadogsnapshot.client.config.CaptureOptions;
import io.github.datadogsnapshot.client.config.ClientSettings;
import io.github.datadogsnapshot.client.config.Credentials;
import io.github.datadogsnapshot.client.config.PollPolicy;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.graph.TimeWindow;
import io.github.datadogsnapshot.client.manifest.Manifest;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.client.manifest.Manifests;
import io.github.datadogsnapshot.emulator.DatadogEmulator;
import io.github.datadogsnapshot.emulator.DatadogEmulatorExtension;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A seeded fuzz test of the numbers path, series to page: the emulator answers every metrics query with random
 * series (values NaN-free JSON numbers near the largest and smallest doubles, beyond a double such as {@code 1e309},
 * {@code null}, strings and tokens that are no JSON; timestamps unsorted and repeated; units of every kind), the
 * capture computes the statistics and checks random thresholds against a random baseline read from JSON (statistics
 * {@code "NaN"}, {@code "Infinity"}, {@code 1e309}, graphs of one name twice), the capture goal logs the numbers,
 * the report copies the images and renders the page. The invariant, run by run: the manifest is written, every
 * graph is listed, the page renders and names every graph. A failing run prints its seed and run number.
 */
class NumbersPathFuzzTest {

    static final long SEED = 20261207L;
    static final int RUNS = 40;

    @RegisterExtension
    static final DatadogEmulatorExtension EMULATOR = new DatadogEmulatorExtension(
            DatadogEmulator.builder().renderDelay(Duration.ZERO).rateLimit(100_000, Duration.ofHours(1)));

    @TempDir
    Path dir;

    static final String[] VALUES = {"null", "0", "-0.0", "1", "-5", "42.5", "1e309", "-1e309", "1.7e308", "-1.7e308",
            "1.7976931348623157e308", "1e-308", "4.9e-324", "-1e-308", "123456789012345678901234567890", "0.000001"};
    static final String[] HOSTILE = {"\"12\"", "NaN", "true", "[1]", "Infinity"};
    static final String[] UNITS = {"null", "[{\"short_name\":\"ms\"},null]", "[{\"short_name\":\"%\"},null]",
            "[{\"short_name\":\"s\"},null]", "[{\"short_name\":\"B\"},{\"short_name\":\"s\"}]", "[{\"name\":\"unknown\"},null]"};
    static final String[] SCOPES = {"*", "host:a", "host:b", "env:perf,host:a", "host:a,env:perf"};
    static final String[] THRESHOLDS = {null, "p95 +10%", "avg < 800", "max <= 1000000", "min > -5", "last -10%",
            "avg +5% and +2ms", "p50 < 1.5s", "max < 80%", "p95 +0%; avg < 1", "min > 0; max < 1.7"};
    static final String[] BASELINE_VALUES = {"1", "-5", "0", "1e309", "\"NaN\"", "\"Infinity\"", "\"-Infinity\"",
            "1.7e308", "1e-308", "-1.7e308", "800"};

    static String pick(Random random, String[] values) {
        return values[random.nextInt(values.length)];
    }

    /** A metrics query answer: 0 to 4 series, each 0 to 25 points; now and then a value that is no number. */
    static String answer(Random random) {
        StringBuilder json = new StringBuilder("{\"status\":\"ok\",\"series\":[");
        int series = random.nextInt(5);
        boolean hostile = random.nextInt(8) == 0;
        for (int s = 0; s < series; s++) {
            json.append(s == 0 ? "" : ",").append("{\"metric\":\"m\",\"scope\":\"").append(pick(random, SCOPES))
                    .append("\",\"unit\":").append(pick(random, UNITS)).append(",\"pointlist\":[");
            int points = random.nextInt(26);
            for (int p = 0; p < points; p++) {
                long time = 1_700_000_000_000L + random.nextInt(10) * 20_000L; // unsorted, repeated
                String value = hostile && random.nextInt(10) == 0 ? pick(random, HOSTILE)
                        : random.nextBoolean() ? pick(random, VALUES)
                        : Double.toString((random.nextDouble() - 0.3) * Math.pow(10, random.nextInt(40) - 20));
                json.append(p == 0 ? "" : ",").append("[").append(time).append(".0,").append(value).append("]");
            }
            json.append("]}");
        }
        return json.append("]}").toString();
    }

    /** A baseline manifest as JSON: the graphs' names (one of them now and then twice), statistics of any kind. */
    static String baseline(Random random, List<String> names) {
        StringBuilder json = new StringBuilder("{\"schemaVersion\":2,\"updatedAt\":\"2026-12-01T10:00:00Z\",\"graphs\":[");
        List<String> listed = new ArrayList<>(names);
        if (random.nextInt(4) == 0) {
            listed.add(names.get(0));
        }
        for (int g = 0; g < listed.size(); g++) {
            json.append(g == 0 ? "" : ",").append("{\"name\":\"").append(listed.get(g))
                    .append("\",\"status\":\"CAPTURED\",\"series\":[");
            int series = random.nextInt(4);
            for (int s = 0; s < series; s++) {
                boolean none = random.nextInt(5) == 0;
                json.append(s == 0 ? "" : ",").append("{\"query\":\"avg:m{*}\",\"scope\":\"")
                        .append(pick(random, SCOPES)).append("\",\"unit\":\"").append(random.nextBoolean() ? "ms" : "%")
                        .append("\",\"points\":").append(none ? 0 : 1 + random.nextInt(100));
                if (!none) {
                    for (String statistic : List.of("min", "avg", "p50", "p95", "max", "last")) {
                        json.append(",\"").append(statistic).append("\":").append(pick(random, BASELINE_VALUES));
                    }
                }
                json.append("}");
            }
            json.append("]}");
        }
        return json.append("]}").toString();
    }

    /** What the runs ended as, printed after them: the counts the troubleshooting page quotes. */
    private final Map<String, Integer> outcomes = new java.util.TreeMap<>();

    private void tally(Manifest written, String answer) {
        count("captures");
        if (answer.contains("e309")) {
            count("captures whose answer held a value beyond a double");
        }
        for (ManifestEntry entry : written.graphs()) {
            count("graphs");
            count(entry.isCaptured() ? "captured" : entry.error().contains("could not be drawn locally")
                    ? "failed: nothing to draw here" : "failed: " + entry.error());
            if (entry.numbersError() != null) {
                count(entry.numbersError().contains("not a finite number") ? "numbersError: values left out"
                        : "numbersError: answer not read");
            }
            if (entry.comparison() != null) {
                entry.comparison().series().forEach(c -> count("series " + c.verdict()));
            }
        }
    }

    private void count(String what) {
        outcomes.merge(what, 1, Integer::sum);
    }

    @org.junit.jupiter.api.AfterEach
    void printTheNumbers() {
        System.out.println("Numbers fuzz suite (seed " + SEED + ", " + RUNS + " captures): " + outcomes);
    }

    @Test
    void shouldWriteTheManifestListEveryGraphAndRenderThePageWhateverTheNumbers(DatadogEmulator emulator)
            throws Exception {
        Random random = new Random(SEED);
        Instant now = Instant.now();
        TimeWindow window = new TimeWindow(now.minusSeconds(1800), now);
        ClientSettings settings = ClientSettings.builder(ApiEndpoint.custom(emulator.baseUrl().toString()),
                Credentials.of(emulator.apiKey(), emulator.applicationKey())).timeout(Duration.ofSeconds(20))
                .pollPolicy(everyTwentyMillis()).build();
        for (int run = 0; run < RUNS; run++) {
            String where = "seed " + SEED + ", run " + run;
            String answer = answer(random);
            emulator.faults().queryAnswer(answer);
            List<GraphSpec> graphs = new ArrayList<>();
            int count = 1 + random.nextInt(3);
            for (int g = 0; g < count; g++) {
                graphs.add(GraphSpec.builder().name("g" + g).metricQuery("avg:m{*}").width(300).height(150)
                        .thresholds(pick(random, THRESHOLDS)).build());
            }
            List<String> names = graphs.stream().map(GraphSpec::name).toList();
            String baselineJson = baseline(random, names);
            Manifest baseline = Manifests.read(new ByteArrayInputStream(baselineJson.getBytes(StandardCharsets.UTF_8)),
                    "baseline of " + where);
            boolean compareInCapture = random.nextBoolean();
            CaptureOptions options = random.nextInt(4) == 0
                    ? CaptureOptions.of(CaptureOptions.Renderer.LOCAL, new XChartRenderer()) : CaptureOptions.DEFAULT;
            if (compareInCapture) {
                options = options.withBaseline(baseline, "baseline");
            }
            Path out = dir.resolve("run-" + run);
            RecordingLog log = new RecordingLog();

            CaptureResult result = CaptureSupport.run(new CaptureSupport.Plan(graphs, window, "the test", settings,
                    out, window.start(), options), false, false, log);

            Manifest written = Manifests.readIfPresent(out).orElseThrow(() -> new AssertionError(where + ": no manifest"
                    + " for the answer " + answer));
            assertThat(written.graphs()).as(where + ", answer " + answer).extracting(ManifestEntry::name)
                    .containsExactlyElementsOf(names);
            assertThat(written.graphs()).as(where).isEqualTo(result.entries());
            assertThat(written.graphs()).as(where + ": numbers or a numbersError, answer " + answer)
                    .allSatisfy(e -> assertThat(e.series() != null || e.numbersError() != null).isTrue());
            Path site = dir.resolve("site-" + run);
            Map<String, String> images = ReportImages.copy(written, out, site, ReportMojo.OUTPUT_NAME, w -> { });
            String html = TestCaptures.page(ReportData.of(written, images, baseline, Map.of(), "baseline",
                    "baseline (captured up to 2026-12-01 10:00:00 UTC)"));
            for (String name : names) {
                assertThat(html).as(where).contains("#graph-" + name);
            }
            assertThat(written.graphs()).as(where + ": no picture fails for a reason not foreseen, answer " + answer)
                    .allSatisfy(e -> assertThat(e.error() == null ? "" : e.error()).doesNotContain("unexpected error"));
            tally(written, answer);
            assertThat(html).as(where).doesNotContain("00000000000000000000000000000000000000");
        }
    }

    /** Every image looked at every 20 ms. */
    private static PollPolicy everyTwentyMillis() {
        PollPolicy.Steps steps = new PollPolicy.Steps(Duration.ofMillis(20), 0, Duration.ofMillis(20));
        return new PollPolicy(steps, steps, 0, Duration.ofMillis(20), Duration.ofMillis(20), Duration.ofMillis(20));
    }
}

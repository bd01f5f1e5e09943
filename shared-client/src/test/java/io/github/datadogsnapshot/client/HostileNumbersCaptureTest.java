package io.github.datadogsnapshot.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.datadogsnapshot.client.config.ApiEndpoint;
import io.github.datadogsnapshot.client.config.CaptureOptions;
import io.github.datadogsnapshot.client.config.ClientSettings;
import io.github.datadogsnapshot.client.config.Credentials;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.graph.TimeWindow;
import io.github.datadogsnapshot.client.manifest.ManifestEntry;
import io.github.datadogsnapshot.client.manifest.Manifests;
import io.github.datadogsnapshot.client.regression.SeriesStats;
import io.github.datadogsnapshot.client.regression.Verdict;
import io.github.datadogsnapshot.emulator.DatadogEmulator;
import io.github.datadogsnapshot.emulator.DatadogEmulatorExtension;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Numbers are data from outside: whatever {@code /api/v1/query} answers (values beyond a double, values near the
 * largest double, points out of time order, answers larger than the client reads), the capture ends with its
 * manifest written, every graph listed and its picture kept; the numbers end as statistics or as a recorded
 * {@code numbersError}.
 */
class HostileNumbersCaptureTest {

    @RegisterExtension
    static DatadogEmulatorExtension emulatorExtension = new DatadogEmulatorExtension(
            DatadogEmulator.builder().renderDelay(Duration.ZERO));

    @TempDir
    Path dir;

    DatadogEmulator emulator;
    SnapshotClient client;
    List<String> lines = new ArrayList<>();
    TimeWindow window = new TimeWindow(Instant.now().minusSeconds(1800), Instant.now());

    @BeforeEach
    void setUp() {
        emulator = emulatorExtension.get();
        client = new SnapshotClient(ClientSettings.builder(ApiEndpoint.custom(emulator.baseUrl().toString()),
                Credentials.of(emulator.apiKey(), emulator.applicationKey())).timeout(Duration.ofSeconds(5))
                .pollPolicy(Polls.every(Duration.ofMillis(50))).build());
    }

    @AfterEach
    void tearDown() {
        client.close();
    }

    static GraphSpec latency(String thresholds) {
        return GraphSpec.builder().name("latency").metricQuery("avg:trace.http.request.duration{service:shop}")
                .width(400).height(200).thresholds(thresholds).build();
    }

    /** An answer of one series whose points are {@code [time, value]} as given, values written as JSON text. */
    static String answer(long[] times, String... values) {
        StringBuilder points = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            points.append(i == 0 ? "" : ",").append("[").append(times[i]).append(".0,").append(values[i]).append("]");
        }
        return "{\"status\":\"ok\",\"series\":[{\"metric\":\"trace.http.request.duration\",\"scope\":\"service:shop\","
                + "\"unit\":[{\"short_name\":\"ms\"},null],\"pointlist\":[" + points + "]}]}";
    }

    CaptureResult capture(CaptureOptions options, GraphSpec... graphs) throws Exception {
        return new SnapshotCapture(client, options).capture(List.of(graphs), window, dir,
                new ProgressLog(l -> lines.add("INFO " + l), l -> lines.add("WARN " + l)));
    }

    @Test
    void shouldLeaveAValueBeyondADoubleOutOfTheStatisticsAndKeepTheManifest() throws Exception {
        emulator.faults().queryAnswer(answer(new long[] {1000, 2000, 3000}, "10", "1e309", "30"));

        CaptureResult result = capture(CaptureOptions.DEFAULT, latency("avg < 800"));

        ManifestEntry entry = result.entries().get(0);
        assertThat(entry.isCaptured()).isTrue();
        assertThat(entry.series()).singleElement().satisfies(s -> {
            assertThat(s.points()).isEqualTo(2);
            assertThat(s.avg()).isEqualTo(20.0);
        });
        assertThat(entry.numbersError()).contains("1 value was not a finite number").contains("left out");
        assertThat(entry.comparison().verdict()).isEqualTo(Verdict.OK);
        assertThat(Manifests.readIfPresent(dir).orElseThrow().graphs()).containsExactly(entry);
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("WARN Graph 'latency': its numbers are incomplete"));
    }

    @Test
    void shouldGiveFiniteStatisticsOfValuesNearTheLargestDoubleAndCheckThemAgainstABound() throws Exception {
        emulator.faults().queryAnswer(answer(new long[] {1000, 2000, 3000}, "1.7e308", "1.7e308", "1.7e308"));

        CaptureResult result = capture(CaptureOptions.DEFAULT, latency("avg < 800"));

        ManifestEntry entry = result.entries().get(0);
        SeriesStats stats = entry.series().get(0);
        assertThat(stats.avg()).isEqualTo(1.7e308);
        assertThat(entry.comparison().verdict()).isEqualTo(Verdict.REGRESSION);
        assertThat(result.regressions()).singleElement().asString().contains("is 1.7e308 ms, which breaks");
        String written = Files.readString(dir.resolve(Manifests.FILE_NAME));
        assertThat(written).doesNotContain("Infinity").doesNotContain("NaN");
    }

    @Test
    void shouldTakeTheLatestPointAsLastWhateverTheAnswersOrder() throws Exception {
        emulator.faults().queryAnswer(answer(new long[] {3000, 1000, 2000, 2000}, "30", "10", "20", "25"));

        ManifestEntry entry = capture(CaptureOptions.DEFAULT, latency(null)).entries().get(0);

        assertThat(entry.series().get(0).last()).isEqualTo(30.0);
        assertThat(entry.numbersError()).isNull();
    }

    @Test
    void shouldDrawAPictureHereOfPointsOutOfOrderAndBeyondADouble() throws Exception {
        emulator.faults().queryAnswer(answer(new long[] {3000, 1000, 2000, 4000}, "30", "1e309", "20",
                "1.7976931348623157e308"));

        ManifestEntry entry = capture(CaptureOptions.of(CaptureOptions.Renderer.LOCAL,
                new io.github.datadogsnapshot.charts.XChartRenderer()), latency(null)).entries().get(0);

        assertThat(entry.error()).isNull();
        assertThat(entry.isCaptured()).isTrue();
        assertThat(entry.series().get(0).last()).isEqualTo(Double.MAX_VALUE);
    }

    @Test
    void shouldSayThatThereIsNothingToDrawWhenNoPointHasAFiniteValue() throws Exception {
        emulator.faults().queryAnswer(answer(new long[] {1000, 2000}, "null", "1e309"));

        ManifestEntry entry = capture(CaptureOptions.of(CaptureOptions.Renderer.LOCAL,
                new io.github.datadogsnapshot.charts.XChartRenderer()), latency(null)).entries().get(0);

        assertThat(entry.isCaptured()).isFalse();
        assertThat(entry.error()).startsWith("graph 'latency' could not be drawn locally: none of its 1 series has a"
                + " point with a value it can draw (a finite number up to 1e300) in the window");
        assertThat(Manifests.readIfPresent(dir).orElseThrow().graphs()).containsExactly(entry);
    }

    @Test
    void shouldNameTheClientsLimitForAnAnswerTooLargeToRead() throws Exception {
        String point = ",[1000.0,12.345678901234567]";
        StringBuilder body = new StringBuilder(answer(new long[] {1000}, "1"));
        int at = body.indexOf("]]}]}") + 1;
        body.insert(at, point.repeat(9 * 1024 * 1024 / point.length()));

        emulator.faults().queryAnswer(body.toString());
        ManifestEntry entry = capture(CaptureOptions.DEFAULT, latency(null)).entries().get(0);
        assertThat(entry.isCaptured()).isTrue();
        assertThat(entry.series()).isEmpty();
        assertThat(entry.numbersError()).contains("is larger than the client's limit of 8 MiB for one JSON answer")
                .doesNotContain("is the API URL");
    }

    @Test
    void shouldLogTheNumbersWaitForTheQueryBudgetAsTheSnapshotsWaitIsLogged() throws Exception {
        emulator.faults().queryRateLimitRemaining(0).queryRateLimitReset(Duration.ofSeconds(1));

        ManifestEntry entry = capture(CaptureOptions.DEFAULT, latency(null)).entries().get(0);

        assertThat(entry.series()).as("fetched after the reset").hasSize(1);
        assertThat(lines).anySatisfy(l -> assertThat(l.toLowerCase(Locale.ROOT))
                .startsWith("warn graph 'latency': datadog's metrics query rate limit is used up")
                .contains("retrying in"));
    }

    @Test
    void shouldLogTheNumbersRetries() throws Exception {
        // Drawn here, the graph asks for its numbers first: the one server error meets the metrics query.
        emulator.faults().serverErrors(1);

        ManifestEntry entry = capture(CaptureOptions.of(CaptureOptions.Renderer.LOCAL,
                new io.github.datadogsnapshot.charts.XChartRenderer()), latency(null)).entries().get(0);

        assertThat(entry.series()).hasSize(1);
        assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("WARN Graph 'latency': ")
                .contains("the metrics query").contains("retrying in"));
    }
}

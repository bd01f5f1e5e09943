package io.github.datadogsnapshot.client.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.datadogsnapshot.client.regression.MetricSeries;
import io.github.datadogsnapshot.client.transport.FormulaRequest;
import io.github.datadogsnapshot.emulator.DatadogEmulator;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The formula numbers through the client's transport against the emulator's {@code /api/v2/query/timeseries}. */
class FormulaNumbersTest {

    static final FormulaRequest.Query CPU = new FormulaRequest.Query("a", "avg:system.cpu.user{env:perf}");

    DatadogEmulator emulator;
    V2Harness harness;

    @BeforeEach
    void setUp() {
        emulator = DatadogEmulator.builder().build().start();
        harness = new V2Harness(emulator.baseUrl().toString(), emulator.apiKey(), emulator.applicationKey(),
                Clock.fixed(V2Harness.NOW, ZoneOffset.UTC));
    }

    @AfterEach
    void tearDown() throws Exception {
        harness.close();
        emulator.close();
    }

    FormulaNumbers.Result fetch(FormulaRequest request) throws Exception {
        return harness.numbers().fetch(V2Harness.GRAPH, request, V2Harness.WINDOW, V2Harness.NOW.plusSeconds(60),
                harness.listener).result().get(30, TimeUnit.SECONDS);
    }

    @Test
    void shouldGetOneSeriesPerFormulaWithItsAlias() throws Exception {
        FormulaNumbers.Result plain = fetch(new FormulaRequest(List.of(CPU), List.of()));
        FormulaNumbers.Result doubled = fetch(new FormulaRequest(List.of(CPU),
                List.of(new FormulaRequest.Formula("a * 2", "Twice the CPU"))));

        assertThat(doubled.error()).isNull();
        MetricSeries series = doubled.series().get(0);
        assertThat(doubled.series()).hasSize(1);
        assertThat(series.label()).isEqualTo("Twice the CPU");
        assertThat(series.query()).isEqualTo("a * 2");
        assertThat(series.unit()).isEqualTo("%");
        List<MetricSeries.Point> points = plain.series().get(0).points();
        assertThat(series.points()).hasSameSizeAs(points).isNotEmpty();
        for (int i = 0; i < points.size(); i++) {
            assertThat(series.points().get(i).value()).isEqualTo(points.get(i).value() * 2);
            assertThat(series.points().get(i).epochMillis()).isBetween(V2Harness.WINDOW.start().toEpochMilli(),
                    V2Harness.WINDOW.end().toEpochMilli());
        }
        assertThat(emulator.requests()).allMatch(r -> r.path().equals("/api/v2/query/timeseries"));
    }

    @Test
    void shouldNoteDatadogsWordsForAFormulaItRefuses() throws Exception {
        FormulaNumbers.Result result = fetch(new FormulaRequest(List.of(CPU),
                List.of(new FormulaRequest.Formula("abs(a)", null))));

        assertThat(result.series()).isEmpty();
        assertThat(result.error()).startsWith("Datadog answered 400 Bad Request for the formula query of graph"
                + " 'latency': formulas[0]: Error parsing formula 'abs(a)'");
    }

    @Test
    void shouldWaitForNoBudgetPastTheDeadline() throws Exception {
        emulator.faults().queryRateLimitRemaining(0);

        FormulaNumbers.Result result = fetch(new FormulaRequest(List.of(CPU), List.of()));

        assertThat(result.series()).isEmpty();
        assertThat(result.error()).contains("metrics query rate limit").contains("after the timeout");
    }

    @Test
    void shouldRetryServerErrorsAsForV1() throws Exception {
        emulator.faults().serverErrors(1);

        FormulaNumbers.Result result = fetch(new FormulaRequest(List.of(CPU), List.of()));

        assertThat(result.error()).isNull();
        assertThat(harness.heard).singleElement().asString().startsWith("retrying latency: Datadog answered 500");
    }
}

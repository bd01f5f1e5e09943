package io.github.datadogsnapshot.client;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.datadogsnapshot.client.graph.GraphQueries;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.regression.Comparison;
import io.github.datadogsnapshot.client.regression.SeriesStats;
import io.github.datadogsnapshot.client.regression.Threshold;
import io.github.datadogsnapshot.client.wire.Json;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The numbers' records as a manifest would hold them: readable JSON that reads back to equal values. */
class NumbersJsonTest {

    @Test
    void shouldWriteAndReadAComparison() throws Exception {
        Comparison comparison = Comparison.of("latency", Threshold.parseAll("p95 +10% and +2ms; max < 800", "t"),
                List.of(SeriesStats.of("avg:a{*} by {host}", "host:a", "ms", Arrays.asList(null, 100.0, 900.0)),
                        SeriesStats.of("avg:a{*} by {host}", "host:b", "ms", List.of())),
                List.of(SeriesStats.of("avg:a{*} by {host}", "host:a", "ms", List.of(100.0, 110.0))));

        String json = Json.MAPPER.writeValueAsString(comparison);

        assertThat(json).contains("\"thresholds\":[\"p95 +10% and +2ms\",\"max < 800\"]", "\"watched\":\"p95\"",
                "\"verdict\":\"REGRESSION\"", "\"threshold\":\"max < 800\"").doesNotContain("regression\"", "isBound");
        assertThat(Json.MAPPER.readValue(json, Comparison.class)).isEqualTo(comparison);
    }

    @Test
    void shouldLeaveOutStatisticsOfASeriesWithoutData() throws Exception {
        String empty = Json.MAPPER.writeValueAsString(SeriesStats.of("q", "*", null, List.of()));
        SeriesStats full = SeriesStats.of("q", "*", "ms", List.of(1.0, 2.0));

        assertThat(empty).isEqualTo("{\"query\":\"q\",\"scope\":\"*\",\"points\":0}");
        assertThat(Json.MAPPER.readValue(Json.MAPPER.writeValueAsString(full), SeriesStats.class)).isEqualTo(full);
        assertThat(Json.MAPPER.writeValueAsString(GraphQueries.metrics(GraphSpec.builder().graphDef(
                "{\"requests\":[{\"q\":\"avg:a{*}\"},{\"formulas\":[]}]}").build()))).isEqualTo("[{\"source\":"
                + "\"graphDef.requests[0]\",\"query\":\"avg:a{*}\"},{\"source\":\"graphDef.requests[1]\",\"problem\":"
                + "\"it uses formulas and functions (queries, formulas), which the v1 metrics query API cannot run\"}]");
    }
}

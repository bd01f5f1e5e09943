package io.github.datadogsnapshot.client.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.datadogsnapshot.client.config.ApiEndpoint;
import io.github.datadogsnapshot.client.exception.ClientSideException;
import io.github.datadogsnapshot.client.exception.ServiceException;
import io.github.datadogsnapshot.client.graph.TimeWindow;
import io.github.datadogsnapshot.client.regression.MetricSeries;
import io.github.datadogsnapshot.client.regression.SeriesStats;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormulaQueryApiTest {

    static final TimeWindow WINDOW = new TimeWindow(Instant.parse("2026-12-07T10:00:00.250Z"),
            Instant.parse("2026-12-07T10:30:00Z"));
    static final FormulaRequest ERROR_RATE = new FormulaRequest(
            List.of(new FormulaRequest.Query("errors", "sum:trace.http.request.errors{env:perf} by {host}"),
                    new FormulaRequest.Query("hits", "sum:trace.http.request.hits{env:perf} by {host}")),
            List.of(new FormulaRequest.Formula("errors / hits * 100", "Error %"),
                    new FormulaRequest.Formula("hits", null)));

    /** Two formulas, the first grouped by host, with a null, an integer and a value too large for a double. */
    static final String ANSWER = """
            {"data":{"type":"timeseries_response","attributes":{
              "series":[
                {"group_tags":["host:a"],"query_index":0,"unit":[{"family":"percentage","name":"percent",
                  "short_name":"%"},null]},
                {"group_tags":["host:b"],"query_index":0,"unit":null},
                {"group_tags":[],"query_index":1,"unit":[{"name":"hit","short_name":null},null]}],
              "times":[1796637600000,1796637660000,1796637720000],
              "values":[[1.5,null,2],[0.5,1e309,0.25],[100,200,300]]}}}""";

    FormulaQueryApi api = new FormulaQueryApi(ApiEndpoint.site("datadoghq.eu"));

    static HttpTransport.JsonAnswer answer(int status, String body) {
        return new HttpTransport.JsonAnswer(status, Map.of(), body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldPostTheWindowInMillisecondsWithQueriesAndFormulas() {
        assertThat(api.uri().toString()).isEqualTo("https://api.datadoghq.eu/api/v2/query/timeseries");
        assertThat(new String(api.body(ERROR_RATE, WINDOW), StandardCharsets.UTF_8)).isEqualTo("{\"data\":{"
                + "\"type\":\"timeseries_request\",\"attributes\":{\"from\":1796637600250,\"to\":1796639400000,"
                + "\"queries\":[{\"data_source\":\"metrics\",\"name\":\"errors\","
                + "\"query\":\"sum:trace.http.request.errors{env:perf} by {host}\"},"
                + "{\"data_source\":\"metrics\",\"name\":\"hits\",\"query\":\"sum:trace.http.request.hits{env:perf}"
                + " by {host}\"}],\"formulas\":[{\"formula\":\"errors / hits * 100\",\"alias\":\"Error %\"},"
                + "{\"formula\":\"hits\"}]}}}");
    }

    @Test
    void shouldReadOneSeriesPerFormulaAndGroupLabelledWithItsAlias() {
        List<MetricSeries> series = api.series(answer(200, ANSWER), ERROR_RATE);

        assertThat(series).hasSize(3);
        MetricSeries hostA = series.get(0);
        assertThat(hostA.query()).isEqualTo("errors / hits * 100");
        assertThat(hostA.label()).isEqualTo("Error %{host:a}");
        assertThat(hostA.scope()).isEqualTo("host:a");
        assertThat(hostA.tags()).containsExactly("host:a");
        assertThat(hostA.unit()).isEqualTo("%");
        assertThat(hostA.intervalSeconds()).isEqualTo(60);
        assertThat(hostA.points()).containsExactly(new MetricSeries.Point(1796637600000L, 1.5),
                new MetricSeries.Point(1796637660000L, null), new MetricSeries.Point(1796637720000L, 2.0));
        assertThat(series.get(2).label()).isEqualTo("hits");
        assertThat(series.get(2).unit()).isEqualTo("hit");
        assertThat(series.get(2).queryIndex()).isEqualTo(1);
    }

    @Test
    void shouldLeaveNonFiniteValuesToTheStatisticsAsForV1() {
        MetricSeries hostB = api.series(answer(200, ANSWER), ERROR_RATE).get(1);

        assertThat(hostB.points().get(1).value()).isInfinite();
        assertThat(SeriesStats.nonFinite(hostB)).isEqualTo(1);
        assertThat(SeriesStats.of(hostB).max()).isEqualTo(0.5);
    }

    @Test
    void shouldLabelTheQueriesByNameWhenNoFormulaWasSent() {
        FormulaRequest plain = new FormulaRequest(List.of(new FormulaRequest.Query("a", "avg:system.load.1{*}")),
                List.of());
        String body = "{\"data\":{\"attributes\":{\"series\":[{\"group_tags\":[],\"query_index\":0}],"
                + "\"times\":[1000,2000],\"values\":[[1,2]]}}}";

        MetricSeries series = api.series(answer(200, body), plain).get(0);

        assertThat(series.query()).isEqualTo("avg:system.load.1{*}");
        assertThat(series.label()).isEqualTo("a");
    }

    @Test
    void shouldRefuseAnswersThatAreNotTimeseries() {
        assertThatThrownBy(() -> api.series(answer(200, "<html>proxy</html>"), ERROR_RATE))
                .isInstanceOf(ClientSideException.class).hasMessageContaining("it is not complete JSON");
        assertThatThrownBy(() -> api.series(answer(200, ANSWER.replace("\"query_index\":1", "\"query_index\":7")),
                ERROR_RATE)).hasMessageContaining("series 2 has query_index 7, not one of the 2 formulas asked");
        assertThatThrownBy(() -> api.series(answer(200, ANSWER.replace("[100,200,300]", "[100,200]")), ERROR_RATE))
                .hasMessageContaining("values 2 do not have one value per time");
        assertThatThrownBy(() -> api.series(answer(200, ANSWER.replace("[1.5,null,2]", "[1.5,\"x\",2]")),
                ERROR_RATE)).hasMessageContaining("value 1 of series 0 is not a number or null");
        assertThatThrownBy(() -> api.series(new HttpTransport.JsonAnswer(200, Map.of(), new byte[0], true),
                ERROR_RATE)).hasMessageContaining("larger than the client's limit");
    }

    @Test
    void shouldExplainErrorsWithDatadogsWords() {
        ServiceException error = api.error(answer(403, "{\"errors\":[\"Forbidden\"]}"), "the formula query of graph 'x'");

        assertThat(error.getMessage()).startsWith("Datadog answered 403 Forbidden for the formula query of graph 'x':"
                + " Forbidden").contains("timeseries_query");
        assertThat(api.error(answer(429, "{\"errors\":[\"slow down\"]}"), "q").isRetryable()).isTrue();
    }

    @Test
    void shouldRefuseABadRequestNamingTheField() {
        assertThatThrownBy(() -> new FormulaRequest(List.of(), List.of())).hasMessage(
                "queries: give at least one metrics query");
        assertThatThrownBy(() -> new FormulaRequest(List.of(new FormulaRequest.Query("a", "x{*}"),
                new FormulaRequest.Query("a", "y{*}")), null)).hasMessage("queries[1].name: 'a' is used twice");
        assertThatThrownBy(() -> new FormulaRequest(List.of(new FormulaRequest.Query("1a", "x{*}")), null))
                .hasMessageStartingWith("queries[0].name: '1a' is not a name a formula can use");
        assertThatThrownBy(() -> new FormulaRequest(List.of(new FormulaRequest.Query("a", " ")), null))
                .hasMessageStartingWith("queries[0].query: give a metric query");
        assertThatThrownBy(() -> new FormulaRequest(List.of(new FormulaRequest.Query("a", "x{*}")),
                List.of(new FormulaRequest.Formula(" ", "alias")))).hasMessage("formulas[0].formula: must not be empty");
    }
}

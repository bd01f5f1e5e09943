package io.github.datadogsnapshot.client.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.datadogsnapshot.charts.Band;
import io.github.datadogsnapshot.client.config.ApiEndpoint;
import io.github.datadogsnapshot.client.exception.ClientSideException;
import io.github.datadogsnapshot.client.exception.ServiceException;
import io.github.datadogsnapshot.client.graph.TimeWindow;
import io.github.datadogsnapshot.client.regression.MetricSeries;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MetricsQueryApiTest {

    MetricsQueryApi api = new MetricsQueryApi(ApiEndpoint.site("datadoghq.eu"));
    TimeWindow window = new TimeWindow(Instant.parse("2021-06-16T12:21:41.500Z"), Instant.parse("2021-06-17T12:21:41.200Z"));

    /** Datadog's answer as recorded by its Java client's tests, cut to three points; floats as timestamps. */
    static final String RECORDED = """
            {"status":"ok","resp_version":1,"series":[{"end":1623932699000,"attributes":{},"metric":"system.cpu.idle",
            "interval":300,"tag_set":[],"start":1623846300000,"length":3,"query_index":0,"aggr":null,"scope":"*",
            "pointlist":[[1623846300000.0,94.31900300343831],[1623846600000.0,94.1221435991923],
            [1623846900000.0,94.4046950785319]],"expression":"system.cpu.idle{*}","unit":[{"family":"percentage",
            "scale_factor":1.0,"name":"percent","short_name":"%","plural":"percent","id":17},null],
            "display_name":"system.cpu.idle"}],"to_date":1623932501000,"query":"system.cpu.idle{*}","message":"",
            "res_type":"time_series","times":[],"from_date":1623846101000,"group_by":[],"values":[]}""";

    /** Two queries, the second grouped by host, with a gap, an integer timestamp and a unit "per" part. */
    static final String GROUPED = """
            {"status":"ok","res_type":"time_series","query":"avg:a{env:ci},sum:net.bytes{env:ci} by {host}",
            "series":[
             {"metric":"a","scope":"env:ci","tag_set":[],"expression":"avg:a{env:ci}","query_index":0,"aggr":"avg",
              "unit":null,"interval":60,"pointlist":[[1000,1.5],[61000,2.5]]},
             {"metric":"net.bytes","scope":"env:ci,host:h1","tag_set":["host:h1"],"expression":"sum:net.bytes{env:ci,host:h1}",
              "query_index":1,"aggr":"sum","unit":[{"family":"bytes","name":"byte","short_name":"B","plural":"bytes"},
              {"family":"time","name":"second","short_name":"s","plural":"seconds"}],"pointlist":[[1000,null],[61000,7]]},
             {"metric":"net.bytes","tag_set":["host:h2"],"query_index":1,"unit":[{"name":"error","short_name":null},null],
              "pointlist":[]}
            ]}""";

    static HttpTransport.JsonAnswer answer(int status, String body) {
        return new HttpTransport.JsonAnswer(status, Map.of(), body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldAskForTheWindowInSecondsWithTheQueryEncoded() {
        URI uri = api.queryUri(" avg:trace.http.request.duration{service:checkout,env:ci} by {host} ", window);

        assertThat(uri.getHost()).isEqualTo("api.datadoghq.eu");
        assertThat(uri.getPath()).isEqualTo("/api/v1/query");
        assertThat(uri.getRawQuery()).isEqualTo("from=1623846101&to=1623932502&query=avg%3Atrace.http.request.duration"
                + "%7Bservice%3Acheckout%2Cenv%3Aci%7D%20by%20%7Bhost%7D");
        assertThatThrownBy(() -> api.queryUri(" ", window)).hasMessageStartingWith("query: give a metric query");
    }

    @Test
    void shouldKeepACustomBaseUrlsPathPrefix() {
        URI uri = new MetricsQueryApi(ApiEndpoint.custom("https://proxy.example/datadog")).queryUri("avg:a{*}", window);

        assertThat(uri.toString()).startsWith("https://proxy.example/datadog/api/v1/query?from=");
    }

    @Test
    void shouldReadDatadogsRecordedAnswer() {
        List<MetricSeries> series = api.series(answer(200, RECORDED), "system.cpu.idle{*}");

        assertThat(series).hasSize(1);
        MetricSeries cpu = series.get(0);
        assertThat(cpu.query()).isEqualTo("system.cpu.idle{*}");
        assertThat(cpu.metric()).isEqualTo("system.cpu.idle");
        assertThat(cpu.scope()).isEqualTo("*");
        assertThat(cpu.tags()).isEmpty();
        assertThat(cpu.unit()).isEqualTo("%");
        assertThat(cpu.intervalSeconds()).isEqualTo(300);
        assertThat(cpu.label()).isEqualTo("system.cpu.idle{*}");
        assertThat(cpu.points()).containsExactly(new MetricSeries.Point(1623846300000L, 94.31900300343831),
                new MetricSeries.Point(1623846600000L, 94.1221435991923),
                new MetricSeries.Point(1623846900000L, 94.4046950785319));
    }

    @Test
    void shouldTellSeriesOfAListAndOfGroupsApart() {
        List<MetricSeries> series = api.series(answer(200, GROUPED), "avg:a{env:ci}, sum:net.bytes{env:ci} by {host}");

        assertThat(series).extracting(MetricSeries::query).containsExactly("avg:a{env:ci}",
                "sum:net.bytes{env:ci} by {host}", "sum:net.bytes{env:ci} by {host}");
        assertThat(series).extracting(MetricSeries::queryIndex).containsExactly(0, 1, 1);
        assertThat(series.get(0).unit()).isNull();
        assertThat(series.get(1).scope()).isEqualTo("env:ci,host:h1");
        assertThat(series.get(1).tags()).containsExactly("host:h1");
        assertThat(series.get(1).unit()).isEqualTo("B/s");
        assertThat(series.get(1).points()).containsExactly(new MetricSeries.Point(1000, null),
                new MetricSeries.Point(61000, 7.0));
        assertThat(series.get(2).scope()).as("from tag_set when scope is missing").isEqualTo("host:h2");
        assertThat(series.get(2).unit()).as("name when short_name is null").isEqualTo("error");
        assertThat(series.get(2).label()).isEqualTo("net.bytes{host:h2}");
        assertThat(series.get(2).points()).isEmpty();
    }

    @Test
    void shouldReadAnAnswerWithoutDataAsNoSeries() {
        assertThat(api.series(answer(200, "{\"status\":\"ok\",\"series\":[]}"), "avg:a{*}")).isEmpty();
    }

    @Test
    void shouldReportAQueryDatadogCouldNotRun() {
        assertThatThrownBy(() -> api.series(answer(200, "{\"status\":\"error\",\"error\":\"Rule 'scope_expr' didn't match\"}"),
                "avg:a{"))
                .isInstanceOf(ServiceException.class)
                .hasMessage("Datadog could not run the metrics query 'avg:a{': Rule 'scope_expr' didn't match (check the query)")
                .satisfies(e -> assertThat(((ServiceException) e).isRetryable()).isFalse());
    }

    @Test
    void shouldRefuseBodiesThatAreNotQueryAnswers() {
        assertThatThrownBy(() -> api.series(answer(200, "{\"status\":\"ok\",\"series\":[{\"scope\":\"*\",\"pointlist\":[[1"),
                "q")).isInstanceOf(ClientSideException.class).hasMessageContaining("is not complete JSON");
        assertThatThrownBy(() -> api.series(answer(200, "<html>proxy</html>"), "q"))
                .hasMessageStartingWith("Datadog's answer to the metrics query is not the expected JSON");
        assertThatThrownBy(() -> api.series(answer(200, "{\"status\":\"ok\"}"), "q")).hasMessageContaining("no series list");
        assertThatThrownBy(() -> api.series(answer(200, "{\"series\":[{\"scope\":\"*\",\"pointlist\":[[1,\"x\"]]}]}"), "q"))
                .hasMessageContaining("point 0 of series 0 (*) is not [time, value or null]: [1,\"x\"]");
        assertThatThrownBy(() -> api.series(answer(200, "{\"series\":[{\"scope\":\"*\"}]}"), "q"))
                .hasMessageContaining("series 0 (*) has no pointlist");
    }

    @Test
    void shouldAskForEventsWithTheFiltersOfTheEventQuery() {
        URI uri = api.eventsUri("sources:deploy,jenkins tags:env:ci priority:normal", window);

        assertThat(uri.getPath()).isEqualTo("/api/v1/events");
        assertThat(uri.getRawQuery()).isEqualTo(
                "start=1623846101&end=1623932502&sources=deploy%2Cjenkins&tags=env%3Aci&priority=normal");
        assertThatThrownBy(() -> api.eventsUri("deploy of checkout", window))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("eventQuery 'deploy of checkout': the word 'deploy' has no equivalent among the events API's"
                        + " filters (sources:, tags:, priority:)");
    }

    @Test
    void shouldReadEventsAsInstantBandsInTimeOrder() {
        List<Band> bands = api.events(answer(200, """
                {"events":[{"date_happened":1623900000,"title":"Deploy 2","tags":["env:ci"]},
                           {"date_happened":1623850000,"title":"Deploy 1","id":1}],"status":"ok"}"""));

        assertThat(bands).containsExactly(Band.at(1_623_850_000_000L, "Deploy 1"), Band.at(1_623_900_000_000L, "Deploy 2"));
        assertThat(api.events(answer(200, "{\"events\":[]}"))).isEmpty();
        assertThatThrownBy(() -> api.events(answer(200, "{\"events\":[{\"title\":\"x\"}]}")))
                .hasMessageContaining("event 0 has no date_happened");
    }

    @Test
    void shouldSayWhatToDoAboutErrorAnswers() {
        ServiceException forbidden = api.error(answer(403, "{\"errors\":[\"Forbidden\"]}"), "the metrics query of checkout");
        ServiceException limited = api.error(answer(429, "{\"errors\":[\"Rate limit reached\"]}"), "the metrics query");
        ServiceException failed = api.error(answer(503, "oops"), "the metrics query");

        assertThat(forbidden).hasMessage("Datadog answered 403 Forbidden for the metrics query of checkout: Forbidden"
                + " (check the API key and the application key (DD_API_KEY and DD_APP_KEY, or the configured credentials):"
                + " both from the same organization, for datadoghq.eu (https://api.datadoghq.eu); a scoped application"
                + " key needs the timeseries_query scope (events_read for events))");
        assertThat(limited.isRateLimited()).isTrue();
        assertThat(limited).hasMessageContaining("metrics query budget is used up");
        assertThat(failed.isRetryable()).isTrue();
        assertThat(failed).hasMessage("Datadog answered 503 Service Unavailable for the metrics query (a problem on"
                + " Datadog's side; try again later)");
    }
}

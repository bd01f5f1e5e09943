package io.github.datadogsnapshot.emulator;

import static io.github.datadogsnapshot.emulator.EmulatorClient.END;
import static io.github.datadogsnapshot.emulator.EmulatorClient.json;
import static io.github.datadogsnapshot.emulator.EmulatorClient.keys;
import static io.github.datadogsnapshot.emulator.EmulatorClient.metricQuery;
import static io.github.datadogsnapshot.emulator.EmulatorClient.with;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.datadogsnapshot.charts.Band;
import io.github.datadogsnapshot.charts.Line;
import io.github.datadogsnapshot.charts.LineChart;
import io.github.datadogsnapshot.charts.XChartRenderer;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class QueryEndpointTest {

    static final MutableClock CLOCK = MutableClock.at("2024-05-01T10:00:00Z");
    static final long START = END - 3600;

    @RegisterExtension
    static final DatadogEmulatorExtension EMULATOR = new DatadogEmulatorExtension(
            DatadogEmulator.builder().clock(CLOCK).renderDelay(Duration.ZERO).rateLimit(3, Duration.ofHours(1)));

    EmulatorClient client;

    @BeforeEach
    void setUp() {
        client = new EmulatorClient(EMULATOR.get());
    }

    JsonNode answer(String query) {
        HttpResponse<String> response = client.query(query, START, END);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return json(response);
    }

    @Test
    void shouldAnswerInDatadogsV1Format() {
        JsonNode body = answer("avg:system.cpu.user{env:perf}");

        assertThat(body.get("status").asText()).isEqualTo("ok");
        assertThat(body.get("res_type").asText()).isEqualTo("time_series");
        assertThat(body.get("query").asText()).isEqualTo("avg:system.cpu.user{env:perf}");
        assertThat(body.get("from_date").asLong()).isEqualTo(START * 1000);
        assertThat(body.get("to_date").asLong()).isEqualTo(END * 1000);
        assertThat(body.get("group_by")).isEmpty();
        assertThat(body.get("series")).hasSize(1);
        JsonNode series = body.get("series").get(0);
        assertThat(series.get("metric").asText()).isEqualTo("system.cpu.user");
        assertThat(series.get("display_name").asText()).isEqualTo("system.cpu.user");
        assertThat(series.get("aggr").asText()).isEqualTo("avg");
        assertThat(series.get("scope").asText()).isEqualTo("env:perf");
        assertThat(series.get("tag_set")).isEmpty();
        assertThat(series.get("expression").asText()).isEqualTo("avg:system.cpu.user{env:perf}");
        assertThat(series.get("query_index").asInt()).isZero();
        assertThat(series.get("interval").asLong()).isEqualTo(15);
        assertThat(series.get("unit").get(0).get("short_name").asText()).isEqualTo("%");
        assertThat(series.get("unit").get(0).get("family").asText()).isEqualTo("percentage");
        assertThat(series.get("unit").get(1).isNull()).isTrue();
        JsonNode points = series.get("pointlist");
        assertThat(series.get("length").asInt()).isEqualTo(points.size()).isEqualTo(240);
        assertThat(points.get(0).get(0).asLong()).isEqualTo(series.get("start").asLong()).isEqualTo(1_699_996_410_000L);
        long last = points.get(points.size() - 1).get(0).asLong();
        assertThat(last).isEqualTo(1_699_999_995_000L);
        assertThat(series.get("end").asLong()).isEqualTo(last + 14_000);
        assertThat(points.get(0).get(1).asDouble()).isBetween(0.0, 100.0);
    }

    @Test
    void shouldAnswerTheSeriesTheSnapshotDraws() {
        JsonNode series = answer("avg:trace.http.request.duration{service:checkout}").get("series").get(0);
        SyntheticMetrics.Series drawn =
                SyntheticMetrics.of("avg:trace.http.request.duration{service:checkout}", START, END).get(0);

        double[] values = drawn.values();
        long[] times = drawn.epochMillis();
        assertThat(series.get("pointlist")).hasSize(values.length);
        for (int i = 0; i < values.length; i++) {
            assertThat(series.get("pointlist").get(i).get(0).asLong()).isEqualTo(times[i]);
            assertThat(series.get("pointlist").get(i).get(1).asDouble()).isEqualTo(values[i]);
        }
        assertThat(series.get("unit").get(0).get("short_name").asText()).isEqualTo("ms");
    }

    @Test
    void shouldAnswerOneSeriesPerGroupWithNullsWhereAGroupHasNoData() {
        JsonNode body = answer("avg:c{env:perf} by {host}");

        JsonNode series = body.get("series");
        assertThat(series).hasSize(SyntheticMetrics.of("avg:c{env:perf} by {host}", START, END).size());
        assertThat(body.get("group_by")).extracting(JsonNode::asText).containsExactly("host");
        assertThat(series.get(0).get("scope").asText()).isEqualTo("env:perf,host:host-a");
        assertThat(series.get(0).get("tag_set")).extracting(JsonNode::asText).containsExactly("host:host-a");
        assertThat(series.get(1).get("expression").asText()).isEqualTo("avg:c{env:perf,host:host-b}");
        assertThat(series.get(0).get("unit").isNull()).as("no unit known").isTrue();
        if (series.size() >= 3) {
            JsonNode late = series.get(series.size() - 1).get("pointlist");
            assertThat(late.get(0).get(1).isNull()).as("no data yet").isTrue();
            assertThat(late.get(late.size() - 1).get(1).isNumber()).isTrue();
        }
    }

    @Test
    void shouldAnswerEveryQueryOfACommaSeparatedList() {
        JsonNode series = answer("avg:a{*}, avg:b{*} by {host}").get("series");

        assertThat(series.get(0).get("query_index").asInt()).isZero();
        assertThat(series.get(0).get("scope").asText()).isEqualTo("*");
        for (int i = 1; i < series.size(); i++) {
            assertThat(series.get(i).get("query_index").asInt()).isEqualTo(1);
        }
        assertThat(series.size()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void shouldDrawExactlyWhatTheQueryAndEventsApisAnswer() {
        String query = "avg:trace.http.request.duration{env:perf} by {host},avg:system.cpu.user{env:perf}";
        String url = client.createSnapshot(with(with(with(metricQuery(query), "event_query", "sources:deploy"),
                "title", "Checkout"), "start", String.valueOf(START)));
        byte[] snapshot = client.download(url).body();

        List<Line> lines = new ArrayList<>();
        for (JsonNode series : answer(query).get("series")) {
            JsonNode points = series.get("pointlist");
            long[] times = new long[points.size()];
            double[] values = new double[points.size()];
            for (int i = 0; i < points.size(); i++) {
                times[i] = points.get(i).get(0).asLong();
                values[i] = points.get(i).get(1).isNull() ? Double.NaN : points.get(i).get(1).asDouble();
            }
            lines.add(new Line(series.get("expression").asText(), times, values));
        }
        List<Band> bands = new ArrayList<>();
        for (JsonNode event : json(client.events(Map.of("start", String.valueOf(START), "end", String.valueOf(END),
                "sources", "deploy"))).get("events")) {
            bands.add(Band.at(event.get("date_happened").asLong() * 1000, event.get("title").asText()));
        }
        byte[] local = new XChartRenderer().render(
                new LineChart("Checkout", 800, 400, START * 1000, END * 1000, lines, bands, null));

        assertThat(bands).isNotEmpty();
        assertThat(local).as("the same picture, byte for byte").isEqualTo(snapshot);
    }

    @Test
    void shouldRefuseWrongKeysButAcceptTheScopedApplicationKey() {
        String path = "/api/v1/query?" + EmulatorClient.query(Map.of("from", String.valueOf(START), "to",
                String.valueOf(END), "query", "avg:a{*}"));
        DatadogEmulator emulator = EMULATOR.get();

        HttpResponse<String> wrongApi = client.getText(path, keys("wrong", emulator.applicationKey()));
        HttpResponse<String> noApplication = client.getText(path, keys(emulator.apiKey(), null));
        HttpResponse<String> scoped = client.getText(path, keys(emulator.apiKey(), emulator.scopedApplicationKey()));

        assertThat(wrongApi.statusCode()).isEqualTo(403);
        assertThat(wrongApi.body()).isEqualTo("{\"errors\":[\"Forbidden\"]}");
        assertThat(wrongApi.headers().firstValue("X-RateLimit-Remaining")).isEmpty();
        assertThat(noApplication.statusCode()).isEqualTo(403);
        assertThat(scoped.statusCode()).isEqualTo(200);
    }

    @Test
    void shouldExplainEveryBadParameter() {
        HttpResponse<String> missing = client.getText("/api/v1/query", keys(EMULATOR.get().apiKey(),
                EMULATOR.get().applicationKey()));
        HttpResponse<String> backwards = client.query("avg:a{*}", END, START);
        HttpResponse<String> millis = client.query("avg:a{*}", START * 1000, END * 1000);
        HttpResponse<String> unreadable = client.query("avg:a{*},avg:b{", START, END);

        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(json(missing).get("errors")).extracting(JsonNode::asText).containsExactly(
                "Missing required parameter 'from' (an integer POSIX timestamp in seconds)",
                "Missing required parameter 'to' (an integer POSIX timestamp in seconds)",
                "Missing required parameter 'query' (a metric query such as avg:system.cpu.user{env:prod} by {host})");
        assertThat(json(backwards).get("errors").get(0).asText())
                .isEqualTo("Parameter 'to' (" + START + ") must be greater than 'from' (" + END + ")");
        assertThat(json(millis).get("errors").get(0).asText()).contains("looks like milliseconds");
        assertThat(unreadable.statusCode()).isEqualTo(400);
        assertThat(json(unreadable).get("errors")).extracting(JsonNode::asText).containsExactly(
                "Error parsing query: 'avg:b{' is not a metric query such as avg:system.cpu.user{env:prod} by {host}");
    }

    @Test
    void shouldSpendItsOwnBudgetApartFromSnapshots() {
        HttpResponse<String> first = client.query("avg:a{*}", START, END);
        client.snapshot(metricQuery("avg:a{*}"));
        HttpResponse<String> second = client.query("avg:a{*}", START, END);
        HttpResponse<String> snapshot = client.snapshot(metricQuery("avg:a{*}"));

        assertThat(first.headers().map()).containsEntry("x-ratelimit-limit", List.of("1600"))
                .containsEntry("x-ratelimit-period", List.of("3600"))
                .containsEntry("x-ratelimit-remaining", List.of("1599"))
                .containsEntry("x-ratelimit-reset", List.of("3600"))
                .containsEntry("x-ratelimit-name", List.of("query"));
        assertThat(second.headers().firstValue("X-RateLimit-Remaining")).hasValue("1598");
        assertThat(snapshot.headers().firstValue("X-RateLimit-Remaining")).as("snapshot budget of 3").hasValue("1");
    }

    @Test
    void shouldAnswer429WhenTheQueryBudgetIsSpentAndRecoverAfterReset() {
        EMULATOR.get().faults().queryRateLimitRemaining(0).queryRateLimitReset(Duration.ofSeconds(30));

        HttpResponse<String> refused = client.query("avg:a{*}", START, END);
        HttpResponse<String> snapshot = client.snapshot(metricQuery("avg:a{*}"));
        CLOCK.advance(Duration.ofSeconds(30));
        HttpResponse<String> accepted = client.query("avg:a{*}", START, END);

        assertThat(refused.statusCode()).isEqualTo(429);
        assertThat(json(refused).get("errors").get(0).asText())
                .isEqualTo("Rate limit of 1600 requests in 3600 seconds reached. Please try again later.");
        assertThat(refused.headers().firstValue("X-RateLimit-Reset")).hasValue("30");
        assertThat(refused.headers().firstValue("X-RateLimit-Name")).hasValue("query");
        assertThat(snapshot.statusCode()).as("snapshots are not affected").isEqualTo(200);
        assertThat(accepted.statusCode()).isEqualTo(200);
        assertThat(accepted.headers().firstValue("X-RateLimit-Remaining")).hasValue("1599");
    }

    @Test
    void shouldTakeItsBudgetFromTheSettings() {
        try (DatadogEmulator small = DatadogEmulator.builder().queryRateLimit(2, Duration.ofMinutes(1)).build().start()) {
            EmulatorClient smallClient = new EmulatorClient(small);
            smallClient.query("avg:a{*}", START, END);
            smallClient.query("avg:a{*}", START, END);

            HttpResponse<String> third = smallClient.query("avg:a{*}", START, END);

            assertThat(third.statusCode()).isEqualTo(429);
            assertThat(third.headers().firstValue("X-RateLimit-Period")).hasValue("60");
        }
    }

    @Test
    void shouldSufferTheSameFaultsAsSnapshots() throws Exception {
        EMULATOR.get().faults().serverErrors(1);
        HttpResponse<String> failed = client.query("avg:a{*}", START, END);
        HttpResponse<String> recovered = client.query("avg:a{*}", START, END);
        assertThat(failed.statusCode()).isEqualTo(500);
        assertThat(failed.body()).isEqualTo("{\"errors\":[\"Internal Server Error\"]}");
        assertThat(recovered.statusCode()).isEqualTo(200);

        EMULATOR.get().faults().dropConnections(2); // java.net.http retries a GET once
        assertThatThrownBy(() -> client.query("avg:a{*}", START, END))
                .hasRootCauseInstanceOf(IOException.class).hasMessageContaining("received no bytes");

        EMULATOR.get().faults().slowAnswers(Duration.ofMillis(300));
        HttpRequest impatient = HttpRequest.newBuilder(EMULATOR.get().baseUrl().resolve("/api/v1/query?from=1&to=2&query=a"))
                .timeout(Duration.ofMillis(100)).build();
        assertThatThrownBy(() -> EmulatorClient.HTTP.send(impatient, HttpResponse.BodyHandlers.ofString()))
                .isInstanceOf(HttpTimeoutException.class);
    }
}

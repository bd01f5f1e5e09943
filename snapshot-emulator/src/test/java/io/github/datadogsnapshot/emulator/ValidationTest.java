package io.github.datadogsnapshot.emulator;

import static io.github.datadogsnapshot.emulator.EmulatorClient.json;
import static io.github.datadogsnapshot.emulator.EmulatorClient.metricQuery;
import static io.github.datadogsnapshot.emulator.EmulatorClient.with;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ValidationTest {

    @RegisterExtension
    static final DatadogEmulatorExtension EMULATOR =
            new DatadogEmulatorExtension(DatadogEmulator.builder().renderDelay(Duration.ZERO));

    static Stream<Arguments> invalidRequests() {
        Map<String, String> valid = metricQuery("avg:system.load.1{*}");
        return Stream.of(
                Arguments.of("no start", with(valid, "start", null), "Missing required parameter 'start'"),
                Arguments.of("no end", with(valid, "end", null), "Missing required parameter 'end'"),
                Arguments.of("text start", with(valid, "start", "yesterday"), "'start' must be an integer POSIX timestamp"),
                Arguments.of("fractional end", with(valid, "end", "1700000000.5"), "'end' must be an integer"),
                Arguments.of("milliseconds", with(valid, "end", "1700000000000"), "looks like milliseconds"),
                Arguments.of("end before start", with(valid, "end", "1699990000"), "'end' (1699990000) must be greater"),
                Arguments.of("end equals start", with(valid, "end", valid.get("start")), "must be greater than 'start'"),
                Arguments.of("no query", with(valid, "metric_query", null), "One of 'metric_query' or 'graph_def' is required"),
                Arguments.of("blank query", with(valid, "metric_query", " "), "One of 'metric_query' or 'graph_def'"),
                Arguments.of("graph_def not JSON", with(valid, "graph_def", "{viz:"), "'graph_def' is not valid JSON"),
                Arguments.of("graph_def array", with(valid, "graph_def", "[1,2]"), "'graph_def' must be a JSON object"),
                Arguments.of("zero width", with(valid, "width", "0"), "'width' must be a whole number of pixels"),
                Arguments.of("huge height", with(valid, "height", "4001"), "'height' must be a whole number"),
                Arguments.of("text height", with(valid, "height", "tall"), "got 'tall'"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidRequests")
    void shouldRefuseInvalidParameters(String name, Map<String, String> params, String message) {
        HttpResponse<String> response = new EmulatorClient(EMULATOR.get()).snapshot(params);

        assertThat(response.statusCode()).isEqualTo(400);
        JsonNode errors = json(response).get("errors");
        assertThat(errors.isArray()).isTrue();
        assertThat(errors.get(0).asText()).contains(message);
        assertThat(response.headers().firstValue("X-RateLimit-Name")).hasValue("snapshot");
    }

    @Test
    void shouldReportEveryProblemAtOnce() {
        HttpResponse<String> response = new EmulatorClient(EMULATOR.get()).snapshot(Map.of("width", "-1"));

        assertThat(json(response).get("errors")).hasSize(4);
    }

    @Test
    void shouldAcceptLargestSizeAndGraphDefWithoutMetricQuery() {
        Map<String, String> params = with(metricQuery("unused"), "metric_query", null);
        params = with(params, "graph_def", "{\"requests\":[{\"q\":\"avg:a{*}\"}],\"events\":[{\"q\":\"deploy\"}]}");

        HttpResponse<String> response = new EmulatorClient(EMULATOR.get()).snapshot(with(params, "width", "4000"));

        assertThat(response.statusCode()).isEqualTo(200);
    }
}

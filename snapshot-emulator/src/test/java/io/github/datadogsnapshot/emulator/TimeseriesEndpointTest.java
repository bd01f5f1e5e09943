package io.github.datadogsnapshot.emulator;

import static io.github.datadogsnapshot.emulator.EmulatorClient.HTTP;
import static io.github.datadogsnapshot.emulator.EmulatorClient.json;
import static io.github.datadogsnapshot.emulator.EmulatorClient.keys;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TimeseriesEndpointTest {

    static final long FROM_MS = 1_700_000_000_000L - 3_600_000;
    static final long TO_MS = 1_700_000_000_000L;
    static final String CPU = "avg:system.cpu.user{env:perf}";

    @RegisterExtension
    static final DatadogEmulatorExtension EMULATOR = new DatadogEmulatorExtension();

    @BeforeEach
    void setUp() {
        EMULATOR.get().reset();
    }

    static String body(long from, long to, String queries, String formulas) {
        return "{\"data\":{\"type\":\"timeseries_request\",\"attributes\":{\"from\":" + from + ",\"to\":" + to
                + ",\"interval\":60000,\"queries\":" + queries + (formulas == null ? "" : ",\"formulas\":" + formulas)
                + "}}}";
    }

    static String metrics(String name, String query) {
        return "{\"data_source\":\"metrics\",\"name\":\"" + name + "\",\"query\":\"" + query + "\"}";
    }

    static HttpResponse<String> post(String body, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(EMULATOR.get().baseUrl()
                        + "/api/v2/query/timeseries"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static Map<String, String> goodKeys() {
        return keys(EMULATOR.get().apiKey(), EMULATOR.get().applicationKey());
    }

    @Test
    void shouldEvaluateAFormulaOverTheSameNumbersAsTheV1Query() throws Exception {
        HttpResponse<String> response = post(body(FROM_MS, TO_MS, "[" + metrics("a", CPU) + "]",
                "[{\"formula\":\"a * 2\",\"alias\":\"twice\"}]"), goodKeys());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode attributes = json(response).at("/data/attributes");
        assertThat(json(response).at("/data/type").asText()).isEqualTo("timeseries_response");
        assertThat(attributes.at("/series/0/query_index").asInt()).isZero();
        assertThat(attributes.at("/series/0/unit/0/short_name").asText()).isEqualTo("%");
        SyntheticMetrics.Series v1 = SyntheticMetrics.of(CPU, FROM_MS / 1000, TO_MS / 1000).get(0);
        assertThat(attributes.get("times")).hasSize(v1.epochMillis().length);
        assertThat(attributes.at("/times/0").asLong()).isEqualTo(v1.epochMillis()[0]);
        for (int i = 0; i < v1.values().length; i++) {
            assertThat(attributes.at("/values/0/" + i).asDouble()).isEqualTo(v1.values()[i] * 2);
        }
        assertThat(response.headers().firstValue("X-RateLimit-Name")).hasValue("query");
    }

    @Test
    void shouldAnswerOneSeriesPerGroupAndPerFormula() throws Exception {
        String grouped = "sum:trace.http.request.errors{env:perf} by {host}";
        String queries = "[" + metrics("a", grouped) + "," + metrics("b", "sum:trace.http.request.hits{env:perf}") + "]";
        JsonNode attributes = json(post(body(FROM_MS, TO_MS, queries,
                "[{\"formula\":\"a / b * 100\"},{\"formula\":\"b\"}]"), goodKeys())).at("/data/attributes");

        int groups = SyntheticMetrics.of(grouped, FROM_MS / 1000, TO_MS / 1000).size();
        assertThat(attributes.get("series")).hasSize(groups + 1);
        assertThat(attributes.at("/series/0/group_tags/0").asText()).isEqualTo("host:host-a");
        assertThat(attributes.at("/series/" + groups + "/query_index").asInt()).isEqualTo(1);
        assertThat(attributes.get("values")).hasSize(groups + 1);
    }

    @Test
    void shouldAnswerTheQueriesThemselvesWithoutFormulas() throws Exception {
        String queries = "[" + metrics("a", CPU) + "," + metrics("b", "avg:system.load.1{*}") + "]";
        JsonNode attributes = json(post(body(FROM_MS, TO_MS, queries, null), goodKeys())).at("/data/attributes");

        assertThat(attributes.get("series")).hasSize(2);
        assertThat(attributes.at("/series/1/query_index").asInt()).isEqualTo(1);
    }

    @Test
    void shouldRefuseWhatItCannotEvaluateWithDatadogLikeErrors() throws Exception {
        String one = "[" + metrics("a", CPU) + "]";
        assertThat(error(body(FROM_MS, TO_MS, one, "[{\"formula\":\"abs(a)\"}]")))
                .contains("formulas[0]: Error parsing formula 'abs(a)': function 'abs(...)' is not supported");
        assertThat(error(body(FROM_MS, TO_MS, one, "[{\"formula\":\"a + c\"}]")))
                .isEqualTo("formulas[0]: 'c' is not the name of a query");
        assertThat(error(body(FROM_MS / 1000, TO_MS / 1000, one, null)))
                .startsWith("'from' is required: milliseconds since the epoch");
        assertThat(error(body(FROM_MS, TO_MS, "[{\"data_source\":\"logs\",\"name\":\"a\",\"query\":\"*\"}]", null)))
                .isEqualTo("queries[0]: data_source 'logs' is not served by the emulator (only 'metrics')");
        assertThat(error(body(FROM_MS, TO_MS, "[]", null))).isEqualTo("'queries' must be a non-empty array");
        assertThat(error("{\"data\":{\"type\":\"scalar_request\"}}"))
                .isEqualTo("'data.type' must be 'timeseries_request'");
        assertThat(error("{")).isEqualTo("Body is not valid JSON");
    }

    private static String error(String body) throws Exception {
        HttpResponse<String> response = post(body, goodKeys());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        return json(response).at("/errors/0").asText();
    }

    @Test
    void shouldNeedKeysAndAPostAndAcceptTheScopedKey() throws Exception {
        String body = body(FROM_MS, TO_MS, "[" + metrics("a", CPU) + "]", null);

        assertThat(post(body, keys("wrong", EMULATOR.get().applicationKey())).statusCode()).isEqualTo(403);
        assertThat(json(post(body, Map.of())).at("/errors/0").asText()).isEqualTo("Forbidden");
        assertThat(post(body, keys(EMULATOR.get().apiKey(), EMULATOR.get().scopedApplicationKey())).statusCode())
                .isEqualTo(200);
        HttpResponse<String> get = HTTP.send(HttpRequest.newBuilder(URI.create(EMULATOR.get().baseUrl()
                + "/api/v2/query/timeseries")).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(get.statusCode()).isEqualTo(405);
        assertThat(get.headers().firstValue("Allow")).hasValue("POST");
    }

    @Test
    void shouldApplyTheFaultSwitchesOfTheV1Endpoints() throws Exception {
        String body = body(FROM_MS, TO_MS, "[" + metrics("a", CPU) + "]", null);

        EMULATOR.get().faults().serverErrors(1);
        assertThat(post(body, goodKeys()).statusCode()).isEqualTo(500);
        assertThat(post(body, goodKeys()).statusCode()).isEqualTo(200);

        EMULATOR.get().faults().queryRateLimitRemaining(0);
        HttpResponse<String> limited = post(body, goodKeys());
        assertThat(limited.statusCode()).isEqualTo(429);
        assertThat(limited.headers().firstValue("X-RateLimit-Remaining")).hasValue("0");
        assertThat(json(limited).at("/errors/0").asText()).startsWith("Rate limit of 1600 requests");

        EMULATOR.get().reset();
        EMULATOR.get().faults().withoutRateLimitHeaders(true);
        assertThat(post(body, goodKeys()).headers().firstValue("X-RateLimit-Limit")).isEmpty();
        assertThat(EMULATOR.get().requestCount("/api/v2/query/timeseries")).isEqualTo(1);
    }

    @Test
    void shouldApplyTheFaultSwitchesToTheV2SnapshotAndDashboardEndpointsToo() throws Exception {
        EMULATOR.get().faults().serverErrors(1);

        HttpResponse<byte[]> dashboard = V2SnapshotEndpointTest.get(EMULATOR.get().baseUrl()
                + "/api/v1/dashboard/sys-tem-lod", goodKeys());

        assertThat(dashboard.statusCode()).isEqualTo(500);
    }
}

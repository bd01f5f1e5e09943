package io.github.datadogsnapshot.client.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.datadogsnapshot.client.config.ApiEndpoint;
import io.github.datadogsnapshot.client.exception.ClientSideException;
import io.github.datadogsnapshot.client.regression.MetricSeries;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The limit on a JSON answer ({@link HttpTransport#MAX_JSON_BYTES}) against the answers it must hold: a metrics
 * query grouped by host over a few hundred hosts, written the way Datadog writes it (every series with its unit,
 * tags and expression; timestamps as floats, values with 17 significant digits).
 */
class LargeQueryAnswerTest {

    static final String QUERY = "avg:trace.http.request.duration{env:prod} by {host}";

    /** Datadog's answer to {@link #QUERY} for {@code hosts} hosts of {@code points} points each. */
    static String byHost(int hosts, int points) {
        Random random = new Random(hosts);
        StringBuilder json = new StringBuilder("{\"status\":\"ok\",\"res_type\":\"time_series\",\"resp_version\":1,"
                + "\"query\":\"" + QUERY + "\",\"from_date\":1712345600000,\"to_date\":1712351600000,"
                + "\"group_by\":[\"host\"],\"message\":\"\",\"series\":[");
        for (int h = 0; h < hosts; h++) {
            String host = String.format("i-%017x", random.nextLong() & 0xfffffffffffffffL);
            json.append(h == 0 ? "" : ",").append("{\"unit\":[{\"family\":\"time\",\"scale_factor\":1.0E-9,"
                    + "\"name\":\"nanosecond\",\"short_name\":\"ns\",\"plural\":\"nanoseconds\",\"id\":42},null],"
                    + "\"query_index\":0,\"aggr\":\"avg\",\"metric\":\"trace.http.request.duration\",\"tag_set\":[\"host:")
                    .append(host).append("\"],\"expression\":\"avg:trace.http.request.duration{env:prod,host:")
                    .append(host).append("}\",\"scope\":\"env:prod,host:").append(host).append("\",\"interval\":20,")
                    .append("\"length\":").append(points).append(",\"start\":1712345600000,\"end\":1712351600000,")
                    .append("\"display_name\":\"trace.http.request.duration\",\"attributes\":{},\"pointlist\":[");
            for (int p = 0; p < points; p++) {
                json.append(p == 0 ? "" : ",").append('[').append(1712345600000.0 + p * 20000.0).append(',')
                        .append(random.nextDouble() * 1e8).append(']');
            }
            json.append("]}");
        }
        return json.append("]}").toString();
    }

    @Test
    void shouldReadAByHostAnswerOfFiveHundredHostsWithinTheLimit() {
        byte[] body = byHost(500, 300).getBytes(StandardCharsets.UTF_8);

        // 500 hosts x 300 points: about 5.4 MiB; 300 hosts: about 3.2 MiB.
        assertThat(body.length).as("bytes of 500 hosts x 300 points").isBetween(5_000_000, 6_500_000)
                .isLessThan(HttpTransport.MAX_JSON_BYTES);
        List<MetricSeries> series = new MetricsQueryApi(ApiEndpoint.site("datadoghq.com"))
                .series(new HttpTransport.JsonAnswer(200, Map.of(), body), QUERY);
        assertThat(series).hasSize(500).allSatisfy(s -> assertThat(s.points()).hasSize(300));
    }

    @Test
    void shouldNameTheLimitWhenAnAnswerWasCut() {
        byte[] start = byHost(10, 10).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> new MetricsQueryApi(ApiEndpoint.site("datadoghq.com"))
                .series(new HttpTransport.JsonAnswer(200, Map.of(), start, true), QUERY))
                .isInstanceOf(ClientSideException.class)
                .hasMessage("Datadog's answer to the metrics query is larger than the client's limit of 8 MiB for one"
                        + " JSON answer, so its numbers were not read; ask for fewer series (e.g. a narrower scope"
                        + " than by {host} over every host) or a shorter window");
    }
}

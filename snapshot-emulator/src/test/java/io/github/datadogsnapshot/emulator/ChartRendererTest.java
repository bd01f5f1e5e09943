package io.github.datadogsnapshot.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.awt.image.BufferedImage;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChartRendererTest {

    static SnapshotRequest request(String... params) throws Exception {
        Map<String, String> map = new HashMap<>(Map.of("start", "1699996400", "end", "1700000000"));
        for (int i = 0; i < params.length; i += 2) {
            map.put(params[i], params[i + 1]);
        }
        return SnapshotRequest.parse(map, new ObjectMapper());
    }

    @Test
    void shouldShapeSeriesAfterMetricName() {
        double[] cpu = SyntheticSeries.values("avg:system.cpu.user{*}", 300);
        double[] errors = SyntheticSeries.values("sum:trace.http.request.errors{*}", 300);
        double[] latency = SyntheticSeries.values("avg:trace.http.request.duration{*}", 300);

        assertThat(Arrays.stream(cpu).boxed()).allSatisfy(v -> assertThat(v).isBetween(0.0, 100.0));
        assertThat(Arrays.stream(errors).boxed()).allSatisfy(v -> assertThat(v).isNotNegative().isEqualTo(Math.rint(v)));
        assertThat(Arrays.stream(errors).max().getAsDouble()).as("spike").isGreaterThan(10);
        double middle = Arrays.stream(latency, 140, 160).average().getAsDouble();
        double edges = Arrays.stream(latency, 0, 30).average().getAsDouble();
        assertThat(middle).as("bump in the middle").isGreaterThan(edges * 1.8);
    }

    @Test
    void shouldRepeatValuesForSameQuery() {
        assertThat(SyntheticSeries.values("avg:a{*}", 120)).containsExactly(SyntheticSeries.values("avg:a{*}", 120));
        assertThat(SyntheticSeries.values("avg:a{*}", 120)).isNotEqualTo(SyntheticSeries.values("avg:b{*}", 120));
    }

    @Test
    void shouldPickPointCountFromWindow() {
        assertThat(SyntheticSeries.pointCount(60)).isEqualTo(60);
        assertThat(SyntheticSeries.pointCount(1800)).isEqualTo(180);
        assertThat(SyntheticSeries.pointCount(86_400)).isEqualTo(300);
    }

    @Test
    void shouldSplitQueriesAtTopLevelCommas() {
        assertThat(SnapshotRequest.splitTopLevel("avg:a{host:x,env:y} by {host},top(avg:b{*}, 5, 'mean', 'desc')"))
                .containsExactly("avg:a{host:x,env:y} by {host}", "top(avg:b{*}, 5, 'mean', 'desc')");
    }

    @Test
    void shouldDrawOneLinePerGraphDefRequest() throws Exception {
        SnapshotRequest request = request("graph_def",
                "{\"requests\":[{\"q\":\"avg:system.cpu.user{a}\"},{\"queries\":[{\"query\":\"avg:system.cpu.user{b}\"}]}]}");

        assertThat(request.queries()).containsExactly("avg:system.cpu.user{a}", "avg:system.cpu.user{b}");
        assertThat(request.events()).isFalse();
    }

    @Test
    void shouldDrawEventBandsWhenEventsAreAsked() throws Exception {
        byte[] plain = ChartRenderer.render(request("metric_query", "avg:a{*}"));
        byte[] withEvents = ChartRenderer.render(request("metric_query", "avg:a{*}", "event_query", "deploy"));

        assertThat(withEvents).isNotEqualTo(plain);
        assertThat(request("graph_def", "{\"requests\":[{\"q\":\"a\"}],\"events\":[{\"q\":\"x\"}]}").events()).isTrue();
        assertThat(request("graph_def", "{\"requests\":[{\"q\":\"a\"}],\"events\":[]}").events()).isFalse();
    }

    @Test
    void shouldRenderImageOfRequestedSize() throws Exception {
        byte[] png = ChartRenderer.render(request("metric_query", "avg:a{*},avg:b{*}", "width", "300", "height", "150",
                "title", "A very long title that cannot possibly fit in three hundred pixels of width"));

        BufferedImage image = Pngs.decode(png);
        assertThat(image.getWidth()).isEqualTo(300);
        assertThat(image.getHeight()).isEqualTo(150);
    }

    @Test
    void shouldFormatAxisNumbersCompactly() {
        assertThat(ChartRenderer.compactNumber(0)).isEqualTo("0");
        assertThat(ChartRenderer.compactNumber(12.5)).isEqualTo("12.5");
        assertThat(ChartRenderer.compactNumber(1500)).isEqualTo("1.5k");
        assertThat(ChartRenderer.compactNumber(2_000_000)).isEqualTo("2M");
        assertThat(ChartRenderer.shorten("abcdef", 4)).isEqualTo("abc\u2026");
    }

    @Test
    void shouldBuildValidPlaceholderAndPadding() {
        byte[] placeholder = Png.placeholder();
        BufferedImage decoded = Pngs.decode(placeholder);
        byte[] padded = Png.padded(placeholder, 10_000);

        assertThat(decoded.getWidth()).isEqualTo(1);
        assertThat(padded.length).isEqualTo(10_000);
        assertThat(Pngs.decode(padded).getWidth()).isEqualTo(1);
        assertThat(Png.padded(placeholder, 10)).isEqualTo(placeholder);
        assertThat(Pngs.decode(Png.broken())).isNull();
    }
}

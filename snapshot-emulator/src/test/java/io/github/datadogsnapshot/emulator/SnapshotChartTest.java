package io.github.datadogsnapshot.emulator;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.datadogsnapshot.charts.Band;
import io.github.datadogsnapshot.charts.Line;
import io.github.datadogsnapshot.charts.LineChart;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SnapshotChartTest {

    static SnapshotRequest request(String... params) throws Exception {
        Map<String, String> map = new HashMap<>(Map.of("start", "1699996400", "end", "1700000000"));
        for (int i = 0; i < params.length; i += 2) {
            map.put(params[i], params[i + 1]);
        }
        return SnapshotRequest.parse(map, new ObjectMapper());
    }

    @Test
    void shouldDrawOneLinePerSeriesOfEveryQuery() throws Exception {
        LineChart chart = SnapshotChart.of(request("metric_query", "avg:system.cpu.user{env:perf} by {host},avg:b{*}"));

        int groups = SyntheticMetrics.of("avg:system.cpu.user{env:perf} by {host}", 1_699_996_400L, 1_700_000_000L).size();
        assertThat(chart.lines()).hasSize(groups + 1);
        assertThat(chart.lines().get(0).label()).isEqualTo("avg:system.cpu.user{env:perf,host:host-a}");
        assertThat(chart.lines().get(groups).label()).isEqualTo("avg:b{*}");
        assertThat(chart.title()).isEqualTo("avg:system.cpu.user{env:perf} by {host},avg:b{*}");
        assertThat(chart.startMillis()).isEqualTo(1_699_996_400_000L);
        assertThat(chart.endMillis()).isEqualTo(1_700_000_000_000L);
        assertThat(chart.bands()).isEmpty();
        assertThat(chart.mark()).isNull();
        assertThat(chart.lines()).extracting(Line::size).containsOnly(240);
    }

    @Test
    void shouldDrawOneLinePerGraphDefRequest() throws Exception {
        SnapshotRequest request = request("graph_def",
                "{\"requests\":[{\"q\":\"avg:system.cpu.user{a}\"},{\"queries\":[{\"query\":\"avg:system.cpu.user{b}\"}]}]}",
                "title", "CPU");

        assertThat(request.queries()).containsExactly("avg:system.cpu.user{a}", "avg:system.cpu.user{b}");
        assertThat(request.events()).isEmpty();
        assertThat(SnapshotChart.of(request).title()).isEqualTo("CPU");
        assertThat(request("graph_def", "{\"requests\":[{\"q\":\"avg:a{*}\"},{\"q\":\"avg:b{*}\"}]}").chartTitle())
                .isEqualTo("avg:a{*}, avg:b{*}");
    }

    @Test
    void shouldDrawTheEventsOfTheEventQueryAsBands() throws Exception {
        SnapshotRequest plain = request("metric_query", "avg:a{*}");
        SnapshotRequest withEvents = request("metric_query", "avg:a{*}", "event_query", "sources:deploy");

        assertThat(SnapshotChart.of(withEvents).bands())
                .containsExactlyElementsOf(SyntheticEvents.of(EventFilter.fromQuery("sources:deploy"), 1_699_996_400L,
                        1_700_000_000L).stream().map(e -> Band.at(e.epochSeconds() * 1000, e.title())).toList());
        assertThat(SnapshotChart.render(withEvents)).isNotEqualTo(SnapshotChart.render(plain));
        assertThat(request("graph_def", "{\"requests\":[{\"q\":\"a\"}],\"events\":[{\"q\":\"x\"}]}").events()).hasSize(1);
        assertThat(request("graph_def", "{\"requests\":[{\"q\":\"a\"}],\"events\":[]}").events()).isEmpty();
    }

    @Test
    void shouldRenderImageOfRequestedSize() throws Exception {
        byte[] png = SnapshotChart.render(request("metric_query", "avg:a{*},avg:b{*}", "width", "300", "height", "150",
                "title", "A very long title that cannot possibly fit in three hundred pixels of width"));

        BufferedImage image = Pngs.decode(png);
        assertThat(image.getWidth()).isEqualTo(300);
        assertThat(image.getHeight()).isEqualTo(150);
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

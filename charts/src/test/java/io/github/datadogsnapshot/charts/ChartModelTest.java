package io.github.datadogsnapshot.charts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChartModelTest {

    @Test
    void shouldRefuseBadSizesAndRangesNamingTheField() {
        assertThatThrownBy(() -> new LineChart("t", 0, 400, 0, 1, List.of(), List.of(), null))
                .hasMessage("chart: width must be 1 to 4000 pixels, got 0");
        assertThatThrownBy(() -> new LineChart("t", 800, 4001, 0, 1, List.of(), List.of(), null))
                .hasMessage("chart: height must be 1 to 4000 pixels, got 4001");
        assertThatThrownBy(() -> new LineChart("t", 800, 400, 5, 5, List.of(), List.of(), null))
                .hasMessage("chart: endMillis (5) must be after startMillis (5)");
        assertThatThrownBy(() -> new Band(10, 9, "x")).hasMessage("band: endMillis (9) must not be before startMillis (10)");
    }

    @Test
    void shouldRefuseInconsistentLines() {
        assertThatThrownBy(() -> new Line(" ", new long[0], new double[0])).hasMessage("line: label must not be blank");
        assertThatThrownBy(() -> new Line("a", new long[] {1, 2}, new double[] {1}))
                .hasMessage("line 'a': 2 times but 1 values");
        assertThatThrownBy(() -> new Line("a", new long[] {2, 1}, new double[] {1, 1}))
                .hasMessage("line 'a': times must be in ascending order, point 1 (1) comes before point 0 (2)");
        assertThatThrownBy(() -> new Line("a", new long[] {1}, new double[] {Double.POSITIVE_INFINITY}))
                .hasMessage("line 'a': value 0 is infinite");
    }

    @Test
    void shouldCopyArraysInAndOut() {
        long[] times = {1, 2};
        double[] values = {3, Double.NaN};
        Line line = new Line("a", times, values);
        times[0] = 99;
        values[0] = 99;
        line.values()[1] = 7;

        assertThat(line.epochMillis()).containsExactly(1, 2);
        assertThat(line.values()).containsExactly(3, Double.NaN);
        assertThat(line).isEqualTo(new Line("a", new long[] {1, 2}, new double[] {3, Double.NaN}));
        assertThat(line.size()).isEqualTo(2);
    }

    @Test
    void shouldTreatBlankMarkAsNone() {
        LineChart chart = new LineChart("t", 10, 10, 0, 1, List.of(), List.of(), "  ");

        assertThat(chart.mark()).isNull();
        assertThat(new LineChart("t", 10, 10, 0, 1, List.of(), List.of(), " local ").mark()).isEqualTo("local");
        assertThat(Band.at(5, null)).isEqualTo(new Band(5, 5, null));
    }
}

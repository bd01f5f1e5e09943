package io.github.datadogsnapshot.client.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.github.datadogsnapshot.client.wire.FileNames;
import java.util.List;
import org.junit.jupiter.api.Test;

class WidgetWalkTest {

    @Test
    void shouldChooseWidgetsWithRequestsInDashboardOrderIncludingGroups() {
        WidgetSelection selection = WidgetWalk.walk(Dashboards.checkout(), WidgetFilter.all());

        assertThat(selection.selected()).extracting(w -> w.widget().id(), DashboardWidget::title,
                DashboardWidget::group).containsExactly(
                        tuple(2L, "Request rate", null),
                        tuple(31L, "p99 latency", "Latency"),
                        tuple(33L, "Error ratio", "Latency"),
                        tuple(5L, "p99 latency", null),
                        tuple(7L, "timeseries 7", null));
    }

    @Test
    void shouldGiveUniqueSafeNamesFromTitles() {
        WidgetSelection selection = WidgetWalk.walk(Dashboards.checkout(), WidgetFilter.all());

        assertThat(selection.selected()).extracting(DashboardWidget::name)
                .containsExactly("request-rate", "p99-latency", "error-ratio", "p99-latency-2", "timeseries-7");
        assertThat(selection.selected()).allSatisfy(w -> assertThat(FileNames.isSafe(w.name())).isTrue());
    }

    @Test
    void shouldRecordEveryWidgetWithoutRequestsAsSkippedWithTypeAndReason() {
        WidgetSelection selection = WidgetWalk.walk(Dashboards.checkout(), WidgetFilter.all());

        assertThat(selection.skipped()).extracting(SkippedWidget::id, SkippedWidget::type, SkippedWidget::group)
                .containsExactly(
                        tuple(1L, "note", null),
                        tuple(32L, "image", "Latency"),
                        tuple(4L, "manage_status", null),
                        tuple(6L, "powerpack", null),
                        tuple(8L, "split_group", null),
                        tuple(9L, "timeseries", null));
        assertThat(selection.skipped().get(0).reason()).isEqualTo("a text note, not a graph");
        assertThat(selection.skipped().get(3).reason()).startsWith("a powerpack: its widgets are stored in the powerpack");
        assertThat(selection.skipped().get(5).reason())
                .isEqualTo("a timeseries widget without requests; Datadog's snapshot APIs draw only widgets that have"
                        + " requests (queries)");
        assertThat(selection.skipped()).allSatisfy(s -> assertThat(s.reason()).isNotBlank());
    }

    @Test
    void shouldAccountForEveryWidgetThatIsNotAGroup() {
        WidgetSelection selection = WidgetWalk.walk(Dashboards.checkout(), WidgetFilter.parse("Error*"));

        // 11 widgets besides the group: 3 in the group, 8 at the top level.
        assertThat(selection.selected().size() + selection.skipped().size()).isEqualTo(11);
    }

    @Test
    void shouldFilterByTitleGlobOrIdAndRecordTheOthersAsSkipped() {
        WidgetSelection selection = WidgetWalk.walk(Dashboards.checkout(), WidgetFilter.parse("P99 *, 7"));

        assertThat(selection.selected()).extracting(w -> w.widget().id()).containsExactly(31L, 5L, 7L);
        assertThat(selection.skipped()).filteredOn(s -> s.reason().startsWith("not chosen"))
                .extracting(SkippedWidget::id, SkippedWidget::reason)
                .containsExactly(tuple(2L, "not chosen by the widget filter (P99 *, 7)"),
                        tuple(33L, "not chosen by the widget filter (P99 *, 7)"));
        assertThat(selection.skipped()).extracting(SkippedWidget::id).as("dashboard order")
                .containsExactly(1L, 2L, 32L, 33L, 4L, 6L, 8L, 9L);
    }

    @Test
    void shouldKeepNamesStableWhateverTheFilter() {
        WidgetSelection all = WidgetWalk.walk(Dashboards.checkout(), WidgetFilter.all());
        WidgetSelection one = WidgetWalk.walk(Dashboards.checkout(), WidgetFilter.parse("5"));

        assertThat(one.selected()).singleElement().extracting(DashboardWidget::name).isEqualTo("p99-latency-2");
        assertThat(all.selected().get(3).name()).isEqualTo("p99-latency-2");
    }

    @Test
    void shouldRefuseAFilterPatternThatChoosesNothing() {
        assertThatThrownBy(() -> WidgetWalk.walk(Dashboards.checkout(), WidgetFilter.parse("Latency*, 404")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("widgets: 'Latency*' matches no widget title or id of dashboard 'Checkout service'"
                        + " (abc-def-ghi); its 5 graph widgets are [Request rate, p99 latency, Error ratio,"
                        + " p99 latency, timeseries 7]");
    }

    @Test
    void shouldMatchGlobsWholeAndWithoutCase() {
        Widget widget = WidgetJson.parse("{\"type\": \"timeseries\", \"title\": \"p99 Latency (ms)\", "
                + "\"requests\": [{\"q\": \"a\"}]}", "w");

        assertThat(WidgetFilter.matches("P99*", widget)).isTrue();
        assertThat(WidgetFilter.matches("p?9 latency (ms)", widget)).isTrue();
        assertThat(WidgetFilter.matches("latency", widget)).isFalse();
        assertThat(WidgetFilter.matches("*latency", widget)).isFalse();
        assertThat(WidgetFilter.matches("*(MS)", widget)).isTrue();
        assertThat(WidgetFilter.parse(" , ").isAll()).isTrue();
        assertThat(WidgetFilter.parse("a,,b ").patterns()).isEqualTo(List.of("a", "b"));
    }
}

package io.github.datadogsnapshot.client.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClassicGraphDefTest {

    private static final String ADVICE = ". Datadog's newer snapshot API (POST /api/v2/snapshot, a preview) draws it:"
            + " ask Datadog to enable v2 snapshots for your organization, or leave the widget out with the widget"
            + " filter";

    private static final ResolvedVariables PERF = TemplateVariables.resolve(Dashboards.checkout(),
            Map.of("env", "perf"), "templateVariables");

    private static Widget widget(String definition) {
        return WidgetJson.parse("{\"id\": 42, \"definition\": " + definition + "}", "widget");
    }

    private static Widget dashboardWidget(long id) {
        return WidgetWalk.walk(Dashboards.checkout(), WidgetFilter.parse(String.valueOf(id))).selected().get(0)
                .widget();
    }

    @Test
    void shouldConvertClassicRequestsWithVariablesWritten() {
        assertThat(ClassicGraphDef.convert(dashboardWidget(2), PERF)).isEqualTo("{\"viz\":\"timeseries\","
                + "\"requests\":[{\"q\":\"sum:trace.http.request.hits{env:perf,service:checkout}.as_rate()\","
                + "\"type\":\"line\"}]}");
    }

    @Test
    void shouldConvertASingleQueryFormula() {
        assertThat(ClassicGraphDef.convert(dashboardWidget(31), PERF)).isEqualTo("{\"viz\":\"timeseries\","
                + "\"requests\":[{\"q\":\"p99:trace.http.request{env:perf,service:checkout}\",\"type\":\"line\"}]}");
    }

    @Test
    void shouldKeepAggregatorStyleAndEvents() {
        Widget widget = widget("""
                {"type": "query_value", "title": "Load", "events": [{"q": "deploy $env", "tags_execution": "and"}],
                 "requests": [{"response_format": "scalar", "style": {"palette": "warm"},
                   "queries": [{"data_source": "metrics", "name": "a", "query": "avg:system.load.1{$env}",
                                "aggregator": "last"},
                               {"data_source": "metrics", "name": "b", "query": "avg:system.load.5{*}"}],
                   "formulas": [{"formula": " b "}, {"formula": "a", "alias": "load"}]}]}""");

        assertThat(ClassicGraphDef.convert(widget, PERF)).isEqualTo("{\"viz\":\"query_value\",\"requests\":["
                + "{\"q\":\"avg:system.load.5{*}\",\"style\":{\"palette\":\"warm\"}},"
                + "{\"q\":\"avg:system.load.1{env:perf}\",\"aggregator\":\"last\",\"style\":{\"palette\":\"warm\"}}],"
                + "\"events\":[{\"q\":\"deploy env:perf\",\"tags_execution\":\"and\"}]}");
    }

    @Test
    void shouldRefuseARealFormulaSayingWhyAndWhatToEnable() {
        assertThatThrownBy(() -> ClassicGraphDef.convert(dashboardWidget(33), PERF))
                .isInstanceOf(ClassicConversionException.class)
                .hasMessage("widget 'Error ratio' (id 33) cannot be drawn by the classic snapshot API (v1):"
                        + " requests[0].formulas[0]: formula 'query1 / query2' computes a new series from its queries,"
                        + " which a graph_def cannot express" + ADVICE);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"type\": \"timeseries\", \"requests\": [{\"response_format\": \"timeseries\", \"queries\": [{\"data_source\":"
                + " \"logs\", \"name\": \"q1\", \"search\": {\"query\": \"status:error\"}, \"compute\": {\"aggregation\":"
                + " \"count\"}}], \"formulas\": [{\"formula\": \"q1\"}]}]}"
                + "| requests[0].queries[0] ('q1') reads data_source 'logs'; the classic API draws metrics only",
        "{\"type\": \"timeseries\", \"requests\": [{\"queries\": [{\"data_source\": \"spans\", \"name\": \"a\"},"
                + " {\"data_source\": \"metrics\", \"name\": \"b\", \"query\": \"avg:a{*}\"}], \"formulas\": [{\"formula\": \"b\"}]}]}"
                + "| requests[0].queries[0] ('a') reads data_source 'spans'; the classic API draws metrics only",
        "{\"type\": \"timeseries\", \"requests\": [{\"q\": \"avg:a{*}\"}, {\"apm_query\": {\"index\": \"trace.*\"}}]}"
                + "| requests[1] reads APM traces (apm_query); the classic API draws metrics only",
        "{\"type\": \"toplist\", \"requests\": [{\"log_query\": {\"index\": \"main\"}}]}"
                + "| requests[0] reads logs (log_query); the classic API draws metrics only",
        "{\"type\": \"query_table\", \"requests\": [{\"q\": \"avg:a{*} by {host}\"}]}"
                + "| a query_table widget has no classic graph_def form (the classic API draws change, distribution,"
                + " heatmap, query_value, timeseries, toplist)",
        "{\"type\": \"timeseries\", \"requests\": [{\"queries\": [{\"data_source\": \"metrics\", \"name\": \"a\","
                + " \"query\": \"avg:a{*}\"}]}]}"
                + "| requests[0] has queries but no formulas, so which of them it draws is not known",
        "{\"type\": \"timeseries\", \"requests\": [{\"queries\": [{\"data_source\": \"metrics\", \"name\": \"a\","
                + " \"query\": \"avg:a{*}\"}], \"formulas\": [{\"formula\": \"abs(a)\"}]}]}"
                + "| requests[0].formulas[0]: formula 'abs(a)' computes a new series from its queries, which a"
                + " graph_def cannot express",
        "{\"type\": \"timeseries\", \"requests\": [{\"display_type\": \"line\"}]}"
                + "| requests[0] has neither a classic query (q) nor queries",
        "{\"type\": \"hostmap\", \"requests\": {\"fill\": {\"q\": \"avg:a{*} by {host}\"}}}"
                + "| a hostmap widget has no classic graph_def form (the classic API draws change, distribution,"
                + " heatmap, query_value, timeseries, toplist)"})
    void shouldSayExactlyWhyAWidgetDoesNotConvert(String definition, String reason) {
        assertThatThrownBy(() -> ClassicGraphDef.convert(widget(definition), PERF))
                .isInstanceOfSatisfying(ClassicConversionException.class, e -> assertThat(e.reason()).isEqualTo(reason))
                .hasMessage("untitled " + widget(definition).type() + " widget (id 42) cannot be drawn by the classic"
                        + " snapshot API (v1): " + reason + ADVICE);
    }

    @Test
    void shouldNameTheQueryWhoseVariableCannotBeWritten() {
        Widget widget = widget("{\"type\": \"timeseries\", \"title\": \"Search\", \"requests\": [{\"q\": \"avg:a{$search}\"}]}");

        assertThatThrownBy(() -> ClassicGraphDef.convert(widget, PERF)).isNotInstanceOf(ClassicConversionException.class)
                .hasMessageStartingWith("widget 'Search' (id 42) requests[0].q: uses $search, which has no prefix");
    }
}

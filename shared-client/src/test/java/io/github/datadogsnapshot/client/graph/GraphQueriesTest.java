package io.github.datadogsnapshot.client.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class GraphQueriesTest {

    static GraphSpec def(String json) {
        return GraphSpec.builder().graphDef(json).build();
    }

    @Test
    void shouldTakeTheMetricQueryAsItIs() {
        List<GraphQuery> queries = GraphQueries.metrics(GraphSpec.builder().metricQuery("avg:a{*},avg:b{*} by {host}").build());

        assertThat(queries).containsExactly(new GraphQuery("metricQuery", "avg:a{*},avg:b{*} by {host}", null));
        assertThat(queries.get(0).describe()).isEqualTo("metricQuery: avg:a{*},avg:b{*} by {host}");
    }

    @Test
    void shouldTakeEachRequestsQIncludingArithmeticAndFunctions() {
        List<GraphQuery> queries = GraphQueries.metrics(def("""
                {"viz":"timeseries","requests":[{"q":"avg:a{*}","type":"line"},
                 {"q":"sum:errors{*}.as_count() / sum:hits{*}.as_count() * 100"},{"q":"top(avg:b{*} by {host}, 5, 'mean', 'desc')"}]}"""));

        assertThat(queries).allMatch(GraphQuery::isPlain);
        assertThat(queries).extracting(GraphQuery::source)
                .containsExactly("graphDef.requests[0]", "graphDef.requests[1]", "graphDef.requests[2]");
        assertThat(queries.get(1).query()).isEqualTo("sum:errors{*}.as_count() / sum:hits{*}.as_count() * 100");
    }

    @Test
    void shouldReportRequestsWithoutAPlainQueryAndNeverGuess() {
        List<GraphQuery> queries = GraphQueries.metrics(def("""
                {"requests":[
                  {"queries":[{"data_source":"metrics","name":"a","query":"avg:a{*}"}],"formulas":[{"formula":"a*2"}]},
                  {"log_query":{"index":"main","search":{"query":"status:error"}}},
                  {"type":"line"},
                  {"q":"avg:a{$env}"},
                  "avg:a{*}",
                  {"q":"avg:b{*}"}]}"""));

        assertThat(queries).extracting(GraphQuery::describe).containsExactly(
                "graphDef.requests[0]: no plain query: it uses formulas and functions (queries, formulas), which the v1"
                        + " metrics query API cannot run",
                "graphDef.requests[1]: no plain query: it queries log_query, not metrics",
                "graphDef.requests[2]: no plain query: it has no q",
                "graphDef.requests[3]: no plain query: it uses the template variable $env, which only a dashboard fills in",
                "graphDef.requests[4]: no plain query: the request is not a JSON object",
                "graphDef.requests[5]: avg:b{*}");
        assertThat(GraphQueries.metrics(def("{\"viz\":\"timeseries\"}"))).extracting(GraphQuery::describe)
                .containsExactly("graphDef.requests: no plain query: the graph definition has no requests");
        assertThat(GraphQueries.metrics(GraphSpec.builder().metricQuery("avg:a{env:$env}").build()).get(0).isPlain())
                .isFalse();
    }

    @Test
    void shouldTranslateOnlyEventQueriesTheEventsApiCanRun() {
        assertThat(GraphQueries.events(GraphSpec.builder().metricQuery("avg:a{*}").eventQuery("sources:deploy tags:env:ci")
                .build())).containsExactly(new GraphQuery("eventQuery", "sources:deploy tags:env:ci", null));
        assertThat(GraphQueries.events(GraphSpec.builder().metricQuery("avg:a{*}").eventQuery("deploy").build()).get(0)
                .problem()).isEqualTo("the word 'deploy' has no equivalent among the events API's filters (sources:, tags:,"
                + " priority:)");
        assertThat(GraphQueries.events(def("{\"requests\":[{\"q\":\"a{*}\"}],\"events\":[{\"q\":\"tags:deploy\"},{},"
                + "{\"q\":\"priority:urgent\"}]}"))).extracting(GraphQuery::describe).containsExactly(
                "graphDef.events[0]: tags:deploy", "graphDef.events[1]: no plain query: it has no q",
                "graphDef.events[2]: no plain query: priority 'urgent' is neither normal nor low");
        assertThat(GraphQueries.events(GraphSpec.builder().metricQuery("avg:a{*}").build())).isEmpty();
        assertThat(GraphQueries.events(def("{\"requests\":[]}"))).isEmpty();
    }

    @Test
    void shouldHoldEitherAQueryOrAProblem() {
        assertThatThrownBy(() -> new GraphQuery("x", null, null)).hasMessage("x: give either a query or a problem");
        assertThatThrownBy(() -> new GraphQuery("x", "q", "p")).hasMessage("x: give either a query or a problem");
    }
}

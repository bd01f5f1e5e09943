package io.jenkins.plugins.datadogsnapshot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GraphChecksTest {

    @Test
    void shouldAskForAQueryOrADefinitionButNotBoth() {
        assertThat(GraphChecks.queryOrDefinition(" ", null))
                .hasValueSatisfying(m -> assertThat(m).contains("metric query"));
        assertThat(GraphChecks.queryOrDefinition("avg:a{*}", "{\"viz\":\"timeseries\"}"))
                .hasValueSatisfying(m -> assertThat(m).contains("not both"));
        assertThat(GraphChecks.queryOrDefinition("avg:a{*}", "")).isEmpty();
        assertThat(GraphChecks.queryOrDefinition(null, "{\"viz\":\"timeseries\"}"))
                .isEmpty();
    }

    @Test
    void shouldReportWhereAGraphDefinitionIsNotJson() {
        assertThat(GraphChecks.graphDef("{\"viz\": "))
                .hasValueSatisfying(m -> assertThat(m).startsWith("graphDef: not valid JSON"));
        assertThat(GraphChecks.graphDef("[1, 2]"))
                .hasValueSatisfying(m -> assertThat(m).contains("must be a JSON object"));
        assertThat(GraphChecks.graphDef("{\"viz\":\"timeseries\",\"requests\":[{\"q\":\"avg:a{*}\"}]}"))
                .isEmpty();
        assertThat(GraphChecks.graphDef("")).isEmpty();
    }

    @Test
    void shouldRefuseNamesThatCannotBeFileNames() {
        assertThat(GraphChecks.name("../etc/passwd"))
                .hasValueSatisfying(m -> assertThat(m).startsWith("name:"));
        assertThat(GraphChecks.name("cpu usage")).isPresent();
        assertThat(GraphChecks.name("cpu-usage_1.2")).isEmpty();
        assertThat(GraphChecks.name(null)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({
        "width, 0, 'out of range'",
        "width, 4001, 'out of range'",
        "height, -5, 'out of range'",
        "height, tall, 'not a whole number'",
        "width, 1.5, 'not a whole number'",
    })
    void shouldRefuseSizesOutsideWhatTheClientAccepts(String field, String value, String problem) {
        assertThat(GraphChecks.size(field, value))
                .hasValueSatisfying(m -> assertThat(m).startsWith(field + ":").contains(problem));
    }

    @ParameterizedTest
    @CsvSource({"width, 1", "width, 4000", "height, ' 600 '", "height, ''"})
    void shouldAcceptSizesTheClientAccepts(String field, String value) {
        assertThat(GraphChecks.size(field, value)).isEmpty();
    }

    @Test
    void shouldCheckSecondsAgainstTheirRange() {
        assertThat(GraphChecks.seconds("timeoutSeconds", "0", 1, 3600))
                .hasValueSatisfying(m -> assertThat(m).contains("from 1 to 3600"));
        assertThat(GraphChecks.seconds("timeoutSeconds", "3601", 1, 3600)).isPresent();
        assertThat(GraphChecks.seconds("timeoutSeconds", "soon", 1, 3600)).isPresent();
        assertThat(GraphChecks.seconds("timeoutSeconds", "3600", 1, 3600)).isEmpty();
        assertThat(GraphChecks.seconds("padding", "", 0, 60)).isEmpty();
    }

    @Test
    void shouldCheckCustomApiUrlsLikeTheClient() {
        assertThat(GraphChecks.apiUrl("ftp://example.com"))
                .hasValueSatisfying(m -> assertThat(m).startsWith("apiUrl:"));
        assertThat(GraphChecks.apiUrl("https://dd-proxy.example.com?api_key=x")).isPresent();
        assertThat(GraphChecks.apiUrl("http://127.0.0.1:8080/datadog")).isEmpty();
        assertThat(GraphChecks.apiUrl(" ")).isEmpty();
    }

    @Test
    void shouldCheckThresholdsLikeTheClient() {
        assertThat(GraphChecks.thresholds("p95 +10% and +2ms; max < 800")).isEmpty();
        assertThat(GraphChecks.thresholds(" ")).isEmpty();
        assertThat(GraphChecks.thresholds("p99 +10%"))
                .hasValueSatisfying(m -> assertThat(m).startsWith("thresholds").contains("p99"));
        assertThat(GraphChecks.thresholds("p95 +10%; max <")).isPresent();
    }

    @Test
    void shouldCheckABaselineUnlessItHoldsAVariableExpandedWhenTheBuildRuns() {
        assertThat(GraphChecks.baseline("")).isEmpty();
        assertThat(GraphChecks.baseline("#41")).isEmpty();
        assertThat(GraphChecks.baseline("none")).isEmpty();
        assertThat(GraphChecks.baseline("${BASELINE}")).isEmpty();
        assertThat(GraphChecks.baseline("last"))
                .hasValueSatisfying(m -> assertThat(m).startsWith("baseline: 'last'"));
    }

    @Test
    void shouldRefuseLocalPicturesWithoutNumbers() {
        assertThat(GraphChecks.renderer("local", false))
                .hasValue("renderer: local draws the pictures from the graphs' numbers, but numbers is false; set"
                        + " numbers to true, or renderer to datadog");
        assertThat(GraphChecks.renderer("auto", true)).isEmpty();
        assertThat(GraphChecks.renderer("", false)).isEmpty();
        assertThat(GraphChecks.renderer("svg", true)).isPresent();
    }

    @Test
    void shouldAcceptUnstableAndFailureAsTheResultOfARegression() {
        assertThat(GraphChecks.regressionResult("")).isEmpty();
        assertThat(GraphChecks.regressionResult("FAILURE")).isEmpty();
        assertThat(GraphChecks.regressionResult("SUCCESS"))
                .hasValueSatisfying(m -> assertThat(m)
                        .startsWith("regressionResult: 'SUCCESS'")
                        .contains("UNSTABLE")
                        .contains("FAILURE"));
    }

    @Test
    void shouldLabelTheChoicesWithApostrophesAsMessageFormatLeavesThem() {
        assertThat(Messages.FormSupport_rendererDatadog()).isEqualTo("Datadog's snapshot (default)");
        assertThat(Messages.FormSupport_rendererAuto()).startsWith("Datadog's snapshot; drawn here");
    }
}

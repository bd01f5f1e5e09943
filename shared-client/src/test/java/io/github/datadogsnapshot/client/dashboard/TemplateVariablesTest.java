package io.github.datadogsnapshot.client.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TemplateVariablesTest {

    private static ResolvedVariables perf() {
        return TemplateVariables.resolve(Dashboards.checkout(), Map.of("env", "perf"), "templateVariables");
    }

    @Test
    void shouldReadOverridesInOrder() {
        assertThat(TemplateVariables.parseOverrides(" env=perf, $service = checkout,", "templateVariables"))
                .containsExactly(Map.entry("env", "perf"), Map.entry("service", "checkout"));
        assertThat(TemplateVariables.parseOverrides("  ", "templateVariables")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "env               | templateVariables: 'env' is not name=value; write e.g. env=perf,service=checkout",
        "=perf             | templateVariables: '=perf' is not name=value; write e.g. env=perf,service=checkout",
        "env=              | templateVariables: 'env=' is not name=value; write e.g. env=perf,service=checkout",
        "env=a;env=b       | templateVariables: 'env' is given twice"})
    void shouldRefuseOverridesThatAreNotNameValue(String text, String message) {
        assertThatThrownBy(() -> TemplateVariables.parseOverrides(text.replace(';', ','), "templateVariables"))
                .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    }

    @Test
    void shouldTakeDefaultsOverriddenPerBuild() {
        assertThat(perf().values()).containsExactly(
                new VariableValue("env", "env", List.of("perf")),
                new VariableValue("service", "service", List.of("checkout")),
                new VariableValue("search", null, List.of("*")));
    }

    @Test
    void shouldTakeAVariableWithoutDefaultAsAll() {
        Dashboard dashboard = new Dashboard("d", null, List.of(), List.of(new TemplateVariable("host", "host", null)));

        assertThat(TemplateVariables.resolve(dashboard, Map.of(), "tv").values())
                .containsExactly(new VariableValue("host", "host", List.of("*")));
    }

    @Test
    void shouldRefuseAVariableTheDashboardDoesNotDefine() {
        assertThatThrownBy(() -> TemplateVariables.resolve(Dashboards.checkout(), Map.of("region", "eu"),
                "templateVariables")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("templateVariables: 'region' is not a template variable of dashboard 'Checkout service'"
                        + " (abc-def-ghi); it has env, service, search");
    }

    @Test
    void shouldReportAVariableWithoutPrefixInsteadOfGuessing() {
        assertThat(perf().notes()).containsExactly("Template variable $search of dashboard 'Checkout service'"
                + " (abc-def-ghi) has no prefix (tag key), so the snapshot cannot apply it: it is not sent, and a"
                + " classic query using $search is refused; set a prefix on the dashboard's variable to use it");
    }

    @Test
    void shouldBuildTheV2TemplateVariablesWithoutTheUnprefixedOne() {
        assertThat(perf().v2TemplateVariables().toString()).isEqualTo(
                "[{\"name\":\"env\",\"prefix\":\"env\",\"values\":[\"perf\"]},"
                        + "{\"name\":\"service\",\"prefix\":\"service\",\"values\":[\"checkout\"]}]");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "avg:trace.http.request{$env,$service}              | avg:trace.http.request{env:perf,service:checkout}",
        "avg:a{$env} by {host}                              | avg:a{env:perf} by {host}",
        "avg:a{host:$env.value-web}                         | avg:a{host:perf-web}",
        "avg:a{$environment_x}                              | ",
        "avg:a{*}                                           | avg:a{*}"})
    void shouldWriteVariablesIntoClassicQueries(String query, String expected) {
        if (expected == null) {
            assertThatThrownBy(() -> perf().substitute(query, "q")).hasMessageStartingWith(
                    "q: uses $environment_x, which dashboard 'Checkout service' (abc-def-ghi) does not define"
                            + " (it has $env, $service, $search)");
        } else {
            assertThat(perf().substitute(query, "q")).isEqualTo(expected);
        }
    }

    @Test
    void shouldLeaveAllOutOfTagLists() {
        Dashboard dashboard = new Dashboard("d", null, List.of(), List.of(new TemplateVariable("env", "env", null),
                new TemplateVariable("host", "host", List.of("web-1"))));
        ResolvedVariables all = TemplateVariables.resolve(dashboard, Map.of(), "tv");

        assertThat(all.substitute("avg:a{$env,$host}", "q")).isEqualTo("avg:a{host:web-1}");
        assertThat(all.substitute("avg:a{$host,$env}", "q")).isEqualTo("avg:a{host:web-1}");
        assertThat(all.substitute("avg:a{$env}", "q")).isEqualTo("avg:a{*}");
    }

    @Test
    void shouldRefuseWhatTheClassicApiCannotExpress() {
        assertThatThrownBy(() -> perf().substitute("avg:a{$search}", "requests[0].q")).hasMessage(
                "requests[0].q: uses $search, which has no prefix (tag key) in dashboard 'Checkout service'"
                        + " (abc-def-ghi), so it cannot be written as a tag filter for the classic API");
        assertThat(perf().substitute("avg:a{host:$search.value}", "q")).isEqualTo("avg:a{host:*}");

        Dashboard two = new Dashboard("d", null, List.of(), List.of(new TemplateVariable("env", "env",
                List.of("a", "b"))));
        assertThatThrownBy(() -> TemplateVariables.resolve(two, Map.of(), "tv").substitute("avg:a{$env}", "q"))
                .hasMessage("q: uses $env, which has 2 values [a, b]; the classic API takes one: set one value for"
                        + " env in templateVariables, or let the capture use v2 snapshots");
        assertThatThrownBy(() -> ResolvedVariables.none().substitute("avg:a{$env}", "q"))
                .hasMessage("q: uses $env, which the widget does not define");
    }
}

package io.github.datadogsnapshot.client.wire;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QueryTextTest {

    @Test
    void shouldSplitOnlyAtCommasOutsideBracketsAndQuotes() {
        assertThat(QueryText.splitTopLevel("avg:a{host:x,env:y} by {host}, top(avg:b{*}, 5, 'mean', 'desc'),"
                + " avg:c{name:'a,b'}")).containsExactly("avg:a{host:x,env:y} by {host}",
                "top(avg:b{*}, 5, 'mean', 'desc')", "avg:c{name:'a,b'}");
        assertThat(QueryText.splitTopLevel(" avg:a{*} ")).containsExactly("avg:a{*}");
        assertThat(QueryText.splitTopLevel(" , ")).isEmpty();
    }

    @Test
    void shouldFindTemplateVariablesOutsideQuotes() {
        assertThat(QueryText.templateVariable("avg:a{$env,host:x}")).isEqualTo("$env");
        assertThat(QueryText.templateVariable("avg:a{env:$env.value}")).isEqualTo("$env.value");
        assertThat(QueryText.templateVariable("avg:a{name:'$5'}")).isNull();
        assertThat(QueryText.templateVariable("avg:a{*}")).isNull();
    }
}

package io.github.datadogsnapshot.client.dashboard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class DashboardJsonTest {

    @Test
    void shouldReadIdTitleWidgetsAndTemplateVariables() {
        Dashboard dashboard = Dashboards.checkout();

        assertThat(dashboard.id()).isEqualTo("abc-def-ghi");
        assertThat(dashboard.title()).isEqualTo("Checkout service");
        assertThat(dashboard.widgets()).extracting(Widget::id).containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
        assertThat(dashboard.templateVariables()).containsExactly(
                new TemplateVariable("env", "env", List.of("staging")),
                new TemplateVariable("service", "service", List.of("checkout")),
                new TemplateVariable("search", null, List.of("*")));
    }

    @Test
    void shouldRefuseAnswersThatAreNoDashboard() {
        assertThatThrownBy(() -> DashboardJson.parse("<html>login</html>", "abc"))
                .hasMessageStartingWith("dashboard abc: Datadog's answer is not JSON");
        assertThatThrownBy(() -> DashboardJson.parse("{\"errors\": [\"Not found\"]}", "abc"))
                .hasMessage("dashboard abc: the answer has no widgets array; is it a dashboard?");
        assertThatThrownBy(() -> DashboardJson.parse("{\"widgets\": [{\"id\": 1, \"definition\": {}}]}", "abc"))
                .hasMessageStartingWith("widgets[0].definition.type: missing");
        assertThatThrownBy(() -> DashboardJson.parse("{\"widgets\": [], \"template_variables\": [{\"prefix\": \"env\"}]}",
                "abc")).hasMessage("template_variables[0].name: missing in the dashboard");
    }
}

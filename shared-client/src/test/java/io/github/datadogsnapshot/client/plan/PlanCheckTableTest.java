package io.github.datadogsnapshot.client.plan;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.datadogsnapshot.emulator.DatadogEmulator;
import io.github.datadogsnapshot.emulator.DatadogEmulatorExtension;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The table of configurations ({@link PlanCases}) through the client's plan check: the decision, the field and the
 * wording of each row. The Maven and Jenkins mappings run the same table in their modules.
 */
class PlanCheckTableTest {

    @RegisterExtension
    static DatadogEmulatorExtension emulator = new DatadogEmulatorExtension();

    static List<PlanCases.Case> rows() {
        return PlanCases.all();
    }

    @Test
    void shouldHoldAtLeastTwentyBadConfigurations() {
        assertThat(rows().stream().filter(r -> r.decision() == PlanCases.Decision.REFUSED)).hasSizeGreaterThan(20);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("rows")
    void shouldDecideEachRowOnceWithTheFieldNamed(PlanCases.Case row) {
        PlanInput input = row.config().input().endpoint(null, emulator.get().baseUrl().toString(), Map.of());
        PlanResult result = PlanCheck.check(input, Labels.keys(), PlanCases.NOW);

        assertThat(PlanCases.decision(result)).isEqualTo(row.decision());
        if (row.decision() == PlanCases.Decision.ACCEPTED) {
            assertThat(result.problems()).isEmpty();
            assertThat(result.graphs()).hasSize(row.config().graphs.size());
            assertThat(result.window()).isPresent();
            assertThat(result.endpoint()).isPresent();
            return;
        }
        Problem first = result.problems().get(0);
        assertThat(first.field()).isEqualTo(row.field());
        assertThat(first.message()).contains(row.fragment());
        if (first.field() != Field.WINDOW) {
            assertThat(first.message()).startsWith(first.label());
        }
        assertThat(PlanCases.message(result)).isEqualTo(PlanCases.expected(row, Labels.keys()));
        if (row.decision() == PlanCases.Decision.REFUSED) {
            assertThat(result.graphs()).isEmpty();
            assertThat(result.window()).isEmpty();
        }
    }

    @Test
    void shouldNameEveryFieldByTheLabelItWasGiven() {
        PlanCases.Config config = new PlanCases.Config();
        config.numbers = false;
        config.renderer = "local";
        Labels maven = new Labels(Map.of(Field.RENDERER, "datadog.renderer", Field.NUMBERS, "datadog.numbers"),
                i -> "graphs[" + (i + 1) + "].");

        PlanResult result = PlanCheck.check(config.input(), maven, PlanCases.NOW);

        assertThat(result.firstError().orElseThrow().message()).isEqualTo("datadog.renderer: local draws the pictures"
                + " from the graphs' numbers, but datadog.numbers is false; set datadog.numbers to true, or"
                + " datadog.renderer to datadog");
    }

    @Test
    void shouldCheckOnlyWhatIsGivenWhileTheWindowIsNotKnown() {
        PlanCases.Config config = new PlanCases.Config();
        PlanInput input = new PlanInput().graphs(config.graphs).window(null, PlanCases.NOW, null, null);

        PlanResult result = PlanCheck.check(input, Labels.keys(), PlanCases.NOW);

        assertThat(result.problems()).isEmpty();
        assertThat(result.window()).isEmpty();
        assertThat(result.graphs()).hasSize(1);
    }

    @Test
    void shouldCheckTheOptionsOnTheirOwnForAForm() {
        assertThat(PlanCheck.checkOptions("auto", false, false, Labels.keys()))
                .extracting(Problem::field).containsExactly(Field.RENDERER);
        assertThat(PlanCheck.checkOptions("auto", true, false, Labels.keys())).isEmpty();
    }

    @AfterAll
    static void noRequestWasSent() {
        DatadogEmulator dd = emulator.get();
        assertThat(dd.requests()).isEmpty();
    }
}

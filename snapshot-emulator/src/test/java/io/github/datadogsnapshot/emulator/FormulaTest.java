package io.github.datadogsnapshot.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormulaTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "a*2|20", "a + b|13", "a - b * 2|4", "(a - b) * 2|14", "a / b|3.3333333333333335", "-a + 1|-9",
            "b/a*100|30", "2.5|2.5", "a - -b|13"})
    void shouldEvaluateArithmetic(String formula, double expected) {
        assertThat(Formula.parse(formula).evaluate(Map.of("a", 10.0, "b", 3.0))).isEqualTo(expected);
    }

    @Test
    void shouldGiveNoDataForDivisionByZeroAndMissingData() {
        assertThat(Formula.parse("a / b").evaluate(Map.of("a", 1.0, "b", 0.0))).isNaN();
        assertThat(Formula.parse("a + b").evaluate(Map.of("a", 1.0, "b", Double.NaN))).isNaN();
    }

    @Test
    void shouldListTheNamesItReads() {
        assertThat(Formula.parse("query1 / query2 * 100").names()).containsExactlyInAnyOrder("query1", "query2");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "abs(a)|function 'abs(...)' is not supported",
            "a % 2|unexpected '%'",
            "(a + b|a '(' is not closed",
            "a +|it ends too early",
            "1.2.3|'1.2.3' is not a number",
            "a b|unexpected 'b'"})
    void shouldRefuseWhatItCannotRead(String formula, String message) {
        assertThatThrownBy(() -> Formula.parse(formula))
                .isInstanceOf(Formula.Invalid.class)
                .hasMessageContaining("Error parsing formula '" + formula + "'")
                .hasMessageContaining(message);
    }
}

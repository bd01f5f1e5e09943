package io.github.datadogsnapshot.maven;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FiguresTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
        "185.3412 | ms     | 185.3 ms",
        "0.0012345 | s     | 0.001235 s",
        "45.25    | %      | 45.25%",
        "12345.6  | null   | 12346",
        "-3.0     | errors | -3 errors",
        "120      | ms     | 120 ms",
        "null     | ms     | -"})
    void shouldShowFourSignificantDigitsWithTheUnit(Double value, String unit, String expected) {
        assertThat(Figures.value(value, unit)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "null", value = {"23.44, +23.4%", "-3, -3.0%", "0, +0.0%", "null, -"})
    void shouldShowChangesWithTheirSign(Double change, String expected) {
        assertThat(Figures.percent(change)).isEqualTo(expected);
    }
}

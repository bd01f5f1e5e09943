package io.github.datadogsnapshot.client.regression;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The one way values, changes and the change column read: threshold messages, the Maven page, the Jenkins pages. */
class FiguresTest {

    /** The values that once read differently in the message, on the Maven page and on the Jenkins pages. */
    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "12345       | ms     | 12345 ms",
            "12345.6     | null   | 12346",
            "0.000123    | ms     | 0.000123 ms",
            "1.5e9       | ms     | 1500000000 ms",
            "1.7e308     | ms     | 1.7e308 ms",
            "NaN         | ms     | NaN ms",
            "Infinity    | ms     | Infinity ms",
            "-Infinity   | null   | -Infinity",
            "-1e-308     | null   | -1e-308",
            "185.3412    | ms     | 185.3 ms",
            "0.0012345   | s      | 0.001235 s",
            "1234567     | null   | 1234567",
            "123456.789  | ms     | 123457 ms",
            "45.25       | %      | 45.25%",
            "0.00042     | %      | 0.00042%",
            "31          | error  | 31 errors",
            "2.201       | error  | 2.201 errors",
            "1           | error  | 1 error",
            "-3.0        | errors | -3 errors",
            "100.0       | ms     | 100 ms",
            "5           | ' '    | 5",
            "null        | ms     | \u2013"})
    void shouldShowFourSignificantDigitsWholeNumbersWholeAndThePluralUnit(Double value, String unit,
                                                                           String expected) {
        assertThat(Figures.value(value, unit)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(nullValues = "null", value = {"23.44, +23.4%", "16.666, +16.7%", "-3, -3.0%", "0, +0.0%",
            "1.5e300, +1.5e300%", "-2e7, -20000000%", "-2.345e9, -2350000000%", "NaN, NaN%", "null, \u2013"})
    void shouldShowChangesWithTheirSign(Double change, String expected) {
        assertThat(Figures.percent(change)).isEqualTo(expected);
    }

    @Test
    void shouldShowTheBoundsInTheChangeColumnWhenOnlyBoundsWereCrossed() {
        assertThat(Figures.change(ComparisonTest.one("max < 1", "error", 31.0, 31.0))).isEqualTo("max < 1");
        assertThat(Figures.change(ComparisonTest.one("max < 1; p95 < 2", "error", 31.0, 31.0)))
                .isEqualTo("max < 1; p95 < 2");
        assertThat(Figures.change(ComparisonTest.one("max < 800; p95 +10%", "ms", 700.0, 812.5)))
                .as("a change limit crossed too: the change").isEqualTo("+16.1%");
        assertThat(Figures.change(ComparisonTest.one("max < 800", "ms", 700.0, 700.0))).isEqualTo("+0.0%");
        assertThat(Figures.change(ComparisonTest.one("p95 +10%", "ms", null, 700.0))).isEqualTo(Figures.NONE);
    }

    @Test
    void shouldWriteTheSameFiguresInTheThresholdMessages() {
        for (double value : new double[] {12345, 0.000123, 1.5e9, 1.7e308}) {
            SeriesComparison bound = ComparisonTest.one("p95 < 0", "ms", null, value);
            assertThat(bound.breaches()).singleElement().extracting(Breach::message).asString()
                    .contains(" is " + Figures.value(value, "ms") + ", which breaks 'p95 < 0'");
        }
        SeriesComparison rise = ComparisonTest.one("p95 +10%", "ms", 12345.0, 1.5e9);
        assertThat(rise.breaches()).singleElement().extracting(Breach::message).asString()
                .contains("rose from 12345 ms to 1500000000 ms (" + Figures.percent(rise.changePercent()) + ")");
    }
}

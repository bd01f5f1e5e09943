package io.github.datadogsnapshot.client.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitsTest {

    @ParameterizedTest(name = "{0} {1} -> {2}")
    @CsvSource(delimiter = '|', nullValues = "null", value = {
            "31|error|errors",
            "2.201|error|errors",
            "1|error|error",
            "-1|request|request",
            "0|request|requests",
            "3|query|queries",
            "3|day|days",
            "3|process|processes",
            "3|bytes|bytes",
            "3|request per second|requests per second",
            "120|ms|ms",
            "3|KiB|KiB",
            "3|kb|kb",
            "3|req/s|req/s",
            "3|%|%",
            "3|null|null",
    })
    void shouldPluraliseWordsButNeverSymbolsOrAbbreviations(double value, String unit, String expected) {
        assertThat(Units.of(value, unit)).isEqualTo(expected);
    }
}

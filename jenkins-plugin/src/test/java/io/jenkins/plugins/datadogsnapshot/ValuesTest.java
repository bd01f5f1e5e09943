package io.jenkins.plugins.datadogsnapshot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ValuesTest {

    @ParameterizedTest
    @CsvSource(
            value = {
                "123.456, ms, 123.5 ms",
                "1234567, , 1235000",
                "0.0123456, s, 0.01235 s",
                "45.25, %, 45.25%",
                "-3, , -3",
                "100.0, ms, 100 ms",
            },
            nullValues = "")
    void shouldShowFourSignificantDigitsWithTheUnit(double value, String unit, String shown) {
        assertThat(Values.format(value, unit)).isEqualTo(shown);
    }

    @Test
    void shouldShowAMissingValueAsADash() {
        assertThat(Values.format(null, "ms")).isEqualTo("–");
        assertThat(Values.format(Double.NaN, "ms")).isEqualTo("–");
        assertThat(Values.change(null)).isEqualTo("–");
    }

    @Test
    void shouldSignEveryChange() {
        assertThat(Values.change(16.666)).isEqualTo("+16.7%");
        assertThat(Values.change(-3.0)).isEqualTo("-3.0%");
        assertThat(Values.change(0.0)).isEqualTo("+0.0%");
    }
}

package io.github.datadogsnapshot.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TimeValuesTest {

    @ParameterizedTest
    @CsvSource({
            "1714557600, 2024-05-01T10:00:00Z",
            "2024-05-01T10:00:00Z, 2024-05-01T10:00:00Z",
            "2024-05-01T12:00:00+02:00, 2024-05-01T10:00:00Z",
            "' 2024-05-01T10:00:00.250Z ', 2024-05-01T10:00:00.250Z"})
    void shouldReadEpochSecondsAndIsoInstants(String text, String expected) throws Exception {
        assertThat(TimeValues.instant("datadog.start", text)).isEqualTo(Instant.parse(expected));
    }

    @Test
    void shouldTreatBlankAsNotGiven() throws Exception {
        assertThat(TimeValues.instant("datadog.start", " ")).isNull();
        assertThat(TimeValues.duration("datadog.padding", null)).isNull();
    }

    @ParameterizedTest
    @CsvSource({"yesterday", "2024-05-01", "1714557600000000", "2024-05-01 10:00:00"})
    void shouldNameTheParameterOfAnUnreadableInstant(String text) {
        assertThatThrownBy(() -> TimeValues.instant("datadog.end", text))
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("datadog.end: '" + text + "' is neither epoch seconds nor an ISO-8601 instant such as"
                        + " 2024-05-01T10:00:00Z");
    }

    @Test
    void shouldReadDurationsAndRefuseNegativeOnes() throws Exception {
        assertThat(TimeValues.duration("datadog.timeout", "PT90S")).isEqualTo(Duration.ofSeconds(90));
        assertThatThrownBy(() -> TimeValues.duration("datadog.padding", "-PT1M"))
                .isInstanceOf(MojoFailureException.class)
                .hasMessage("datadog.padding: '-PT1M' is negative");
    }

    @ParameterizedTest
    @CsvSource({"PT0.3S, 300 ms", "PT12S, 12.0 s", "PT12.46S, 12.5 s", "PT5M3S, 5 min 3 s", "PT5M, 5 min 0 s",
            "PT1H2M, 1 h 2 min", "PT3H, 3 h 0 min"})
    void shouldFormatDurationsForPeople(String duration, String expected) {
        assertThat(TimeValues.format(Duration.parse(duration))).isEqualTo(expected);
    }

    @Test
    void shouldFormatInstantsInUtc() {
        assertThat(TimeValues.format(Instant.parse("2024-05-01T10:00:07.900Z"))).isEqualTo("2024-05-01 10:00:07 UTC");
    }
}

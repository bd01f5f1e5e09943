package io.github.datadogsnapshot.client.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ThresholdTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "p95 +10%|p95 +10%|P95|false",
            "' AVG +5 % AND +2 MS '|avg +5% and +2ms|AVG|false",
            "avg +2ms and +5%|avg +2ms and +5%|AVG|false",
            "avg -10%|avg -10%|AVG|false",
            "p95+10.50%|p95 +10.5%|P95|false",
            "p50 +3µs|p50 +3us|P50|false",
            "last +0%|last +0%|LAST|false",
            "max<800|max < 800|MAX|true",
            "p95 <= 1.50s|p95 <= 1.5s|P95|true",
            "min > -5|min > -5|MIN|true",
            "max >= 0.5 h|max >= 0.5h|MAX|true",
            "max < 80%|max < 80%|MAX|true"})
    void shouldReadEveryFormAndWriteItOneWay(String text, String canonical, Statistic statistic, boolean bound) {
        Threshold threshold = Threshold.parse(text, "graphs[0].thresholds");

        assertThat(threshold).hasToString(canonical);
        assertThat(threshold.statistic()).isEqualTo(statistic);
        assertThat(threshold.isBound()).isEqualTo(bound);
        assertThat(Threshold.parse(canonical, "again")).isEqualTo(threshold);
    }

    @ParameterizedTest(name = "[{index}] {0}")
    @CsvSource(delimiter = '|', value = {
            "''|the threshold is empty",
            "p99 +10%|'p99 +10%': unknown statistic 'p99'; use one of min, avg, p50, p95, max, last",
            "p95|'p95': a limit must follow the statistic",
            "p95 10%|'p95 10%': '10%' is not a limit such as +10%, -5%, +2ms or < 800",
            "p95 +10% and -2ms|both limits must watch the same way (both + or both -)",
            "p95 +10% and +5%|two limits in %; join a limit in % and an absolute one",
            "p95 +2ms and +3|two absolute limits; join a limit in % and an absolute one",
            "p95 +2kb|unknown unit 'kb'; use a plain number (the series' unit) or one of ns, us, µs, ms, s, min, h",
            "p95 +10% and +2ms and +3|give at most two limits joined by 'and' (one in %, one absolute)",
            "max < 800 apples|unknown unit 'apples'",
            "max < |'max <': '<' is not a limit",
            "+10%|'+10%': it must start with a statistic (min, avg, p50, p95, max, last)",
            "p95 +1e3%|'+1e3%' is not a limit"})
    void shouldNameTheFieldTheTextAndTheProblem(String text, String problem) {
        assertThatThrownBy(() -> Threshold.parse(text, "graphs[2].thresholds"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("graphs[2].thresholds: ")
                .hasMessageContaining(problem.strip())
                .hasMessageEndingWith("write e.g. 'p95 +10%', 'avg +5% and +2ms', 'avg -10%' or 'max < 800'");
    }

    @Test
    void shouldReadSeveralThresholdsSeparatedBySemicolons() {
        List<Threshold> thresholds = Threshold.parseAll("p95 +10% and +2ms; max < 800 ;", "thresholds");

        assertThat(thresholds).extracting(Threshold::toString).containsExactly("p95 +10% and +2ms", "max < 800");
        assertThat(Threshold.parseAll(null, "thresholds")).isEmpty();
        assertThat(Threshold.parseAll(" ", "thresholds")).isEmpty();
        assertThatThrownBy(() -> Threshold.parseAll("p95 +10%; p96 +1%", "thresholds"))
                .hasMessageStartingWith("thresholds[1]: 'p96 +1%': unknown statistic 'p96'");
    }
}

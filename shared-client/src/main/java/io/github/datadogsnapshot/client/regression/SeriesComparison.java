package io.github.datadogsnapshot.client.regression;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.stream.Collectors;

/**
 * One series of a graph compared with its baseline: the verdict, the watched statistic in both builds, the change,
 * and every threshold it crossed.
 *
 * @param query the query of the series, {@code null} when the build has no numbers for the graph at all
 * @param scope the series' scope, {@code null} when the build has no numbers for the graph at all
 * @param verdict how it came out
 * @param watched the statistic shown: the first threshold's, else p95
 * @param current this build's value of it, {@code null} without numbers
 * @param baseline the baseline's value of it, {@code null} without baseline
 * @param changePercent {@code (current - baseline) / |baseline| * 100}, {@code null} when either is missing or the
 *     baseline is 0
 * @param unit the series' unit, or {@code null}
 * @param breaches the thresholds crossed, empty unless the verdict is {@link Verdict#REGRESSION}
 * @param reason why the verdict is not a plain OK or REGRESSION, or a note about the check; {@code null} otherwise
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SeriesComparison(String query, String scope, Verdict verdict, Statistic watched, Double current,
                               Double baseline, Double changePercent, String unit, List<Breach> breaches,
                               String reason) {

    /** Copies the breaches. */
    public SeriesComparison {
        breaches = List.copyOf(breaches);
    }

    /**
     * The bounds crossed, e.g. {@code max < 1}, when only bounds were: a bound limits the value, not its change, so
     * a change column shows these instead of the change (which may well be 0%); null when no threshold was crossed
     * or a change limit was.
     */
    @JsonIgnore
    public String boundsCrossedOnly() {
        if (breaches.isEmpty() || !breaches.stream().allMatch(b -> b.threshold().isBound())) {
            return null;
        }
        return breaches.stream().map(b -> b.threshold().toString()).distinct().collect(Collectors.joining("; "));
    }
}

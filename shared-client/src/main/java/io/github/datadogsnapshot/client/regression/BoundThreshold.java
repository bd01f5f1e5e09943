package io.github.datadogsnapshot.client.regression;

import static io.github.datadogsnapshot.client.regression.LimitUnits.exact;
import static io.github.datadogsnapshot.client.regression.LimitUnits.plain;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A limit on the value itself, e.g. {@code max < 800}: needs no baseline.
 *
 * @param comparison one of {@code <}, {@code <=}, {@code >}, {@code >=}
 * @param value the limit, scale-free ({@code 8E+2} and {@code 800.0} are the same limit)
 * @param unit the limit's unit ({@code ms}, {@code %}…), or {@code null} for the series' unit
 */
public record BoundThreshold(Statistic statistic, String comparison, BigDecimal value, String unit)
        implements Threshold {

    public BoundThreshold {
        Objects.requireNonNull(statistic, "statistic");
        Objects.requireNonNull(comparison, "comparison");
        value = value.stripTrailingZeros();
    }

    @Override
    public Check check(double current, Double baseline, String seriesUnit) {
        LimitUnits.Scaled limit = LimitUnits.scale(value, unit, seriesUnit, this);
        if (limit.problem() != null) {
            return new Check(false, false, limit.problem(), null);
        }
        int order = exact(current).compareTo(limit.value());
        boolean holds = switch (comparison) {
            case "<" -> order < 0;
            case "<=" -> order <= 0;
            case ">" -> order > 0;
            default -> order >= 0;
        };
        return new Check(!holds, false, null, limit.note());
    }

    @Override
    public String toString() {
        return statistic.label() + " " + comparison + " " + plain(value) + (unit == null ? "" : unit);
    }
}

package io.github.datadogsnapshot.client.regression;

import static io.github.datadogsnapshot.client.regression.LimitUnits.exact;
import static io.github.datadogsnapshot.client.regression.LimitUnits.plain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * A limit on the change from the baseline, e.g. {@code p95 +10% and +2ms}: crossed when the change passes every
 * one of its limits (one in %, one absolute, or both, in the order written).
 *
 * @param rise whether it watches a rise ({@code +}) rather than a drop ({@code -})
 * @param limits one or two limits: at most one in % and at most one absolute
 */
public record ChangeThreshold(Statistic statistic, boolean rise, List<Limit> limits) implements Threshold {

    /**
     * One limit of a change.
     *
     * @param value the amount, scale-free
     * @param unit {@code %} for a relative limit; else the absolute limit's unit, or {@code null} for the series'
     */
    public record Limit(BigDecimal value, String unit) {
        public Limit {
            value = value.stripTrailingZeros();
        }

        boolean isPercent() {
            return "%".equals(unit);
        }
    }

    public ChangeThreshold {
        Objects.requireNonNull(statistic, "statistic");
        limits = List.copyOf(limits);
    }

    @Override
    public Check check(double current, Double baseline, String seriesUnit) {
        if (baseline == null) {
            return Check.NO_BASELINE;
        }
        BigDecimal change = exact(current).subtract(exact(baseline));
        if (!rise) {
            change = change.negate();
        }
        boolean crossed = true;
        String note = null;
        for (Limit limit : limits) {
            if (limit.isPercent()) {
                // change / |baseline| * 100 > percent, without dividing (a zero baseline needs no special case)
                crossed &= change.multiply(BigDecimal.valueOf(100))
                        .compareTo(exact(baseline).abs().multiply(limit.value())) > 0;
            }
        }
        for (Limit limit : limits) {
            if (!limit.isPercent()) {
                LimitUnits.Scaled scaled = LimitUnits.scale(limit.value(), limit.unit(), seriesUnit, this);
                if (scaled.problem() != null) {
                    return new Check(false, false, scaled.problem(), null);
                }
                crossed &= change.compareTo(scaled.value()) > 0;
                note = scaled.note();
            }
        }
        return new Check(crossed, false, null, note);
    }

    @Override
    public String toString() {
        String sign = rise ? "+" : "-";
        return statistic.label() + " " + limits.stream()
                .map(l -> sign + plain(l.value()) + (l.unit() == null ? "" : l.unit()))
                .collect(Collectors.joining(" and "));
    }
}

package io.github.datadogsnapshot.client.regression;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * One graph of this build compared with the same graph of a baseline build (matched by the graph's name, by the
 * caller) and checked against its thresholds. Series are matched by {@link SeriesStats#key()}: query and scope.
 *
 * <p>Per series of this build: {@link Verdict#NO_NUMBERS} without points with data; {@link Verdict#REGRESSION} when a
 * threshold is crossed (a bound needs no baseline, a change limit does); {@link Verdict#NOT_COMPARABLE} when a
 * threshold's unit does not fit the series'; {@link Verdict#NO_BASELINE} when a change limit (or, without
 * thresholds, the comparison itself) has no baseline value to compare with; else {@link Verdict#OK}. Per series of
 * the baseline that this build lacks: {@link Verdict#SERIES_GONE}. Missing data is never a regression.
 *
 * @param graph the graph's name
 * @param thresholds the thresholds checked
 * @param watched the statistic shown for every series: the first threshold's, else p95
 * @param series one entry per series of this build, then one per series gone; a single {@link Verdict#NO_NUMBERS}
 *     entry when this build has no numbers for the graph
 */
public record Comparison(String graph, List<Threshold> thresholds, Statistic watched, List<SeriesComparison> series) {

    /** Copies the lists. */
    public Comparison {
        Objects.requireNonNull(graph, "graph");
        thresholds = List.copyOf(thresholds);
        series = List.copyOf(series);
    }

    /**
     * Compares one graph.
     *
     * @param current this build's series; {@code null} or empty when it has no numbers for the graph
     * @param baseline the baseline's series; {@code null} when there is no baseline for the graph (none given, the
     *     graph is new, or the baseline has no numbers for it)
     */
    public static Comparison of(String graph, List<Threshold> thresholds, List<SeriesStats> current,
                                List<SeriesStats> baseline) {
        return of(graph, thresholds, current, baseline, null);
    }

    /**
     * What a series without baseline says when no baseline was given and the caller does not say why (see
     * {@link #of(String, List, List, List, String)}).
     */
    public static final String NO_BASELINE_FOR_GRAPH = "no baseline for this graph (new in this build, or the baseline"
            + " has no numbers for it)";

    /**
     * Compares one graph, saying why there is no baseline when {@code baseline} is null.
     *
     * @param noBaseline why there is no baseline, as the caller knows it (e.g. {@code no baseline: there is no
     *     earlier successful build}); {@code null} for {@link #NO_BASELINE_FOR_GRAPH}; unused with a baseline
     */
    public static Comparison of(String graph, List<Threshold> thresholds, List<SeriesStats> current,
                                List<SeriesStats> baseline, String noBaseline) {
        Statistic watched = thresholds.isEmpty() ? Statistic.P95 : thresholds.get(0).statistic();
        if (current == null || current.isEmpty()) {
            return new Comparison(graph, thresholds, watched, List.of(new SeriesComparison(null, null,
                    Verdict.NO_NUMBERS, watched, null, null, null, null, List.of(),
                    "this build has no numbers for the graph")));
        }
        Map<String, SeriesStats> base = new LinkedHashMap<>();
        if (baseline != null) {
            baseline.forEach(s -> base.putIfAbsent(s.key(), s));
        }
        List<SeriesComparison> results = new ArrayList<>();
        Map<String, Boolean> seen = new LinkedHashMap<>();
        for (SeriesStats series : current) {
            seen.put(series.key(), true);
            results.add(compare(series, baseline == null ? null : base.get(series.key()),
                    baseline != null ? null : noBaseline != null ? noBaseline : NO_BASELINE_FOR_GRAPH,
                    thresholds, watched));
        }
        for (SeriesStats gone : base.values()) {
            if (!seen.containsKey(gone.key())) {
                results.add(new SeriesComparison(gone.query(), gone.scope(), Verdict.SERIES_GONE, watched, null,
                        value(gone, watched), null, gone.unit(), List.of(), "in the baseline but not in this build"));
            }
        }
        return new Comparison(graph, thresholds, watched, results);
    }

    /** @param noBaseline why no baseline was given; null when one was */
    private static SeriesComparison compare(SeriesStats series, SeriesStats base, String noBaseline,
                                            List<Threshold> thresholds, Statistic watched) {
        Double baseValue = base == null ? null : value(base, watched);
        if (!series.hasNumbers()) {
            return new SeriesComparison(series.query(), series.scope(), Verdict.NO_NUMBERS, watched, null, baseValue,
                    null, series.unit(), List.of(), "the series has no points with data in this build");
        }
        String missingBaseline = noBaseline != null ? noBaseline
                : base == null ? "new in this build: the baseline has no series " + series.scope()
                : !base.hasNumbers() ? "the baseline's series has no points with data" : null;
        if (base != null && base.unit() != null && series.unit() != null
                && !base.unit().trim().equalsIgnoreCase(series.unit().trim())) {
            return new SeriesComparison(series.query(), series.scope(), Verdict.NOT_COMPARABLE, watched,
                    value(series, watched), baseValue, null, series.unit(), List.of(),
                    "the unit changed from " + base.unit() + " to " + series.unit());
        }
        String notFinite = notFinite(series, base, thresholds, watched);
        if (notFinite != null) {
            Double now = value(series, watched);
            return new SeriesComparison(series.query(), series.scope(), Verdict.NOT_COMPARABLE, watched,
                    now, baseValue, changePercent(now, baseValue), series.unit(), List.of(), notFinite);
        }
        List<Breach> breaches = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        String problem = null;
        boolean needsBaseline = thresholds.isEmpty() && missingBaseline != null;
        for (Threshold threshold : thresholds) {
            double now = value(series, threshold.statistic());
            Double before = base == null || !base.hasNumbers() ? null : value(base, threshold.statistic());
            Threshold.Check check = threshold.check(now, before, series.unit());
            if (check.crossed()) {
                breaches.add(breach(threshold, series, now, before));
            }
            needsBaseline |= check.needsBaseline();
            problem = problem != null ? problem : check.problem();
            if (check.note() != null && !notes.contains(check.note())) {
                notes.add(check.note());
            }
        }
        Double now = value(series, watched);
        Double before = base == null || !base.hasNumbers() ? null : baseValue;
        Verdict verdict = !breaches.isEmpty() ? Verdict.REGRESSION
                : problem != null ? Verdict.NOT_COMPARABLE
                : needsBaseline ? Verdict.NO_BASELINE
                : Verdict.OK;
        String reason = switch (verdict) {
            case NOT_COMPARABLE -> problem;
            case NO_BASELINE -> missingBaseline;
            default -> {
                if (missingBaseline != null) {
                    notes.add(0, missingBaseline); // the bounds held or broke without it; still worth knowing
                }
                yield notes.isEmpty() ? null : String.join("; ", notes);
            }
        };
        return new SeriesComparison(series.query(), series.scope(), verdict, watched, now, before,
                changePercent(now, before), series.unit(), breaches, reason);
    }

    private static Breach breach(Threshold threshold, SeriesStats series, double now, Double before) {
        String label = threshold.statistic().label() + " of " + label(series);
        String message;
        Double change = changePercent(now, before);
        if (before == null || threshold.isBound()) {
            // A bound limits the value itself: the baseline's value does not matter to it, so it is not said.
            message = label + " is " + Figures.value(now, series.unit()) + ", which breaks '" + threshold + "'";
        } else {
            message = label + " " + (now >= before ? "rose" : "fell") + " from "
                    + Figures.value(before, series.unit()) + " to " + Figures.value(now, series.unit())
                    + (change == null ? "" : " (" + Figures.percent(change) + ")")
                    + ", more than '" + threshold + "'";
        }
        return new Breach(threshold, now, before, change, message);
    }

    /**
     * The verdict of the graph: REGRESSION if any series regressed, else NOT_COMPARABLE if any, else OK if any, else
     * NO_NUMBERS, NO_BASELINE or SERIES_GONE as present, in that order.
     */
    public Verdict verdict() {
        for (Verdict verdict : List.of(Verdict.REGRESSION, Verdict.NOT_COMPARABLE, Verdict.OK, Verdict.NO_NUMBERS,
                Verdict.NO_BASELINE, Verdict.SERIES_GONE)) {
            if (series.stream().anyMatch(s -> s.verdict() == verdict)) {
                return verdict;
            }
        }
        return Verdict.NO_NUMBERS;
    }

    /** Whether any series crossed a threshold. */
    @JsonIgnore
    public boolean isRegression() {
        return verdict() == Verdict.REGRESSION;
    }

    /** Every threshold crossed, series by series. */
    public List<Breach> breaches() {
        return series.stream().flatMap(s -> s.breaches().stream()).toList();
    }

    private static Double value(SeriesStats stats, Statistic statistic) {
        OptionalDouble value = stats.get(statistic);
        return value.isPresent() ? value.getAsDouble() : null;
    }

    /** The change in percent; null when there is none to state (no value, a zero or non-finite baseline, ...). */
    public static Double changePercent(Double now, Double before) {
        if (now == null || before == null || before == 0 || !Double.isFinite(now) || !Double.isFinite(before)) {
            return null;
        }
        double change = (now - before) / Math.abs(before) * 100;
        if (!Double.isFinite(change)) {
            // The difference of values near the largest double overflows: take it exactly instead.
            change = BigDecimal.valueOf(now).subtract(BigDecimal.valueOf(before))
                    .divide(BigDecimal.valueOf(before).abs(), MathContext.DECIMAL64)
                    .multiply(BigDecimal.valueOf(100)).doubleValue();
        }
        return Double.isFinite(change) ? change : null;
    }

    /**
     * Why a series cannot be compared because a statistic it needs is not a finite number (NaN or infinite, as a
     * hand-edited or older baseline may hold); null when all are finite.
     */
    private static String notFinite(SeriesStats series, SeriesStats base, List<Threshold> thresholds,
                                    Statistic watched) {
        List<Statistic> needed = new ArrayList<>();
        needed.add(watched);
        thresholds.forEach(t -> needed.add(t.statistic()));
        for (Statistic statistic : needed) {
            Double now = value(series, statistic);
            if (now != null && !Double.isFinite(now)) {
                return "this build's " + statistic.label() + " is " + now + ", not a finite number";
            }
            Double before = base == null ? null : value(base, statistic);
            if (before != null && !Double.isFinite(before)) {
                return "the baseline's " + statistic.label() + " is " + before + ", not a finite number";
            }
        }
        return null;
    }

    private static String label(SeriesStats series) {
        return series.scope().equals("*") ? series.query() : series.query() + " (" + series.scope() + ")";
    }
}

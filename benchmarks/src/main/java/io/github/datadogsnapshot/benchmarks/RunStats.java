package io.github.datadogsnapshot.benchmarks;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;

/** Medians, ranges and the text format of the benchmark tables. */
final class RunStats {

    private RunStats() {
    }

    /**
     * The longest render drawn at this size. Every run draws the same seeded sequence, so it is the same for all
     * (a retried create would draw one more: then the longest of all runs counts).
     */
    static Duration longestRender(EngineBenchmark.Size s) {
        return s.runs().stream().map(Run::longestRender).max(Duration::compareTo).orElseThrow();
    }

    static String range(List<Run> runs, ToDoubleFunction<Run> value, String format, String unit) {
        if (runs.size() == 1) {
            return f(format, value.applyAsDouble(runs.get(0))) + unit;
        }
        return f(format, median(runs, value)) + unit + " (" + f(format, min(runs, value)) + "–"
                + f(format, max(runs, value)) + ")";
    }

    static double median(List<Run> runs, ToDoubleFunction<Run> value) {
        return Calibration.median(runs.stream().map(r -> value.applyAsDouble(r)).toList());
    }

    static double min(List<Run> runs, ToDoubleFunction<Run> value) {
        return runs.stream().mapToDouble(value).min().orElseThrow();
    }

    static double max(List<Run> runs, ToDoubleFunction<Run> value) {
        return runs.stream().mapToDouble(value).max().orElseThrow();
    }

    static String f(String format, Object... args) {
        return String.format(Locale.ROOT, format, args);
    }
}

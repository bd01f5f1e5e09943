package io.github.datadogsnapshot.benchmarks;

import static io.github.datadogsnapshot.benchmarks.EngineBenchmark.BUDGET;
import static io.github.datadogsnapshot.benchmarks.EngineBenchmark.BUDGET_WINDOW;
import static io.github.datadogsnapshot.benchmarks.EngineBenchmark.CLIENT;
import static io.github.datadogsnapshot.benchmarks.EngineBenchmark.EVERY_SECOND;
import static io.github.datadogsnapshot.benchmarks.EngineBenchmark.SLEEP;
import static io.github.datadogsnapshot.benchmarks.RunStats.f;
import static io.github.datadogsnapshot.benchmarks.RunStats.max;
import static io.github.datadogsnapshot.benchmarks.RunStats.median;
import static io.github.datadogsnapshot.benchmarks.RunStats.longestRender;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The rate-limited capture against its ideal schedule, and every target of the engine marked met or missed. */
final class Targets {

    private final List<EngineBenchmark.Size> sizes;
    private final EngineBenchmark.Size rateLimited;
    private final StringBuilder out;

    Targets(List<EngineBenchmark.Size> sizes, EngineBenchmark.Size rateLimited, StringBuilder out) {
        this.sizes = sizes;
        this.rateLimited = rateLimited;
        this.out = out;
    }

    void rateLimitedCase() {
        Calibration c = rateLimited.calibration();
        line(f("### Rate-limited: %d graphs, budget %d per %d s window", rateLimited.graphs(), BUDGET,
                BUDGET_WINDOW.toSeconds()));
        line("");
        line(f("Ideal schedule: ceil(%d/%d) = %d windows; the last one opens %d s after the first request; ideal = "
                        + "that + the longest render among the graphs created in it + create (%.1f ms) + download "
                        + "(%.1f ms).", rateLimited.graphs(), BUDGET, windows(), (windows() - 1) * BUDGET_WINDOW.toSeconds(),
                c.createMillis(), c.downloadMillis()));
        line("");
        line("| run | wall time | ideal | over the ideal | 429 answers | most 429 in one window | images | failed |");
        line("| --- | --- | --- | --- | --- | --- | --- | --- |");
        int i = 1;
        for (Run r : rateLimited.runs()) {
            double ideal = ideal(r);
            line(f("| %d | %.0f ms | %.0f ms | %+.0f ms | %d | %d | %d | %d |", i++, r.wallMillis(), ideal,
                    r.wallMillis() - ideal, r.refused(), r.mostRefusedInOneWindow(BUDGET_WINDOW), r.files().images(),
                    r.failures()));
        }
        line("");
    }

    void targets() {
        line("### Targets");
        line("");
        line("| target | measured (medians) | met |");
        line("| --- | --- | --- |");
        for (EngineBenchmark.Size s : sizes) {
            double limit = s.calibration().limitMillis(longestRender(s));
            double wall = median(s.of(CLIENT), Run::wallMillis);
            double bound = 1.10 * limit + 250;
            target(f("wall ≤ 1.10 × limit + 250 ms, %d graphs", s.graphs()),
                    f("%.0f ms against %.0f ms (limit %.0f ms; slowest run %.0f ms)", wall, bound, limit,
                            max(s.of(CLIENT), Run::wallMillis)), wall <= bound);
        }
        for (EngineBenchmark.Size s : sizes) {
            double client = median(s.of(CLIENT), Run::wallMillis);
            double script = median(s.of(EVERY_SECOND), Run::wallMillis);
            target(f("at least as fast as the every-second script, %d graphs", s.graphs()),
                    f("%.0f ms against %.0f ms", client, script), client <= script);
        }
        sizes.stream().filter(s -> s.graphs() == 10).findFirst().ifPresent(s -> {
            double ratio = median(s.of(SLEEP), Run::wallMillis) / median(s.of(CLIENT), Run::wallMillis);
            target("≥ 5× faster than the sleep script, 10 graphs", f("%.1f× faster", ratio), ratio >= 5);
        });
        long placeholders = clientRuns().mapToLong(r -> r.files().placeholders()).sum();
        long missing = clientRuns().mapToLong(r -> r.graphs() - r.files().images()).sum();
        target("0 placeholders stored (this client, every run, the rate-limited ones included)",
                f("%d placeholders, %d graphs without an image, in %d runs", placeholders, missing,
                        clientRuns().count()), placeholders == 0 && missing == 0);
        for (EngineBenchmark.Size s : sizes) {
            double perGraph = median(s.of(CLIENT), Run::requestsPerGraph);
            target(f("≤ 4 HTTP requests per graph on average, %d graphs", s.graphs()), f("%.2f", perGraph),
                    perGraph <= 4);
        }
        sizes.stream().filter(s -> s.graphs() == 200).findFirst().ifPresent(s -> {
            double threads = max(s.of(CLIENT), r -> r.probe().peakClientThreads());
            target("≤ 10 client threads, 200 graphs", f("%.0f at peak (most of %d runs)", threads, s.of(CLIENT).size()),
                    threads <= 10);
        });
        double over = median(rateLimited.runs(), r -> r.wallMillis() - ideal(r));
        target("rate-limited: within one window of the ideal schedule",
                f("%+.0f ms over the ideal (median), window %d ms", over, BUDGET_WINDOW.toMillis()),
                over <= BUDGET_WINDOW.toMillis());
        double refused = max(rateLimited.runs(), r -> r.mostRefusedInOneWindow(BUDGET_WINDOW));
        target("rate-limited: at most one 429 per window", f("at most %.0f in one window (all runs), %s in total",
                refused, rateLimited.runs().stream().map(r -> String.valueOf(r.refused()))
                        .collect(Collectors.joining(", "))), refused <= 1);
        line("| Maven plugin overhead for one graph ≤ 1 s over `mvn validate` | `benchmarks/plugin-overhead.sh` | see there |");
        line("");
    }

    private int windows() {
        return (rateLimited.graphs() + BUDGET - 1) / BUDGET;
    }

    /** The ideal wall time of a rate-limited run: its last window's opening + its longest render + create + download. */
    private double ideal(Run run) {
        int lastWindowFirst = (windows() - 1) * BUDGET;
        List<Duration> lastWindow = run.renders().subList(lastWindowFirst, Math.min(run.renders().size(), run.graphs()));
        Duration longest = Collections.max(lastWindow);
        return (windows() - 1) * BUDGET_WINDOW.toMillis() + rateLimited.calibration().limitMillis(longest);
    }

    private Stream<Run> clientRuns() {
        return java.util.stream.Stream.concat(sizes.stream().flatMap(s -> s.of(CLIENT).stream()),
                rateLimited.runs().stream());
    }

    private void target(String target, String measured, boolean met) {
        line("| " + target + " | " + measured + " | " + (met ? "met" : "**missed**") + " |");
    }

    private void line(String text) {
        out.append(text).append('\n');
    }
}

package io.github.datadogsnapshot.benchmarks;

import static io.github.datadogsnapshot.benchmarks.EngineBenchmark.CLIENT;
import static io.github.datadogsnapshot.benchmarks.EngineBenchmark.CLIENT_WITH_NUMBERS;
import static io.github.datadogsnapshot.benchmarks.EngineBenchmark.EVERY_SECOND;
import static io.github.datadogsnapshot.benchmarks.EngineBenchmark.SLEEP;
import static io.github.datadogsnapshot.benchmarks.RunStats.f;
import static io.github.datadogsnapshot.benchmarks.RunStats.longestRender;
import static io.github.datadogsnapshot.benchmarks.RunStats.median;
import static io.github.datadogsnapshot.benchmarks.RunStats.range;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/** The Markdown tables of one benchmark run, with every target of the engine marked met or missed. */
final class Report {

    private final List<EngineBenchmark.Size> sizes;
    private final EngineBenchmark.Size rateLimited;
    private final double minutes;
    private final double loadAtStart;
    private final StringBuilder out = new StringBuilder();

    Report(List<EngineBenchmark.Size> sizes, EngineBenchmark.Size rateLimited, double minutes, double loadAtStart) {
        this.sizes = sizes;
        this.rateLimited = rateLimited;
        this.minutes = minutes;
        this.loadAtStart = loadAtStart;
    }

    String toMarkdown() {
        machine();
        limits();
        results();
        looks();
        statusCall();
        Targets targets = new Targets(sizes, rateLimited, out);
        targets.rateLimitedCase();
        targets.targets();
        allRuns();
        line("");
        line(f("Total run time of the benchmark: %.1f min.", minutes));
        return out.toString();
    }

    private void machine() {
        Runtime rt = Runtime.getRuntime();
        String gcs = ManagementFactory.getGarbageCollectorMXBeans().stream().map(GarbageCollectorMXBean::getName)
                .collect(Collectors.joining(", "));
        line("### Machine");
        line("");
        line(f("%d cores (`availableProcessors`), %s %s (%s), max heap %d MiB, GC: %s, %s %s.",
                rt.availableProcessors(), System.getProperty("java.vm.name"), System.getProperty("java.version"),
                System.getProperty("java.vm.vendor"), rt.maxMemory() / (1024 * 1024), gcs, System.getProperty("os.name"),
                System.getProperty("os.arch")));
        line(f("Load average (1 min) of the machine: %.2f at the start, %.2f at the end.", loadAtStart,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
        line(f("Renders uniform %d-%d ms, seeded; %d runs per case, median (min-max); the sleep script once above %d "
                        + "graphs.", EngineBenchmark.FASTEST_RENDER.toMillis(), EngineBenchmark.SLOWEST_RENDER.toMillis(),
                EngineBenchmark.REPEATS, EngineBenchmark.SLEEP_SCRIPT_REPEATED_UP_TO));
        line("");
    }

    private void limits() {
        line("### The limit");
        line("");
        line("| graphs | seed | longest render drawn | create (median of 5) | download (median of 5) | limit |");
        line("| --- | --- | --- | --- | --- | --- |");
        for (EngineBenchmark.Size s : sizes) {
            Calibration c = s.calibration();
            Duration longest = longestRender(s);
            line(f("| %d | %d | %d ms | %.1f ms | %.1f ms | %.0f ms |", s.graphs(), s.seed(), longest.toMillis(),
                    c.createMillis(), c.downloadMillis(), c.limitMillis(longest)));
        }
        line("");
    }

    private void results() {
        line("### Captures");
        line("");
        line("| graphs | who | runs | wall time | ratio to the limit | HTTP requests per graph | placeholders stored "
                + "| client threads at peak | peak heap, JVM (emulator included) | allocated: client side / emulator "
                + "| CPU: process (client side / emulator) | CPU of other processes |");
        line("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        for (EngineBenchmark.Size s : sizes) {
            double limit = s.calibration().limitMillis(longestRender(s));
            for (String who : List.of(CLIENT, CLIENT_WITH_NUMBERS, EVERY_SECOND, SLEEP)) {
                List<Run> runs = s.of(who);
                line(f("| %d | %s | %d | %s | %s | %s | %s | %s | %s | %s / %s MiB | %s ms (%s / %s) | %s ms |", s.graphs(),
                        who,
                        runs.size(),
                        range(runs, Run::wallMillis, "%.0f", " ms"),
                        range(runs, r -> r.wallMillis() / limit, "%.2f", "×"),
                        range(runs, Run::requestsPerGraph, "%.2f", ""),
                        range(runs, r -> r.files().placeholders(), "%.0f", ""),
                        range(runs, r -> r.probe().peakClientThreads(), "%.0f", ""),
                        range(runs, r -> r.probe().peakHeapMiB(), "%.0f", " MiB"),
                        f("%.1f", median(runs, r -> r.probe().clientAllocatedMiB())),
                        f("%.1f", median(runs, r -> r.probe().emulatorAllocatedMiB())),
                        f("%.0f", median(runs, r -> r.probe().processCpuMillis())),
                        f("%.0f", median(runs, r -> r.probe().clientCpuMillis())),
                        f("%.0f", median(runs, r -> r.probe().emulatorCpuMillis())),
                        range(runs, r -> r.probe().otherCpuMillis(), "%.0f", "")));
            }
        }
        line("");
        line("Client threads: for this client the threads named `datadog-snapshot-*`; for the scripts the threads of "
                + "their `java.net.http.HttpClient` (`HttpClient-<id>-*`). Allocated: bytes allocated during the run "
                + "by the client side (the benchmark's main thread and the client threads) and by the emulator's "
                + "threads, from the JVM's per-thread allocation counters. CPU: the whole process's CPU time during "
                + "the run (garbage collection and the JIT compiler included), and the part of it spent in the client "
                + "side's and in the emulator's threads (the emulator draws each chart when its image is first asked "
                + "for after the render time); CPU of other processes: what the rest of the machine used meanwhile "
                + "(from /proc/stat; other work on this shared machine, not in this benchmark's control). Heap, "
                + "allocation and process CPU are medians.");
        line("");
    }

    private void looks() {
        line("### Looks at the image per graph (this client)");
        line("");
        line("| graphs | GETs of the image URL per graph | first to last snapshot request | longest gap between two "
                + "looks at one image | images stored | failed |");
        line("| --- | --- | --- | --- | --- | --- |");
        for (EngineBenchmark.Size s : sizes) {
            List<Run> runs = s.of(CLIENT);
            line(f("| %d | %s | %s | %s | %s | %s |", s.graphs(), range(runs, Run::looksPerGraph, "%.2f", ""),
                    range(runs, Run::createSpanMillis, "%.0f", " ms"), range(runs, Run::longestLookGapMillis, "%.0f", " ms"),
                    range(runs, r -> r.files().images(), "%.0f", ""), range(runs, Run::failures, "%.0f", "")));
        }
        line("");
        line("The schedule never leaves more than 3 s between two looks (`PollPolicy.DEFAULT.maxDelay`); a longer gap "
                + "is a look that was due but waited for one of the `concurrency` (8) request threads.");
        line("");
        EngineBenchmark.Size one = sizes.get(0);
        if (one.graphs() == 1) {
            line(f("One graph (render %d ms): looks at %s s after the create (emulator's log, first run).",
                    longestRender(one).toMillis(), one.of(CLIENT).get(0).lookTimes()));
            line("");
        }
    }

    private void statusCall() {
        line("### What the status call would cost");
        line("");
        line("Computed from the looks of this client's runs above: now each look is one GET of the image URL (the "
                + "placeholder or the image). Asking the status call first and downloading when it says ready adds "
                + "one request per graph; asking both on every look doubles the looks.");
        line("");
        line("| graphs | requests per graph now (create + looks) | status call first, GET when ready | status call + "
                + "GET per look |");
        line("| --- | --- | --- | --- |");
        for (EngineBenchmark.Size s : sizes) {
            double looks = median(s.of(CLIENT), Run::looksPerGraph);
            line(f("| %d | %.2f | %.2f | %.2f |", s.graphs(), 1 + looks, 2 + looks, 1 + 2 * looks));
        }
        line("");
        Calibration c = sizes.get(sizes.size() - 1).calibration();
        line(f("One look that finds the graph not ready: a placeholder GET takes %.2f ms and brings %d bytes; a status "
                        + "call takes %.2f ms and brings %d bytes (medians of 5, same emulator). The ready look then costs "
                        + "the status call's round trip on top of the download.", c.placeholderMillis(),
                c.placeholderBytes(), c.statusMillis(), c.statusBytes()));
        line("");
    }

    private void allRuns() {
        line("### Every run");
        line("");
        line("| graphs | who | wall | longest render | requests (creates / 429 / image GETs / status) | images / "
                + "placeholders | threads | peak heap | allocated client / emulator | CPU process (client / emulator) "
                + "| CPU others |");
        line("| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |");
        List<EngineBenchmark.Size> all = new java.util.ArrayList<>(sizes);
        all.add(rateLimited);
        for (EngineBenchmark.Size s : all) {
            for (Run r : s.runs()) {
                line(f("| %d | %s | %.0f ms | %d ms | %d (%d / %d / %d / %d) | %d / %d | %d | %.0f MiB | %.1f / %.1f MiB "
                                + "| %.0f ms (%.0f / %.0f) | %.0f ms |",
                        r.graphs(), s == rateLimited ? "this client, rate-limited" : r.approach(),
                        r.wallMillis(), r.longestRender().toMillis(), r.log().size(), r.creates(), r.refused(),
                        r.imageGets(), r.statusCalls(), r.files().images(), r.files().placeholders(),
                        r.probe().peakClientThreads(), r.probe().peakHeapMiB(), r.probe().clientAllocatedMiB(),
                        r.probe().emulatorAllocatedMiB(), r.probe().processCpuMillis(), r.probe().clientCpuMillis(),
                        r.probe().emulatorCpuMillis(), r.probe().otherCpuMillis()));
            }
        }
    }

    private void line(String text) {
        out.append(text).append('\n');
    }

}

package io.github.datadogsnapshot.benchmarks;

import io.github.datadogsnapshot.emulator.RecordedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One run of one approach: its wall time, what the emulator saw (its request log and the render times it drew)
 * and what ended on disk.
 *
 * @param approach      who captured
 * @param graphs        how many graphs were asked for
 * @param wallMillis    from the first request until every file was on disk (for the client: until capture returned)
 * @param renders       the render times the emulator drew, in creation order
 * @param log           every request the emulator answered
 * @param files         the files left in the output folder
 * @param failures      graphs the client recorded as failed (0 for the scripts, which throw instead)
 * @param probe         threads, heap and allocation
 */
record Run(String approach, int graphs, double wallMillis, List<Duration> renders, List<RecordedRequest> log,
           Pngs.Count files, int failures, Probe.Sample probe) {

    static final String CREATE = "/api/v1/graph/snapshot";
    static final String IMAGE = "/snapshot/view/";
    static final String STATUS = "/api/v1/graph/snapshot_status/";

    Duration longestRender() {
        return renders.isEmpty() ? Duration.ZERO : Collections.max(renders);
    }

    long creates() {
        return log.stream().filter(r -> r.path().equals(CREATE)).count();
    }

    long refused() {
        return log.stream().filter(r -> r.path().equals(CREATE) && r.status() == 429).count();
    }

    long imageGets() {
        return log.stream().filter(r -> r.path().startsWith(IMAGE)).count();
    }

    long statusCalls() {
        return log.stream().filter(r -> r.path().startsWith(STATUS)).count();
    }

    double requestsPerGraph() {
        return log.size() / (double) graphs;
    }

    /** GETs of an image URL per graph: the looks, the last of which brought the image. */
    double looksPerGraph() {
        return imageGets() / (double) graphs;
    }

    /**
     * The most 429 answers in one rate-limit window, replaying the emulator's fixed windows from the request times:
     * a window opens with the first snapshot call after the previous one ended and lasts {@code period}.
     */
    int mostRefusedInOneWindow(Duration period) {
        List<RecordedRequest> calls = log.stream().filter(r -> r.path().equals(CREATE))
                .sorted(Comparator.comparing(RecordedRequest::time)).toList();
        Instant windowEnd = Instant.MIN;
        int inWindow = 0;
        int most = 0;
        for (RecordedRequest call : calls) {
            if (!call.time().isBefore(windowEnd)) {
                windowEnd = call.time().plus(period);
                inWindow = 0;
            }
            if (call.status() == 429) {
                most = Math.max(most, ++inWindow);
            }
        }
        return most;
    }

    /**
     * The longest time between two consecutive looks at one image, in ms. The check schedule never waits more than
     * {@code PollPolicy.maxDelay} (3 s by default); a longer gap is time a due look spent queued for a request slot.
     */
    double longestLookGapMillis() {
        Map<String, List<Instant>> looks = log.stream().filter(r -> r.path().startsWith(IMAGE)).collect(
                Collectors.groupingBy(RecordedRequest::path, Collectors.mapping(RecordedRequest::time, Collectors.toList())));
        long longest = 0;
        for (List<Instant> times : looks.values()) {
            List<Instant> sorted = times.stream().sorted().toList();
            for (int i = 1; i < sorted.size(); i++) {
                longest = Math.max(longest, Duration.between(sorted.get(i - 1), sorted.get(i)).toMillis());
            }
        }
        return longest;
    }

    /** From the first snapshot request to the last one, as the emulator saw them, in ms. */
    double createSpanMillis() {
        List<Instant> creates = log.stream().filter(r -> r.path().equals(CREATE)).map(RecordedRequest::time).sorted()
                .toList();
        return creates.isEmpty() ? 0 : Duration.between(creates.get(0), creates.get(creates.size() - 1)).toMillis();
    }

    /** For one graph: the seconds from its create to each look at its image, as the emulator saw them. */
    String lookTimes() {
        Instant created = log.stream().filter(r -> r.path().equals(CREATE) && r.status() == 200)
                .map(RecordedRequest::time).min(Comparator.naturalOrder()).orElseThrow();
        return log.stream().filter(r -> r.path().startsWith(IMAGE)).map(RecordedRequest::time).sorted()
                .map(t -> String.format(Locale.ROOT, "%.2f", Duration.between(created, t).toNanos() / 1e9))
                .collect(Collectors.joining(", "));
    }
}

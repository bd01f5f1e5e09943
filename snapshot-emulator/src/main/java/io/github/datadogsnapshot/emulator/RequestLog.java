package io.github.datadogsnapshot.emulator;

import java.util.ArrayList;
import java.util.List;

/**
 * The requests received, in the order they were answered. A request that arrived before the last
 * {@link #clear()} is not added when it completes later (a slow answer must not leak into the
 * next test). Thread-safe.
 */
final class RequestLog {

    private final List<RecordedRequest> requests = new ArrayList<>();
    private long generation;

    /** Marks a request's arrival; pass the result to {@link #add}. */
    synchronized long arrival() {
        return generation;
    }

    synchronized void add(long arrival, RecordedRequest request) {
        if (arrival == generation) {
            requests.add(request);
        }
    }

    synchronized List<RecordedRequest> snapshot() {
        return List.copyOf(requests);
    }

    synchronized long count(String pathPrefix) {
        return requests.stream().filter(r -> r.path().startsWith(pathPrefix)).count();
    }

    synchronized void clear() {
        requests.clear();
        generation++;
    }
}

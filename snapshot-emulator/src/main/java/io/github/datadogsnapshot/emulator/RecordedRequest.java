package io.github.datadogsnapshot.emulator;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * One request the emulator received, as tests need it: header <em>names</em> only, so that keys
 * never end up in test output.
 *
 * @param method the HTTP method
 * @param path the decoded path, without the query
 * @param query the decoded query parameters (the first value of each name)
 * @param headerNames the names of the headers present, compared case-insensitively
 * @param status the status answered, {@code 0} when the connection was dropped by a fault
 * @param time when the request arrived, by the emulator's clock
 */
public record RecordedRequest(
        String method, String path, Map<String, String> query, Set<String> headerNames, int status, Instant time) {

    /** Copies the collections; {@code headerNames} becomes case-insensitive. */
    public RecordedRequest {
        query = Collections.unmodifiableMap(new LinkedHashMap<>(query));
        TreeSet<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        names.addAll(headerNames);
        headerNames = Collections.unmodifiableSet(names);
    }

    /** Whether a header of this name (any case) was sent. */
    public boolean hasHeader(String name) {
        return headerNames.contains(name);
    }
}

package io.github.datadogsnapshot.client.graph;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;

/** Whether a graph's fields fit the snapshot request's URL ({@link GraphSpec#MAX_ENCODED_FIELDS}). */
final class GraphRequestLength {

    private GraphRequestLength() {
    }

    /** The fields travel in the snapshot request's URL: refuse what would come back as 414 after a request. */
    static void check(UnaryOperator<String> label, String metricQuery, String graphDef, String eventQuery,
                      String title) {
        Map<String, Integer> encoded = new LinkedHashMap<>();
        encoded.put("metricQuery", encodedLength(metricQuery));
        encoded.put("graphDef", encodedLength(graphDef));
        encoded.put("eventQuery", encodedLength(eventQuery));
        encoded.put("title", encodedLength(title));
        int total = encoded.values().stream().mapToInt(Integer::intValue).sum();
        if (total <= GraphSpec.MAX_ENCODED_FIELDS) {
            return;
        }
        Map.Entry<String, Integer> longest = encoded.entrySet().stream().max(Map.Entry.comparingByValue())
                .orElseThrow();
        throw new InvalidGraphField(longest.getKey(), label.apply(longest.getKey())
                + ": too long for the snapshot request: "
                + longest.getValue() + " characters once URL-encoded"
                + (longest.getValue() == total ? "" : " (" + total + " with the graph's other fields)")
                + ", and the query, graphDef, eventQuery and title may take " + GraphSpec.MAX_ENCODED_FIELDS
                + " together, because Datadog receives them in the request's URL and refuses URLs longer than about "
                + GraphSpec.MAX_REQUEST_LINE / 1024 + " KiB (414 Request-URI Too Large); shorten it or split the graph into"
                + " several graphs");
    }

    /** The length of {@code value} as the snapshot request encodes it (UTF-8, spaces as {@code %20}). */
    private static int encodedLength(String value) {
        return value == null ? 0 : URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20").length();
    }
}

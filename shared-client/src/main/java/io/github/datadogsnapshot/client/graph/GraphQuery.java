package io.github.datadogsnapshot.client.graph;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * One query of a graph as the numbers see it: a plain query that Datadog's query API can run as it is, or the
 * reason why this part of the graph has none. Never a guess: a request whose shape has no plain query is reported,
 * not rewritten.
 *
 * @param source where in the graph it comes from: {@code metricQuery}, {@code graphDef.requests[1]},
 *     {@code eventQuery} or {@code graphDef.events[0]}
 * @param query the plain query, or {@code null} when there is none
 * @param problem why there is no plain query, or {@code null} when there is one
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record GraphQuery(String source, String query, String problem) {

    /** Checks that exactly one of query and problem is given. */
    public GraphQuery {
        Objects.requireNonNull(source, "source");
        if ((query == null) == (problem == null)) {
            throw new IllegalArgumentException(source + ": give either a query or a problem");
        }
    }

    public static GraphQuery plain(String source, String query) {
        return new GraphQuery(source, query.trim(), null);
    }

    static GraphQuery none(String source, String problem) {
        return new GraphQuery(source, null, problem);
    }

    /** Whether there is a plain query. */
    @JsonIgnore
    public boolean isPlain() {
        return query != null;
    }

    /** For logs and pages: {@code graphDef.requests[1]: no plain query: it uses formulas ...}, or the query. */
    public String describe() {
        return isPlain() ? source + ": " + query : source + ": no plain query: " + problem;
    }
}

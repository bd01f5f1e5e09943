package io.github.datadogsnapshot.client.engine;

import io.github.datadogsnapshot.charts.Band;
import io.github.datadogsnapshot.client.graph.GraphQuery;
import io.github.datadogsnapshot.client.regression.MetricSeries;
import java.util.List;

/**
 * The numbers of one graph for its window, as Datadog's metrics query API answered them.
 *
 * @param queries      the graph's queries, plain ones and the ones without a plain query (with the reason)
 * @param series       every series the plain queries returned, in request order
 * @param eventQueries the graph's event queries (asked only to draw the graph here)
 * @param events       the events found, as bands
 * @param error        what went wrong with some or all of the calls; null when nothing did
 */
record Numbers(List<GraphQuery> queries, List<MetricSeries> series, List<GraphQuery> eventQueries,
                      List<Band> events, String error) {

    Numbers {
        queries = List.copyOf(queries);
        series = List.copyOf(series);
        eventQueries = List.copyOf(eventQueries);
        events = List.copyOf(events);
    }
}

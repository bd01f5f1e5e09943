package io.github.datadogsnapshot.client.engine;

import io.github.datadogsnapshot.client.config.CaptureListener;
import io.github.datadogsnapshot.client.exception.ServiceException;
import io.github.datadogsnapshot.client.exception.SnapshotException;
import io.github.datadogsnapshot.client.graph.GraphQueries;
import io.github.datadogsnapshot.client.graph.GraphQuery;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.graph.TimeWindow;
import io.github.datadogsnapshot.client.transport.HttpTransport;
import io.github.datadogsnapshot.client.transport.MetricsQueryApi;
import io.github.datadogsnapshot.client.transport.TaskRunner;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Fetches a graph's numbers through Datadog's metrics query API ({@code GET /api/v1/query}) and, when the graph may
 * be drawn here, its events ({@code GET /api/v1/events}): the same keys, site, retries, deadline and secrecy as the
 * snapshot request, on budgets of their own.
 */
final class NumbersFetcher {

    private final MetricsQueryApi api;
    private final ApiCaller caller;
    private final RateLimitBudget queryBudget = new RateLimitBudget();
    private final RateLimitBudget eventsBudget = new RateLimitBudget();
    private final TaskRunner runner;
    private final Clock clock;

    NumbersFetcher(MetricsQueryApi api, ApiCaller caller, TaskRunner runner, Clock clock) {
        this.api = api;
        this.caller = caller;
        this.runner = runner;
        this.clock = clock;
    }

    /**
     * The numbers job of a graph, not started yet ({@link NumbersJob#start()}); {@code withEvents} also asks the
     * events the graph would draw; {@code listener} hears of its retries and rate-limit waits, as for the snapshot.
     */
    NumbersJob prepare(GraphSpec graph, TimeWindow window, Instant requestedAt, Instant deadline, boolean withEvents,
                       CaptureListener listener) {
        List<GraphQuery> events = withEvents ? GraphQueries.events(graph) : List.of();
        return new NumbersJob(graph, window, requestedAt, deadline, GraphQueries.metrics(graph), events,
                job -> next(job), runner, clock, listener);
    }

    void next(NumbersJob job) {
        int metrics = job.queries.size();
        while (job.next < metrics + job.eventQueries.size()) {
            int index = job.next++;
            GraphQuery query = index < metrics ? job.queries.get(index) : job.eventQueries.get(index - metrics);
            if (query.isPlain()) {
                caller.call(job, index < metrics ? queryBudget : eventsBudget,
                        index < metrics ? new QueryCall(job, query) : new EventsCall(job, query));
                return;
            }
        }
        job.end(job.numbers());
    }

    /** One metrics query of a graph. */
    private class QueryCall extends ApiCaller.Call {
        final NumbersJob job;
        final GraphQuery query;

        QueryCall(NumbersJob job, GraphQuery query, URI uri, String attempted, String limitName) {
            super(uri, job.requestedAt, job.deadline, attempted, limitName, "graph '" + job.graph.name() + "'");
            this.job = job;
            this.query = query;
        }

        QueryCall(NumbersJob job, GraphQuery query) {
            this(job, query, api.queryUri(query.query(), job.window), "the metrics query (" + query.source() + ")"
                    + " of graph '" + job.graph.name() + "'", "metrics query rate limit");
        }

        @Override
        void succeeded(HttpTransport.JsonAnswer answer) {
            try {
                job.series.addAll(api.series(answer, query.query()));
            } catch (SnapshotException e) {
                job.errors.add(e.getMessage());
            }
            next(job);
        }

        @Override
        ServiceException error(HttpTransport.JsonAnswer answer) {
            return api.error(answer, attempted);
        }

        /** Said once per reset, like the snapshot's wait: the budget is the query API's, so the reason names it. */
        @Override
        void paused(Instant until, Duration wait) {
            if (!until.equals(job.pausedUntil)) {
                job.pausedUntil = until;
                job.listener.retrying(job.graph, "Datadog's " + limitName + " is used up for " + attempted
                        + ", waiting for it to reset", wait);
            }
        }

        @Override
        void retrying(String reason, Duration delay) {
            job.listener.retrying(job.graph, reason, delay);
        }

        @Override
        void gaveUp(SnapshotException failure) {
            job.errors.add(failure.getMessage());
            next(job);
        }
    }

    /** One events call of a graph. */
    private final class EventsCall extends QueryCall {
        EventsCall(NumbersJob job, GraphQuery query) {
            super(job, query, api.eventsUri(query.query(), job.window), "the events of " + query.source()
                    + " of graph '" + job.graph.name() + "'", "events rate limit");
        }

        @Override
        void succeeded(HttpTransport.JsonAnswer answer) {
            try {
                job.events.addAll(api.events(answer));
            } catch (SnapshotException e) {
                job.errors.add(e.getMessage());
            }
            next(job);
        }
    }
}

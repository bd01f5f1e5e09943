package io.github.datadogsnapshot.client.engine;

import io.github.datadogsnapshot.client.config.CaptureListener;
import io.github.datadogsnapshot.client.exception.ServiceException;
import io.github.datadogsnapshot.client.exception.SnapshotException;
import io.github.datadogsnapshot.client.graph.GraphSpec;
import io.github.datadogsnapshot.client.graph.TimeWindow;
import io.github.datadogsnapshot.client.regression.MetricSeries;
import io.github.datadogsnapshot.client.transport.FormulaQueryApi;
import io.github.datadogsnapshot.client.transport.FormulaRequest;
import io.github.datadogsnapshot.client.transport.HttpTransport;
import io.github.datadogsnapshot.client.transport.TaskRunner;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The numbers of a graph whose series are formulas, through {@code POST /api/v2/query/timeseries}: one request
 * through {@link ApiCaller} (the keys, retries, deadline and the metrics query budget, as for
 * {@code /api/v1/query}), read into one series per formula and group ({@link FormulaQueryApi}). As for v1 numbers, a
 * failure is noted, never thrown: numbers never fail a graph. Not yet part of a graph's capture.
 */
final class FormulaNumbers {

    /**
     * The series, or why there are none.
     *
     * @param series one per formula and group, empty when the request failed
     * @param error what went wrong, or {@code null}
     */
    record Result(List<MetricSeries> series, String error) {
    }

    private final FormulaQueryApi api;
    private final ApiCaller caller;
    private final RateLimitBudget queryBudget;
    private final TaskRunner runner;
    private final Clock clock;

    /** {@code queryBudget} is the one the v1 metrics queries use: Datadog counts both as metrics queries. */
    FormulaNumbers(FormulaQueryApi api, ApiCaller caller, RateLimitBudget queryBudget, TaskRunner runner, Clock clock) {
        this.api = api;
        this.caller = caller;
        this.queryBudget = queryBudget;
        this.runner = runner;
        this.clock = clock;
    }

    /** Starts the request; the chain's result completes with the series or the error. */
    Job fetch(GraphSpec graph, FormulaRequest request, TimeWindow window, Instant deadline,
              CaptureListener listener) {
        Job job = new Job(graph, new WaitReports(graph, listener));
        job.execute(() -> caller.call(job, queryBudget, new Call(job, request, window, clock.instant(), deadline)),
                null);
        return job;
    }

    /** The chain of one request. */
    final class Job extends StepChain<Result> {
        final GraphSpec graph;
        final WaitReports reports;

        Job(GraphSpec graph, WaitReports reports) {
            super(runner, clock);
            this.graph = graph;
            this.reports = reports;
        }

        @Override
        Result failed(SnapshotException failure) {
            return new Result(List.of(), failure.getMessage());
        }

        @Override
        Result interrupted() {
            return new Result(List.of(), "the capture was interrupted before the numbers were fetched");
        }
    }

    private final class Call extends ApiCaller.Call {
        private final Job job;
        private final FormulaRequest request;

        Call(Job job, FormulaRequest request, TimeWindow window, Instant requestedAt, Instant deadline) {
            super(api.uri(), requestedAt, deadline, "the formula query of graph '" + job.graph.name() + "'",
                    "metrics query rate limit", "graph '" + job.graph.name() + "'");
            this.job = job;
            this.request = request;
            this.body = api.body(request, window);
        }

        @Override
        void succeeded(HttpTransport.JsonAnswer answer) {
            job.end(new Result(api.series(answer, request), null));
        }

        @Override
        ServiceException error(HttpTransport.JsonAnswer answer) {
            return api.error(answer, attempted);
        }

        @Override
        void paused(Instant until, Duration wait) {
            job.reports.budgetUsedUp(until, wait, limitName, attempted);
        }

        @Override
        void retrying(String reason, Duration delay) {
            job.reports.retrying(reason, delay);
        }

        @Override
        void gaveUp(SnapshotException failure) {
            job.end(job.failed(failure));
        }
    }
}

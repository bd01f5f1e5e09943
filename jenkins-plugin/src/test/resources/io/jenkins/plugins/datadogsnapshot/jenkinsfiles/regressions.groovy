// BASELINE, a string parameter of the job: empty for the previous successful build, a build number, or none.
datadogSnapshotWindow(
        graphs: [
            [name: 'latency', title: 'Checkout latency',
             metricQuery: 'avg:trace.http.request.duration{service:checkout,env:perf} by {host}',
             thresholds: 'p95 +10% and +2ms; max < 800'],
            [name: 'errors', title: 'Checkout errors',
             metricQuery: 'sum:trace.http.request.errors{service:checkout,env:perf}.as_count()',
             thresholds: 'avg +20%'],
        ],
        baseline: params.BASELINE,
        regressionResult: 'UNSTABLE',  // or 'FAILURE'
        renderer: 'auto',              // Datadog's picture; drawn here when the snapshot budget is spent
        padding: 60) {
    sleep 5    // the load test, e.g. sh './run-load-test.sh'
}

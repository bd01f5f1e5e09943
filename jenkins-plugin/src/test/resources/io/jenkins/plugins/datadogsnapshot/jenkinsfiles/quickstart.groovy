// The graphs show exactly the time the block took, plus a minute before it.
datadogSnapshotWindow(
        graphs: [[name: 'latency', title: 'Checkout latency',
                  metricQuery: 'avg:trace.http.request.duration{service:checkout} by {host}',
                  thresholds: 'p95 +10% and +2ms'],
                 [name: 'errors', title: 'Checkout errors',
                  metricQuery: 'sum:trace.http.request.errors{service:checkout}.as_count()']],
        padding: 60) {
    sleep 5    // the load test, e.g. sh './run-load-test.sh'
}

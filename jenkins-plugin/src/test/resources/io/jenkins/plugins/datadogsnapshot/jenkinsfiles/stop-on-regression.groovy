// Marking the build is the default; this stops the Pipeline on a regression instead.
def graphs = datadogSnapshot(metricQuery: 'avg:trace.http.request.duration{service:checkout}', name: 'latency',
                             thresholds: 'p95 +10%', padding: 600)
if (graphs.any { it.verdict == 'REGRESSION' }) {
    error graphs.collectMany { it.regressions }.join('\n')
}

// From the build's start (minus two minutes) until now; one map per graph comes back.
def graphs = datadogSnapshot(
        metricQuery: 'avg:trace.http.request.duration{service:shop,env:perf}',
        title: 'Latency',
        graphs: [
            [metricQuery: 'avg:system.cpu.user{env:perf} by {host}', title: 'CPU'],
            [graphDef: '{"viz":"timeseries","requests":[{"q":"sum:shop.errors{env:perf}.as_count()","type":"bars"}]}',
             eventQuery: 'tags:deploy', name: 'errors', width: 1200, height: 400],
        ],
        padding: 120)
graphs.each { g -> echo "${g.title}: ${g.status} ${g.imageUrl ?: g.error}" }

import io.github.datadogsnapshot.maven.ItChecks

def log = ItChecks.buildLogWithoutKeys(basedir, apiKey, appKey)
// Two builds; without the deadline on every read, each hung for as long as the answer trickled (about 45 s here).
def seconds = ItChecks.buildTimes(log)
assert seconds.size() == 2
seconds.each { assert it < 20 : "a build took ${it} s" }
['warns', 'fails'].each { name ->
    def out = new File(basedir, 'target/' + name)
    def graph = ItChecks.manifest(out).get('graphs').get(0)
    assert graph.get('name').asText() == 'checkout-latency'
    assert graph.get('status').asText() == 'FAILED'
    // The create began a few ms after the graph's clock started: the deadline passed 2.9 or 3.0 s into it.
    def error = graph.get('error').asText()
    assert error ==~ /Datadog had not answered the snapshot request of graph 'checkout-latency' when its timeout passed \(the deadline passed after (2\.9|3\.0) s with an answer still arriving \(\d+ bytes\); 1 attempt\)/ : error
    // The graph ended at its deadline, give or take the time to cut the connection.
    def took = graph.get('timings').get('totalMillis').asLong()
    assert took >= 3000 && took <= 3700 : "the graph took ${took} ms"
    ItChecks.noPartialFiles(out)
}
ItChecks.assertContains(log, "[WARNING] Graph 'checkout-latency' failed after 3.",
        '[WARNING] 1 of 1 graph could not be captured (recorded as failed in ', 'BUILD SUCCESS',
        'Datadog snapshots: 1 of 1 graph could not be captured', 'BUILD FAILURE')
return true

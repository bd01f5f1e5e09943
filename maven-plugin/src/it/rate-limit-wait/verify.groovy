import io.github.datadogsnapshot.maven.ItChecks

def log = ItChecks.buildLogWithoutKeys(basedir, apiKey, appKey)
def out = new File(basedir, 'target/datadog-snapshots')
def graphs = ItChecks.manifest(out).get('graphs')
graphs.each { assert it.get('status').asText() == 'CAPTURED' }
ItChecks.realPng(new File(out, 'first.png'))
ItChecks.realPng(new File(out, 'second.png'))
ItChecks.assertContains(log, "Datadog's snapshot rate limit is used up: waiting ", 'Captured 2 graphs into ')
// One of the two waited for the reset before its request was accepted.
assert graphs.collect { it.get('timings').get('createMillis').asLong() }.max() >= 1000
return true

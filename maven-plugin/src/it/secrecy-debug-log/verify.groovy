import io.github.datadogsnapshot.maven.ItChecks

// No key anywhere: build.log (both builds, with -X) and every file the builds wrote, whatever its kind.
ItChecks.noKeyInAnyFile(basedir, apiKey, appKey, wrongApiKey, wrongAppKey)
def log = new File(basedir, 'build.log').text

// The search can fail: HttpClient logged each exchange at DEBUG into build.log, error answers included.
def answers = (log =~ /\[DEBUG\] datadog-snapshot-\d+ << HTTP\/1\.1 (\d{3})/).collect { it[1] } as Set
assert answers.containsAll(['200', '403', '429', '500']) : "HttpClient's DEBUG lines show the answers ${answers}"
assert log =~ /\[DEBUG\] ex-\d+ preparing request execution/

def out = new File(basedir, 'target/datadog-snapshots')
def graphs = ItChecks.manifest(out).get('graphs')
def status = graphs.collectEntries { [(it.get('name').asText()): it.get('status').asText()] }
assert status == [load: 'CAPTURED', broken: 'FAILED', 'after-429': 'FAILED', trickled: 'FAILED']
def error = graphs.collectEntries { [(it.get('name').asText()): it.has('error') ? it.get('error').asText() : null] }
ItChecks.assertContains(error.trickled, 'when its timeout passed (the deadline passed after 2.0 s with an answer still arriving')
ItChecks.assertContains(error.broken, "the image of graph 'broken' is not a valid PNG")
ItChecks.assertContains(error['after-429'], "the image of graph 'after-429' is not a valid PNG")
ItChecks.noPartialFiles(out)
def wrong = ItChecks.manifest(new File(basedir, 'target/wrong-keys')).get('graphs').get(0)
assert wrong.get('status').asText() == 'FAILED'
ItChecks.assertContains(wrong.get('error').asText(), 'Datadog answered 403 Forbidden')
ItChecks.assertContains(log, "Graph 'broken': Datadog answered 500",
        "Datadog's snapshot rate limit is used up: waiting ", "for it to reset before requesting graph 'after-429'")
return true

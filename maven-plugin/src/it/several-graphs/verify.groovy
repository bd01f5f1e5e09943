import io.github.datadogsnapshot.maven.ItChecks

def log = ItChecks.buildLogWithoutKeys(basedir, apiKey, appKey)
def out = new File(basedir, 'target/datadog-snapshots')
def graphs = ItChecks.manifest(out).get('graphs')
assert graphs.size() == 3
assert graphs*.get('name')*.asText() == ['cpu', 'latency', 'error-rate']
graphs.each { assert it.get('status').asText() == 'CAPTURED' }

def cpu = graphs.get(0)
assert cpu.get('eventQuery').asText() == 'sources:deploy service:checkout'
assert ItChecks.realPng(new File(out, 'cpu.png'))[0] == 720

def latency = graphs.get(1)
def graphDef = latency.get('graphDef').asText()
assert !graphDef.contains('\n')
assert graphDef.contains('p50:trace.http.request.duration{service:checkout}')
assert graphDef.contains('p95:trace.http.request.duration{service:checkout}')
assert graphDef.contains('"events":[{"q":"sources:deploy"}]')
assert !latency.has('metricQuery')
assert ItChecks.realPng(new File(out, 'latency.png'))[0] == 720

assert ItChecks.realPng(new File(out, 'error-rate.png')) == [400, 200] as int[]
ItChecks.assertContains(log, "Requesting graph 'cpu'", "Requesting graph 'latency'", "Requesting graph 'error-rate'",
        'Stored cpu.png', 'Stored latency.png', 'Stored error-rate.png', 'Captured 3 graphs into ')
return true

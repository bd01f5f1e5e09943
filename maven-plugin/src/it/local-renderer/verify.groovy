import io.github.datadogsnapshot.maven.ItChecks

def log = ItChecks.buildLogWithoutKeys(basedir, apiKey, appKey)
ItChecks.assertContains(log, 'BUILD SUCCESS',
        'Pictures: drawn here from the graphs\' numbers (datadog.renderer=local), no snapshot requested',
        'Stored latency.png: ', 'drawn locally: renderer local was asked for')

// This IT's emulator saw no snapshot request (nor a status call): one query per graph, the events of one.
assert ItChecks.requestsSeen(localUrl, '/api/v1/graph/snapshot') == 0
assert ItChecks.requestsSeen(localUrl, '/api/v1/query') == 2
assert ItChecks.requestsSeen(localUrl, '/api/v1/events') == 1

def out = new File(basedir, 'target/datadog-snapshots')
def graphs = ItChecks.manifest(out).get('graphs')
graphs.each { g ->
    assert g.get('status').asText() == 'CAPTURED'
    assert g.get('renderer').asText() == 'local'
    assert g.get('rendererReason').asText() == 'renderer local was asked for'
    assert !g.has('snapshotUrl')
    assert g.get('series').size() >= 1
}
assert ItChecks.realPng(new File(out, 'latency.png')) == [640, 320] as int[]
assert ItChecks.realPng(new File(out, 'cpu.png')) == [800, 400] as int[] : 'the size Datadog would draw by default'

def html = new File(basedir, 'target/reports/datadog-snapshots.html').getText('UTF-8')
assert html.count("Rendered locally from Datadog's numbers (renderer local was asked for).") == 2
return true

import io.github.datadogsnapshot.maven.ItChecks

ItChecks.buildLogWithoutKeys(basedir, apiKey, appKey)
def out = new File(basedir, 'target/datadog-snapshots')
def graphs = ItChecks.manifest(out).get('graphs')
assert graphs*.get('name')*.asText() == ['disk-in-use', 'cpu', 'latency']
assert graphs*.get('status')*.asText() == ['FAILED', 'CAPTURED', 'CAPTURED']

def page = new File(basedir, 'target/site/datadog-snapshots.html')
assert page.isFile()
def html = page.getText('UTF-8')
def images = (html =~ /<img [^>]*src="(datadog-snapshots\/[^"]+)"/).collect { it[1] }
// One image per captured graph, and the images are the captured PNGs themselves.
assert images == ['datadog-snapshots/cpu.png', 'datadog-snapshots/latency.png']
images.each { src ->
    def copy = new File(page.parentFile, src)
    ItChecks.realPng(copy)
    ItChecks.sameBytes(new File(out, copy.name), copy)
}
assert html =~ /<img [^>]*src="datadog-snapshots\/latency.png"[^>]*width="500"/
assert html.contains('alt="Datadog graph Latency p95, ')
ItChecks.assertContains(html, 'Datadog Snapshots', 'CPU user time', 'avg:system.cpu.user{service:checkout}',
        'sources:deploy', 'Disk in use', 'Not captured', 'was not ready after', ' UTC to ', 'Snapshot URL')
return true

import io.github.datadogsnapshot.maven.ItChecks

def log = ItChecks.buildLogWithoutKeys(basedir, apiKey, appKey)
def out = new File(basedir, 'target/datadog-snapshots')
def manifest = ItChecks.manifest(out)
assert manifest.get('graphs').size() == 1
def graph = manifest.get('graphs').get(0)
assert graph.get('status').asText() == 'CAPTURED'
assert graph.get('name').asText() == 'cpu-user-time'
assert graph.get('title').asText() == 'CPU user time'
assert graph.get('metricQuery').asText() == 'avg:system.cpu.user{service:checkout} by {host}'
assert graph.get('image').get('file').asText() == 'cpu-user-time.png'
int[] size = ItChecks.realPng(new File(out, 'cpu-user-time.png'))
assert size == [640, 240] as int[]
// One line when the graph is requested and one when it is stored, with size, pixels and wait time.
ItChecks.assertContains(log, "Requesting graph 'cpu-user-time'", 'Stored cpu-user-time.png: ', ', 640x240 px, ready ',
        'Captured 1 graph into ')
// The window runs from the build's start to the capture, a second or two: the one warning is that it is short.
def warnings = log.readLines().findAll { it.startsWith('[WARNING]') }
assert warnings.size() == 1 && warnings[0].contains('graphs of less than a minute show few or no points')
return true

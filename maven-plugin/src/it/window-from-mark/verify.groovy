import io.github.datadogsnapshot.maven.ItChecks
import java.time.Duration
import java.time.Instant

def log = ItChecks.buildLogWithoutKeys(basedir, apiKey, appKey)
def out = new File(basedir, 'target/datadog-snapshots')
def mark = new Properties()
new File(out, 'window-mark.properties').withInputStream { mark.load(it) }
Instant marked = Instant.parse(mark.getProperty('start'))
Instant buildStart = Instant.parse(mark.getProperty('buildStart'))
assert Duration.between(buildStart, marked) >= Duration.ofSeconds(2)

def graph = ItChecks.manifest(out).get('graphs').get(0)
assert graph.get('status').asText() == 'CAPTURED'
def window = graph.get('window')
// The window starts at the mark less the padding, not at the build's start.
assert Instant.parse(window.get('start').asText()) == marked.minusSeconds(10)
Instant end = Instant.parse(window.get('end').asText())
assert Duration.between(marked, end) >= Duration.ofSeconds(1)
assert Duration.between(marked, end) < Duration.ofMinutes(1)
ItChecks.realPng(new File(out, 'load.png'))
ItChecks.assertContains(log, 'Datadog snapshot window starts ', 'start from the mark goal of this build, padded by 10.0 s')
return true

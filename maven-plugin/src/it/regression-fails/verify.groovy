import io.github.datadogsnapshot.client.regression.Figures
import io.github.datadogsnapshot.maven.ItChecks

def log = ItChecks.buildLogWithoutKeys(basedir, apiKey, appKey)
// The manifest was written before the build failed, with the comparison in it.
def entry = ItChecks.manifest(new File(basedir, 'target/datadog-snapshots')).get('graphs').get(0)
assert entry.get('status').asText() == 'CAPTURED'
assert new File(basedir, 'target/datadog-snapshots/latency.png').isFile()
def p95 = entry.get('series').get(0).get('p95').asDouble()
def comparison = entry.get('comparison')
assert comparison.get('series').get(0).get('verdict').asText() == 'REGRESSION'
def breaches = comparison.get('series').get(0).get('breaches')
assert breaches.size() == 1 : 'only the change limit is crossed; max < 800 holds'
assert breaches.get(0).get('threshold').asText() == 'p95 +10% and +2ms'
assert breaches.get(0).get('baseline').asDouble() == 150d
assert breaches.get(0).get('current').asDouble() == p95

// The failure names the statistic, the series, the limit and both values, written by the client's one formatter.
def now = Figures.value(p95, 'ms')
def change = Figures.percent((p95 - 150) / 150 * 100)
ItChecks.assertContains(log, 'BUILD FAILURE',
        "Datadog snapshots: 1 threshold crossed: graph 'latency': p95 of"
                + " avg:trace.http.request.duration{service:checkout} (service:checkout) rose from 150 ms to " + now
                + " (" + change + "), more than 'p95 +10% and +2ms' (baseline: baseline (captured up to"
                + " 2024-05-01 10:35:08 UTC)) (recorded in ",
        '[WARNING] Threshold crossed: graph \'latency\': p95 of avg:trace.http.request.duration{service:checkout}',
        'Comparing the numbers with the baseline baseline (captured up to 2024-05-01 10:35:08 UTC)')
return true

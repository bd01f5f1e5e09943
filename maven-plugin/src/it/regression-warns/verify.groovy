import io.github.datadogsnapshot.maven.ItChecks

def log = ItChecks.buildLogWithoutKeys(basedir, apiKey, appKey)
ItChecks.assertContains(log, 'BUILD SUCCESS',
        "[WARNING] Threshold crossed: graph 'latency': p95 of avg:trace.http.request.duration{service:checkout}"
                + " (service:checkout) rose from 150 ms to ",
        "more than 'p95 +10% and +2ms' (baseline: baseline (captured up to 2024-05-01 10:35:08 UTC))",
        '[WARNING] 1 threshold crossed (recorded in ', 'set datadog.failOnRegression=true to fail the build)',
        "[INFO] Numbers of graph 'latency': Regression; p95 of ",
        "[INFO] Numbers of graph 'cpu': OK (1 series gone); avg of ",
        "[INFO] Numbers of graph 'errors': OK (new graph); max of ")
assert !log.contains('BUILD FAILURE')

def graphs = ItChecks.manifest(new File(basedir, 'target/datadog-snapshots')).get('graphs')
assert graphs*.get('name')*.asText() == ['latency', 'cpu', 'errors']
def verdicts = { g -> g.get('comparison').get('series')*.get('verdict')*.asText() }
assert verdicts(graphs[0]) == ['REGRESSION']
// host-z is in the baseline only: shown as gone, never as a regression.
assert verdicts(graphs[1]) == ['OK', 'OK', 'SERIES_GONE']
assert graphs[1].get('comparison').get('series')[2].get('scope').asText() == 'host:host-z,service:checkout'
// A graph new in this build: its bound is checked without a baseline.
assert verdicts(graphs[2]) == ['OK']
assert graphs*.get('baseline')*.asText().unique() == ['baseline (captured up to 2024-05-01 10:35:08 UTC)']

def html = new File(basedir, 'target/reports/datadog-snapshots.html').getText('UTF-8')
def overview = html.substring(html.indexOf('>Overview</h2>'), html.indexOf('</table>', html.indexOf('>Overview</h2>')))
ItChecks.assertContains(overview, '1 of 3 graphs crossed its thresholds; 1 new graph, 1 series gone',
        '(baseline: baseline (captured up to',
        '<a href="#graph-latency">Checkout latency</a>', '>Regression</strong>',
        '>150 ms<', '>OK (1 series gone)<', '>OK (new graph)<')
// The baseline was written by hand for its numbers: it has no pictures, and the page says so.
ItChecks.assertContains(html, 'The manifest names no image of this graph (its numbers only).',
        '>Series gone</span>', 'p95 (watched)', 'avg (watched)', 'max (watched)',
        'host:host-z,service:checkout: in the baseline but not in this build',
        'Threshold crossed: </strong>p95 of avg:trace.http.request.duration{service:checkout}')
// Only the latency graph is a regression: one overview row marked.
assert overview.count('>Regression</strong>') == 1
return true

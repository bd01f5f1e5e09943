import io.github.datadogsnapshot.maven.ItChecks

def log = ItChecks.buildLogWithoutKeys(basedir, apiKey, appKey, wrongApiKey, wrongAppKey)
def out = new File(basedir, 'target/datadog-snapshots')
def graph = ItChecks.manifest(out).get('graphs').get(0)
assert graph.get('status').asText() == 'FAILED'
assert graph.get('error').asText().contains('403')
assert !graph.has('image')
assert !new File(out, 'load.png').exists()
ItChecks.assertContains(log, "[WARNING] Graph 'load' failed after ", '403',
        '[WARNING] 1 of 1 graph could not be captured (recorded as failed in ', 'BUILD SUCCESS')
return true

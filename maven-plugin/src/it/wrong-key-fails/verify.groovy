import io.github.datadogsnapshot.maven.ItChecks

def log = ItChecks.buildLogWithoutKeys(basedir, apiKey, appKey, wrongApiKey, wrongAppKey)
def out = new File(basedir, 'target/datadog-snapshots')
def graphs = ItChecks.manifest(out).get('graphs')
// Both graphs were tried and recorded before the build failed.
assert graphs*.get('name')*.asText() == ['load', 'cpu']
assert graphs*.get('status')*.asText() == ['FAILED', 'FAILED']
ItChecks.assertContains(log, 'BUILD FAILURE', 'Datadog snapshots: 2 of 2 graphs could not be captured',
        "'load': ", "'cpu': ", '403 Forbidden', 'check the API key and the application key')
return true

import io.github.datadogsnapshot.maven.ItChecks

def log = ItChecks.buildLogWithoutKeys(basedir, apiKey, appKey, wrongApiKey, wrongAppKey)
def out = new File(basedir, 'target/datadog-snapshots')
def graph = ItChecks.manifest(out).get('graphs').get(0)
assert graph.get('status').asText() == 'FAILED'
ItChecks.assertContains(log, 'BUILD FAILURE', 'Datadog snapshots: 1 of 1 graph could not be captured',
        "'load': ", '403 Forbidden', 'check the API key and the application key')
return true

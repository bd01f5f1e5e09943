import io.github.datadogsnapshot.maven.ItChecks

def log = ItChecks.buildLogWithoutKeys(basedir, apiKey, appKey, wrongApiKey, wrongAppKey)
def out = new File(basedir, 'target/datadog-snapshots')
def graph = ItChecks.manifest(out).get('graphs').get(0)
// The environment's keys are wrong: success means the decrypted server keys were sent.
assert graph.get('status').asText() == 'CAPTURED'
ItChecks.realPng(new File(out, 'load.png'))
ItChecks.assertContains(log, 'Stored load.png')
return true

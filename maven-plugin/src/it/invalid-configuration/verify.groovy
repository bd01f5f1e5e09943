import io.github.datadogsnapshot.maven.ItChecks

def log = ItChecks.buildLogWithoutKeys(basedir, apiKey, appKey)
def unwritable = new File(basedir, 'unwritable.path').text
ItChecks.assertContains(log,
        'Invalid graph: <graphs> (or -Ddatadog.metricQuery): no graph to capture; give at least one graph with a'
                + ' metric query or a graph definition',
        'Invalid graph: datadog.graphDef: not valid JSON at line 1',
        'is not before its end 2029-12-31T23:00:00Z (datadog.end); check datadog.start and datadog.end',
        'No Datadog keys: credentials: DD_API_KEY and DD_APP_KEY not set in the environment; set DD_API_KEY and DD_APP_KEY',
        'datadog.serverId',
        "Invalid configuration: datadog.outputDirectory: empty or the project's base directory (" + basedir.path + ')',
        'Invalid configuration: datadog.outputDirectory: cannot ',
        unwritable + ' (',
        'Invalid configuration: datadog.outputDirectory: ' + new File(basedir, 'newer-manifest/snapshots.json').path
                + ' has schema version 99; this datadog-snapshot reads up to 2: update the plugin',
        'Invalid graph: datadog.graphDef: unexpected content after the JSON object at line 1, column 67',
        'Invalid graph: datadog.graphDef: too long for the snapshot request: ',
        'may take 7168 together',
        "Invalid Datadog endpoint: datadog.apiUrl: 'http://127.0.0.1:99999' has the port '99999'; a port is a number"
                + ' from 1 to 65535',
        'Invalid window: datadog.end: 2999-01-01T00:00:00Z is ')
assert log.count('BUILD FAILURE') == 11
assert !new File(basedir, 'target/datadog-snapshots/snapshots.json').exists()
// Nothing was written into the project root (where an empty outputDirectory points) ...
assert !new File(basedir, 'snapshots.json').exists()
assert !new File(basedir, 'window-mark.properties').exists()
assert basedir.listFiles().findAll { it.name.endsWith('.png') }.isEmpty()
// ... and the newer manifest is as it was, not replaced.
assert new File(basedir, 'newer-manifest/snapshots.json').text.contains('"schemaVersion" : 99')
assert new File(basedir, 'newer-manifest').list().length == 1
// The canary emulator serves only this IT: not one request, with or without keys, may have reached it.
assert ItChecks.requestsSeen(canaryUrl) == 0
return true

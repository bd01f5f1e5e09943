import io.github.datadogsnapshot.maven.ItChecks

def log = ItChecks.buildLogWithoutKeys(basedir, apiKey, appKey)
ItChecks.assertContains(log,
        'No graph to capture: configure <graphs> in the POM, or give one graph with -Ddatadog.metricQuery=',
        'Invalid graph: datadog.graphDef: not valid JSON at line 1',
        'is not before its end 2029-12-31T23:00:00Z (datadog.end); check datadog.start and datadog.end',
        'No Datadog keys: credentials: DD_API_KEY and DD_APP_KEY not set in the environment; set DD_API_KEY and DD_APP_KEY',
        'datadog.serverId')
assert log.count('BUILD FAILURE') == 4
assert !new File(basedir, 'target/datadog-snapshots/snapshots.json').exists()
// The canary emulator serves only this IT: not one request, with or without keys, may have reached it.
assert ItChecks.requestsSeen(canaryUrl) == 0
return true

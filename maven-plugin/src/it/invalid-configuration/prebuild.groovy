// Inputs better made than committed: a graphDef too long for the snapshot request's URL, and an output directory
// this build cannot write to. Permissions do not stop root (CI runs as root), so /sys stands in where they do not.
def requests = (1..400).collect { '{"q": "avg:system.load.' + it + '{*}"}' }.join(', ')
new File(basedir, 'huge-graph-def.properties').text =
        'datadog.graphDef={"viz": "timeseries", "requests": [' + requests + ']}\n'

def canWrite = { File folder ->
    try {
        File.createTempFile('probe', '.tmp', folder).delete()
        return true
    } catch (IOException e) {
        return false
    }
}
def readOnly = new File(basedir, 'target/read-only')
readOnly.mkdirs()
readOnly.setWritable(false, false)
def unwritable = !canWrite(readOnly) ? readOnly
        : new File('/sys').isDirectory() && !canWrite(new File('/sys')) ? new File('/sys/datadog-snapshots') : null
assert unwritable != null : 'found no folder this build cannot write to'
new File(basedir, 'unwritable.properties').text =
        'datadog.metricQuery=avg:system.load.1{*}\ndatadog.outputDirectory=' + unwritable.path + '\n'
new File(basedir, 'unwritable.path').text = unwritable.path
return true

import io.github.datadogsnapshot.maven.ItChecks

ItChecks.buildLogWithoutKeys(basedir, apiKey, appKey)
def page = new File(basedir, 'target/reports/datadog-snapshots.html')
assert page.isFile()
def html = page.getText('UTF-8')
def images = (html =~ /<img [^>]*src="(datadog-snapshots\/[^"]+)"/).collect { it[1] }
// cpu has no baseline; memory is paired by name although it is the baseline's first graph and this build's second.
assert images == ['datadog-snapshots/cpu.png', 'datadog-snapshots/memory.png', 'datadog-snapshots/baseline/memory.png']
images.each { ItChecks.realPng(new File(page.parentFile, it)) }
ItChecks.sameBytes(new File(basedir, 'target/baseline/memory.png'), new File(page.parentFile, 'datadog-snapshots/baseline/memory.png'))
ItChecks.sameBytes(new File(basedir, 'target/datadog-snapshots/memory.png'), new File(page.parentFile, 'datadog-snapshots/memory.png'))
assert html.count('The baseline has no graph of this name.') == 1
// Both columns, once per graph (the overview of the numbers has columns of these names too).
assert html.count('<th>This build</th>\n<th>Baseline</th></tr>') == 2
ItChecks.assertContains(html, 'Each graph is shown next to its baseline from target/baseline (captured up to ')
return true

import io.github.datadogsnapshot.maven.ItChecks

ItChecks.buildLogWithoutKeys(basedir, apiKey, appKey)
def page = new File(basedir, 'target/reports/datadog-snapshots.html')
assert page.isFile()
def html = page.getText('UTF-8')
def images = (html =~ /<img [^>]*src="(datadog-snapshots\/[^"]+)"/).collect { it[1] }
assert images == ['datadog-snapshots/cpu.png', 'datadog-snapshots/baseline/cpu.png',
                  'datadog-snapshots/memory.png', 'datadog-snapshots/baseline/memory.png']
images.each { ItChecks.realPng(new File(page.parentFile, it)) }
ItChecks.sameBytes(new File(basedir, 'target/baseline/cpu.png'), new File(page.parentFile, 'datadog-snapshots/baseline/cpu.png'))
ItChecks.sameBytes(new File(basedir, 'target/datadog-snapshots/cpu.png'), new File(page.parentFile, 'datadog-snapshots/cpu.png'))
// Both columns, once per graph.
assert html.count('>This build<') == 2
assert html.count('>Baseline<') == 2
ItChecks.assertContains(html, 'Each graph is shown next to its baseline from target/baseline (captured up to ')
return true

// The README's consumer converged with the BOM and printed what the README says it prints.
context.get('sandbox')?.destroy()
def buildLog = new File(basedir, 'build.log').getText('UTF-8')
def readmeText = new File(readme).getText('UTF-8')
def shown = readmeText =~ java.util.regex.Pattern.compile('(?ms)^```text\n(successful: .*?)^```$')
assert shown.size() == 1: 'README.md should show the quickstart\'s output in one text block starting "successful: "'
def expected = shown[0][1].readLines()
def printed = buildLog.readLines()
assert printed.containsAll(expected): "the quickstart should print, as README.md shows:\n${expected.join('\n')}\nbuild.log:\n${buildLog}"
assert !buildLog.contains('did not finish despite being asked'): 'exec:java waited for threads the quickstart left'
assert buildLog.contains('DependencyConvergence passed')
assert buildLog.contains('BUILD SUCCESS')
true

// Without the BOM, the published POMs still converge.
def buildLog = new File(basedir, 'build.log').getText('UTF-8')
assert buildLog.contains('DependencyConvergence passed')
assert buildLog.contains('BUILD SUCCESS')
true

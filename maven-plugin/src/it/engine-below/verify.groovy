// Below the threshold: the failed runs are failures carrying the judge's remarks, the suite fails the build.
def reports = new File(basedir, 'target/surefire-reports').listFiles().findAll { it.name ==~ /TEST-.*\.xml/ }
assert reports.size() == 1
def xml = reports[0].text
// Five runs, plus the suite container's failure (Surefire reports a failed container as a test case of its own).
assert xml.count('<testcase ') == 6
assert xml.contains('tests="6" errors="0" skipped="0" failures="3"')
assert xml.contains('name="Refund, attempt 2"')
assert xml.contains('name="Verification, attempt 1"')
assert xml.contains('<failure message="The agent did not meet the success criteria')
assert xml.contains('FAILED: pass rate 60.0% is below the minimum of 80.0%')
assert new File(basedir, 'target/sigmamind-junit/TEST-mixed.xml').isFile()
assert new File(basedir, 'build.log').text.contains('BUILD FAILURE')

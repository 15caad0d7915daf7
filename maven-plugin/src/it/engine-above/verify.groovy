// At or above the threshold: failed runs are reported as skipped (aborted) with the remarks; the build passes.
def reports = new File(basedir, 'target/surefire-reports').listFiles().findAll { it.name ==~ /TEST-.*\.xml/ }
assert reports.size() == 1
def xml = reports[0].text
assert xml.count('<testcase ') == 5
assert !xml.contains('<failure ')
assert xml.count('<skipped ') == 2
assert xml.contains("Failed, within the suite&apos;s threshold (PASSED: pass rate 60.0% meets the minimum of 50.0%)") ||
    xml.contains("Failed, within the suite's threshold (PASSED: pass rate 60.0% meets the minimum of 50.0%)")
assert xml.contains('user: ')
assert new File(basedir, 'build.log').text.contains('BUILD SUCCESS')

// The documented set-up runs the suite: three runs reported as tests, all passed, on Maven 3.9 and 3.8.7 alike.
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 3, Failures: 0, Errors: 0, Skipped: 0')
assert log.contains('BUILD SUCCESS')
def reports = new File(basedir, 'target/surefire-reports').listFiles().findAll { it.name ==~ /TEST-.*\.xml/ }
assert reports.size() == 1
assert reports[0].text.count('<testcase ') == 3

// The pitfall the documented Surefire pin avoids: Maven 3.8.7's default Surefire (2.12.4) finds the
// suite class, never loads the JUnit Platform engine, runs nothing and reports success. If a Maven
// ever stops doing this, this check fails and docs/junit-engine.md's troubleshooting is out of date.
def log = new File(basedir, 'build.log').text
assert log.contains('maven-surefire-plugin:2.12.4:test')
assert log.contains('Tests run: 0, Failures: 0, Errors: 0, Skipped: 0')
assert !log.contains('SigmaMind: target')
assert log.contains('BUILD SUCCESS')

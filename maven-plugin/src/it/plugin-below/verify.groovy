// Below the threshold: run-suite wrote the reports, then verify failed the build with the verdict.
['TEST-mixed.xml', 'mixed.json', 'mixed.html', 'summary.md', 'sigmamind-result.properties'].each {
  assert new File(basedir, "target/sigmamind/$it").isFile() : it
}
def log = new File(basedir, 'build.log').text
assert log.contains('SigmaMind target: embedded sandbox at http://127.0.0.1:')
assert log.contains('SigmaMind suites did not pass (exit code 1')
assert log.contains('mixed: FAILED: pass rate 60.0% is below the minimum of 80.0%')
assert log.contains('BUILD FAILURE')

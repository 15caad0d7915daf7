// No sandbox flag and no key: the build fails with the message naming both ways.
def log = new File(basedir, 'build.log').text
assert log.contains('No target: set the configuration parameter sigmamind.sandbox=true')
assert log.contains('SIGMAMIND_API_KEY')
assert log.contains('BUILD FAILURE')

// invoker.properties already required each invocation's outcome; this checks each failed for its reason.
def log = new File(basedir, 'build.log').text

// 2 and 3: the removed method, named by japicmp and by the dump's diff.
assert log.contains('There is at least one incompatibility: it.sigmamind.greeting.Greeter.farewell(java.lang.String):METHOD_REMOVED')
assert log.contains('(1 removed, 0 added):\n- it.sigmamind.greeting.Greeter: public java.lang.String farewell(java.lang.String)\n')

// 4: a method added to a public interface breaks implementors' sources.
assert log.contains('There is at least one incompatibility: it.sigmamind.greeting.Salutation.part(java.lang.String):METHOD_ADDED_TO_INTERFACE')

// 5: the addition passed japicmp, and the class removed from the internal package was not even compared.
def compatible = new File(basedir, 'v2-compatible/target/japicmp/api-compatibility.diff').text
assert compatible.contains('NEW METHOD: PUBLIC(+) java.lang.String welcome(java.lang.String)')
assert !compatible.contains('Shouting')

// 6: the dump gate shows the addition too, with the command that accepts it.
assert log.contains('(0 removed, 1 added):\n+ it.sigmamind.greeting.Greeter: public java.lang.String welcome(java.lang.String)\n')
assert log.contains('accept it and commit the dump: ./mvnw -pl :greeting -am verify -DskipTests -Dspectral.skip=true -Dsigmamind.api.update=true')

// 7: the update wrote the new line into the committed dump.
assert new File(basedir, 'v1/api/greeting.api').readLines().contains('it.sigmamind.greeting.Greeter: public java.lang.String welcome(java.lang.String)')

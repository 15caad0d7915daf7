// Builds this project from README.md (its dependency snippet and its Quickstart) and starts the
// standalone sandbox from the IT repository on a free port, as the README's "Getting started" does.
def readmeText = new File(readme).getText('UTF-8')
def blocks = { String language ->
  (readmeText =~ java.util.regex.Pattern.compile('(?ms)^```' + language + '\n(.*?)^```$')).collect { it[1] }
}
def only = { List found, String what ->
  assert found.size() == 1: "README.md should have exactly one ${what}, found ${found.size()}"
  found[0]
}

def dependencies = only(blocks('xml').findAll { it.contains('<artifactId>sigmamind-bom</artifactId>') },
    'xml block importing sigmamind-bom')
def pom = new File(basedir, 'pom.xml')
pom.setText(pom.getText('UTF-8').replace('<!-- README: dependencies -->', dependencies), 'UTF-8')

def quickstart = only(blocks('java').findAll { it =~ /class Quickstart\b/ }, 'java block declaring class Quickstart')
def packageName = (quickstart =~ /(?m)^package ([\w.]+);/)[0][1]
def source = new File(basedir, "src/main/java/${packageName.replace('.', '/')}/Quickstart.java")
source.parentFile.mkdirs()
source.setText(quickstart, 'UTF-8')

def invoker = new Properties()
new File(basedir, 'invoker.properties').withReader('UTF-8') { invoker.load(it) }
def command = "mvn -q ${invoker.getProperty('invoker.goals')}"
assert readmeText.contains(command): "README.md should run the quickstart with `${command}`, as this project does"

// The sandbox jar the README fetches (dependency:copy) and starts, from the IT repository.
def copy = readmeText =~ /mvn dependency:copy -Dartifact=(\S+) -DoutputDirectory=(\S+)/
assert copy.size() == 1: 'README.md should fetch the standalone sandbox with one mvn dependency:copy command'
def (groupId, artifactId, version, type, classifier) = copy[0][1].split(':')
assert version == projectVersion
def jar = new File(localRepositoryPath,
    "${groupId.replace('.', '/')}/${artifactId}/${version}/${artifactId}-${version}-${classifier}.${type}")
assert jar.isFile(): "README.md's dependency:copy names ${copy[0][1]}, which the build did not produce (no ${jar})"
assert readmeText.contains("java -jar ${copy[0][2]}/${jar.name} --port"): "README.md should start ${jar.name} from ${copy[0][2]}"
def java = new File(System.getProperty('java.home'), 'bin/java').path
def sandbox = new ProcessBuilder(java, '-jar', jar.path, '--port', '0').redirectErrorStream(true).start()
Runtime.runtime.addShutdownHook(new Thread({ sandbox.destroyForcibly() }))
context.put('sandbox', sandbox)
def output = new BufferedReader(new InputStreamReader(sandbox.inputStream, 'UTF-8'))
def log = new File(basedir, 'sandbox.log')
// One reader thread copies the output to the log and reports the URL; the wait for it is bounded.
def started = new java.util.concurrent.CompletableFuture<String>()
Thread.startDaemon {
  output.eachLine { line ->
    log << line << '\n'
    def listening = line =~ /listening on (http:\/\/\S+)/
    if (listening) started.complete(listening[0][1])
  }
  started.complete(null)
}
def baseUrl = null
try {
  baseUrl = started.get(60, java.util.concurrent.TimeUnit.SECONDS)
} catch (java.util.concurrent.TimeoutException ignored) {
  sandbox.destroyForcibly()
}
assert baseUrl: "the standalone sandbox did not start within 60 s; its output is in ${log}"

def userProperties = context.get('userProperties')
userProperties.put('sigmamind.baseUrl', baseUrl)
userProperties.put('sigmamind.apiKey', 'sandbox-seed-key')              // the seed data's key
true

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;

/**
 * The staged {@code sigmamind-cli} runs from the repository alone, both ways a user gets it:
 * {@code java -jar sigmamind-cli-<version>-all.jar}, and the thin jar's {@code Main-Class} on the
 * classpath a tool resolves from its POM (as JBang or Coursier do; here Maven's dependency plugin,
 * offline, against the staged repository and the user's repository as a read-only tail).
 *
 * <p>Example: {@code new RunnableCli(root, repo, "0.1.0", work, userRepo).check()} returns the problems.
 */
final class RunnableCli {
  private static final String ARTIFACT = "sigmamind-cli";
  private static final Duration BOUND = Duration.ofMinutes(3);

  private final Path root;
  private final Path repo;
  private final String release;
  private final Path work;
  private final Path userRepo;

  RunnableCli(Path root, Path repo, String release, Path work, Path userRepo) {
    this.root = root;
    this.repo = repo;
    this.release = release;
    this.work = work;
    this.userRepo = userRepo;
  }

  List<String> check() throws Exception {
    Path dir = repo.resolve(CentralLayout.GROUP_ID.replace('.', '/')).resolve(ARTIFACT).resolve(release);
    Path shaded = dir.resolve(ARTIFACT + "-" + release + "-all.jar");
    Path thin = dir.resolve(ARTIFACT + "-" + release + ".jar");
    List<String> problems = new ArrayList<>();
    if (!Files.isRegularFile(shaded)) {
      return List.of(ARTIFACT + ": " + shaded.getFileName() + " is missing");
    }
    printsVersion(problems, "java -jar " + shaded.getFileName(), List.of(java(), "-jar", shaded.toString(), "--version"));
    String mainClass;
    try (JarFile jar = new JarFile(thin.toFile())) {
      mainClass = jar.getManifest().getMainAttributes().getValue("Main-Class");
    }
    if (mainClass == null) {
      problems.add(ARTIFACT + ": " + thin.getFileName() + " has no Main-Class");
      return problems;
    }
    String classpath = resolveClasspath(problems);
    if (classpath != null) {
      printsVersion(problems, thin.getFileName() + "'s Main-Class on its POM's classpath",
          List.of(java(), "-cp", thin + java.io.File.pathSeparator + classpath, mainClass, "--version"));
    }
    if (problems.isEmpty()) {
      System.out.println("The staged " + ARTIFACT + " runs: java -jar on the -all jar, and the thin jar's Main-Class"
          + " with the classpath its POM resolves to");
    }
    return problems;
  }

  /** The runtime classpath of sigmamind-cli as its staged POM declares it, or null after a problem. */
  private String resolveClasspath(List<String> problems) throws Exception {
    Path consumer = work.resolve("cli-consumer");
    ReleaseChecks.deleteRecursively(consumer);
    Files.createDirectories(consumer);
    Files.writeString(consumer.resolve("pom.xml"), """
        <project xmlns="http://maven.apache.org/POM/4.0.0">
          <modelVersion>4.0.0</modelVersion>
          <groupId>check</groupId>
          <artifactId>cli-consumer</artifactId>
          <version>1</version>
          <packaging>pom</packaging>
          <repositories><repository><id>staged</id><url>%s</url></repository></repositories>
          <dependencies>
            <dependency><groupId>%s</groupId><artifactId>%s</artifactId><version>%s</version></dependency>
          </dependencies>
        </project>
        """.formatted(repo.toUri(), CentralLayout.GROUP_ID, ARTIFACT, release));
    Path classpathFile = consumer.resolve("classpath.txt");
    // A private local repository keeps the release's artifacts out of the user's; the user's is
    // only read (its tail) for third-party dependencies the build already fetched.
    Processes.Result resolved = Processes.run(List.of(root.resolve("mvnw").toString(), "-B", "-q", "-o",
        "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:build-classpath",
        "-Dmdep.outputFile=" + classpathFile, "-Dmdep.includeScope=runtime",
        "-Dmaven.repo.local=" + consumer.resolve("repository"), "-Dmaven.repo.local.tail=" + userRepo,
        "-Daether.offline.protocols=file"), consumer,
        Map.of("JAVA_HOME", System.getProperty("java.home")), BOUND);
    if (!resolved.ok() || !Files.isRegularFile(classpathFile)) {
      problems.add(ARTIFACT + ": its staged POM's dependencies did not resolve (exit " + resolved.exit() + "):\n"
          + resolved.output());
      return null;
    }
    return Files.readString(classpathFile).trim();
  }

  private void printsVersion(List<String> problems, String what, List<String> command) throws Exception {
    Processes.Result result = Processes.run(command, work, Map.of(), BOUND);
    if (!result.ok() || !result.output().startsWith("sigmamind " + release)) {
      problems.add(ARTIFACT + ": " + what + " --version did not print \"sigmamind " + release + "\" (exit "
          + result.exit() + "): " + result.output().strip());
    }
  }

  private static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }
}

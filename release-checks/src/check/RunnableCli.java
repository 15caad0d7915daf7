import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarFile;

/**
 * The staged {@code sigmamind-cli} runs from the repository alone: {@code java -jar
 * sigmamind-cli-<version>-all.jar} prints its version, and the thin jar names the {@code Main-Class}
 * a tool that resolves its POM (JBang, Coursier) starts. Resolving that POM offline is not checked:
 * it reaches versions of transitive dependencies (Jackson 2.16/2.15) that this build never fetches.
 *
 * <p>Example: {@code new RunnableCli(repo, "0.1.0", work).check()} returns the problems.
 */
record RunnableCli(Path repo, String release, Path work) {
  private static final String ARTIFACT = "sigmamind-cli";
  private static final Duration BOUND = Duration.ofMinutes(3);

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
    if (problems.isEmpty()) {
      System.out.println("The staged " + ARTIFACT + " runs: java -jar on the -all jar; the thin jar names its"
          + " Main-Class " + mainClass);
    }
    return problems;
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

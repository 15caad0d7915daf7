import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Stages the release Central would receive and checks it with {@link CentralLayout}: a copy of the
 * sources with every reactor POM set to the release version (the project version without
 * {@code -SNAPSHOT}) is built and deployed, signed with a throwaway key, into a file repository under
 * the work directory. Then the check is shown to fail on a deleted javadoc jar and an edited POM, and
 * the staged tool is run ({@link RunnableCli}).
 *
 * <p>Example: {@code new StagedRelease(root, "0.1.0-SNAPSHOT", work).check(modules)} returns the problems.
 *
 * @param root the reactor's root directory
 * @param snapshot the reactor's version; staged without its {@code -SNAPSHOT}
 * @param work the directory the copy ({@code stage}) and the repository ({@code staging-repo}) go in
 */
record StagedRelease(Path root, String snapshot, Path work) {
  private String release() {
    return snapshot.replaceFirst("-SNAPSHOT$", "");
  }

  private Path sources() {
    return work.resolve("stage");
  }

  private Path repo() {
    return work.resolve("staging-repo");
  }

  /** Stages every deployed module and the parent; returns the problems found, if any. */
  List<String> check(List<ReleaseChecks.Module> modules) throws Exception {
    List<ReleaseChecks.Module> published = new ArrayList<>(
        List.of(new ReleaseChecks.Module(".", text("pom.xml", "artifactId"), "pom", true)));
    modules.stream().filter(ReleaseChecks.Module::deployed).forEach(published::add);
    Path gpgHome = Files.createTempDirectory("sigmamind-gpg");
    try {
      String key = Gpg.throwawayKey(gpgHome);
      int exit = deploy(published, gpgHome, key);
      if (exit != 0) {
        return List.of("the staging build in " + sources() + " failed with exit code " + exit);
      }
      List<String> problems = new CentralLayout(repo(), release(), gpgHome).check(published);
      if (problems.isEmpty()) {
        problems.addAll(checkFailsOnBrokenRelease(published, gpgHome));
      }
      if (problems.isEmpty()) {
        problems.addAll(new RunnableCli(repo(), release(), work).check());
      }
      return problems;
    } finally {
      Gpg.stopAgent(gpgHome);
      ReleaseChecks.deleteRecursively(gpgHome);
    }
  }

  private int deploy(List<ReleaseChecks.Module> published, Path gpgHome, String key) throws Exception {
    ReleaseChecks.deleteRecursively(sources());
    ReleaseChecks.deleteRecursively(repo());
    ReleaseChecks.copySources(root, sources());
    List<String> poms = new ArrayList<>(List.of("pom.xml"));
    ReleaseChecks.children(ReleaseChecks.child(ReleaseChecks.read(root.resolve("pom.xml")), "modules"), "module")
        .forEach(module -> poms.add(module.getTextContent().trim() + "/pom.xml"));
    for (String pom : poms) {
      Path file = sources().resolve(pom);
      Files.writeString(file, Files.readString(file)
          .replace("<version>" + snapshot + "</version>", "<version>" + release() + "</version>"));
    }
    List<String> command = new ArrayList<>(List.of(sources().resolve("mvnw").toString(), "-B", "-q", "deploy",
        "-DskipTests", "-DskipITs=true", "-Dspectral.skip=true", "-Dstock.tools.skip=true",
        // deploy's install phase would put a release version of every module in the user's local
        // repository, where any other build could pick it up as if it had been released.
        "-Dmaven.install.skip=true",
        "-pl", String.join(",", published.stream().map(ReleaseChecks.Module::dir).toList()),
        "-DaltDeploymentRepository=staging::" + repo().toUri(),
        "-Daether.checksums.algorithms=SHA-512,SHA-256,SHA-1,MD5",
        "-Dgpg.keyname=" + key));
    Map<String, String> environment = ReleaseChecks.buildEnvironment();
    environment.put("GNUPGHOME", gpgHome.toString());
    System.out.println("Staging release " + release() + " of " + published.size() + " modules into " + repo());
    long start = System.nanoTime();
    int exit = Processes.runShowingOutput(command, sources(), environment, ReleaseChecks.BUILD_BOUND);
    System.out.printf("Staging build took %d s%n", (System.nanoTime() - start) / 1_000_000_000L);
    return exit;
  }

  /**
   * A check that cannot fail proves nothing: on a copy of part of the staged release with one
   * javadoc jar deleted and one POM's description removed, the check must name exactly those.
   */
  private List<String> checkFailsOnBrokenRelease(List<ReleaseChecks.Module> published, Path gpgHome)
      throws Exception {
    ReleaseChecks.Module parent = published.get(0);
    ReleaseChecks.Module jarModule = published.stream().filter(m -> m.packaging().equals("jar")).findFirst().orElseThrow();
    ReleaseChecks.Module bom = published.stream().filter(m -> m.dir().equals("bom")).findFirst().orElseThrow();
    List<ReleaseChecks.Module> sample = List.of(parent, jarModule, bom);
    Path broken = repo().resolveSibling("staging-repo-broken");
    ReleaseChecks.deleteRecursively(broken);
    for (ReleaseChecks.Module module : sample) {
      Path dir = Path.of(CentralLayout.GROUP_ID.replace('.', '/'), module.artifactId(), release());
      ReleaseChecks.copySources(repo().resolve(dir), broken.resolve(dir));
    }
    String javadoc = jarModule.artifactId() + "-" + release() + "-javadoc.jar";
    Path bomPom = broken.resolve(Path.of(CentralLayout.GROUP_ID.replace('.', '/'), bom.artifactId(), release(),
        bom.artifactId() + "-" + release() + ".pom"));
    Files.delete(broken.resolve(Path.of(CentralLayout.GROUP_ID.replace('.', '/'), jarModule.artifactId(), release(), javadoc)));
    Files.writeString(bomPom, Files.readString(bomPom).replaceFirst("(?s)<description>.*?</description>", ""));

    List<String> found = new CentralLayout(broken, release(), gpgHome).check(sample);
    String pomName = bomPom.getFileName().toString();
    List<String> expected = List.of(
        jarModule.artifactId() + ": " + javadoc + " is missing",
        bom.artifactId() + ": staged POM has no <description> (own or inherited)",
        bom.artifactId() + ": " + pomName + ".sha256 does not match " + pomName,
        bom.artifactId() + ": " + pomName + ".asc is not a good signature of " + pomName);
    List<String> problems = new ArrayList<>();
    for (String problem : expected) {
      if (!found.contains(problem)) {
        problems.add("the staging check missed a broken release: expected \"" + problem + "\", got " + found);
      }
    }
    if (problems.isEmpty()) {
      System.out.println("Staging check fails as it should on a broken release: " + found.size() + " problems");
      ReleaseChecks.deleteRecursively(broken);
    }
    return problems;
  }

  private String text(String pom, String name) throws Exception {
    return ReleaseChecks.text(ReleaseChecks.read(root.resolve(pom)), name);
  }
}

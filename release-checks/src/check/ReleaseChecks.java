import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import javax.lang.model.SourceVersion;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The checks a release depends on, over the whole reactor; exits 1 naming every problem.
 *
 * <ol>
 *   <li>The BOM manages every deployed, dependency-usable module at {@code ${project.version}}, and
 *       the versions it pins for consumers equal the parent's (it has no parent to inherit them).
 *   <li>Every published jar carries a valid, distinct {@code Automatic-Module-Name} and has a
 *       sources jar and a javadoc jar beside it.
 *   <li>Reproducible builds: sdk-generated and sdk-core, rebuilt offline from a copy of the sources in
 *       another directory, give main, sources and javadoc jars byte-identical to this build's.
 *   <li>The tool's archive ({@link ArchiveCheck}) runs with no Java installed, also as under GitHub Actions.
 *   <li>The staged release ({@link StagedRelease}): what Central would receive, built at the release
 *       version and signed, has every file, checksum, signature and POM field Central requires.
 * </ol>
 *
 * <p>Compiled and run by the build: {@code java -cp <classes> ReleaseChecks <root> <version> <work dir>}.
 */
public final class ReleaseChecks {
  /** Properties whose value the BOM repeats from the parent. */
  private static final List<String> BOM_SHARED_PROPERTIES = List.of("kotlin.version", "okio.version",
      "maven-gpg-plugin.version");
  /** Modules rebuilt to prove reproducibility: the SDK's jars, generated code included. */
  private static final List<String> REBUILT_MODULES = List.of("sdk-generated", "sdk-core");
  /** The jars Central requires beside every published jar. */
  private static final List<String> ATTACHED_CLASSIFIERS = List.of("sources", "javadoc");
  /** How long a Maven build these checks start (the rebuild, the staging) may take before it is killed. */
  static final Duration BUILD_BOUND = Duration.ofMinutes(30);

  /** A reactor module: its directory, artifactId, packaging and whether it is deployed. */
  record Module(String dir, String artifactId, String packaging, boolean deployed) {}

  private final Path root;
  private final String version;
  private final List<String> problems = new ArrayList<>();

  private ReleaseChecks(Path root, String version) {
    this.root = root;
    this.version = version;
  }

  public static void main(String[] args) throws Exception {
    ReleaseChecks checks = new ReleaseChecks(Path.of(args[0]).toRealPath(), args[1]);
    List<Module> modules = checks.modules();
    checks.checkBom(modules);
    checks.checkModuleNames(modules);
    Path work = Path.of(args[2]).toAbsolutePath();
    checks.problems.addAll(new ArchiveCheck(checks.root, checks.version, work).check());
    checks.checkReproducible(work);
    checks.problems.addAll(new StagedRelease(checks.root, checks.version, work).check(modules));
    if (!checks.problems.isEmpty()) {
      checks.problems.forEach(problem -> System.err.println("Release check failed: " + problem));
      System.exit(1);
    }
    System.out.println("Release checks passed: BOM, Automatic-Module-Name, sources and javadoc jars, the archive,"
        + " reproducible jars (main, sources, javadoc), staged release, staged tool runs");
  }

  private List<Module> modules() throws Exception {
    List<Module> modules = new ArrayList<>();
    for (Element module : children(child(read(root.resolve("pom.xml")), "modules"), "module")) {
      String dir = module.getTextContent().trim();
      Element pom = read(root.resolve(dir).resolve("pom.xml"));
      String packaging = text(pom, "packaging");
      Element properties = child(pom, "properties");
      boolean deployed = properties == null || !"true".equals(text(properties, "maven.deploy.skip"));
      modules.add(new Module(dir, text(pom, "artifactId"), packaging == null ? "jar" : packaging, deployed));
    }
    return modules;
  }

  private void checkBom(List<Module> modules) throws Exception {
    Element bom = read(root.resolve("bom/pom.xml"));
    Element parent = read(root.resolve("pom.xml"));
    Set<String> managed = new TreeSet<>();
    for (Element dependency : children(child(child(bom, "dependencyManagement"), "dependencies"), "dependency")) {
      if ("ai.sigmamind".equals(text(dependency, "groupId"))) {
        managed.add(text(dependency, "artifactId"));
        if (!"${project.version}".equals(text(dependency, "version"))) {
          problems.add("BOM: " + text(dependency, "artifactId") + " is not managed at ${project.version}");
        }
      }
    }
    for (Module module : modules) {
      boolean dependency = !module.packaging().equals("maven-plugin");
      if (module.deployed() && dependency && !module.dir().equals("bom") && !managed.contains(module.artifactId())) {
        problems.add("BOM: deployed module " + module.artifactId() + " is missing");
      }
    }
    if (!text(parent, "version").equals(text(bom, "version"))) {
      problems.add("BOM: version " + text(bom, "version") + " differs from the parent's " + text(parent, "version"));
    }
    for (String property : BOM_SHARED_PROPERTIES) {
      String inBom = text(child(bom, "properties"), property);
      String inParent = text(child(parent, "properties"), property);
      if (inBom == null || !inBom.equals(inParent)) {
        problems.add("BOM: " + property + " is " + inBom + " but " + inParent + " in the parent");
      }
    }
  }

  private void checkModuleNames(List<Module> modules) throws IOException {
    Map<String, String> owners = new java.util.HashMap<>();
    for (Module module : modules) {
      if (!module.packaging().equals("jar") && !module.packaging().equals("maven-plugin")) {
        continue;
      }
      Path jar = mainJar(root, module);
      if (!Files.isRegularFile(jar)) {
        if (module.deployed()) {
          problems.add(module.artifactId() + ": no jar at " + root.relativize(jar) + " (build it first)");
        }
        continue;
      }
      for (String classifier : ATTACHED_CLASSIFIERS) {
        Path attached = jar(root, module, classifier);
        if (module.deployed() && !Files.isRegularFile(attached)) {
          problems.add(module.artifactId() + ": no " + classifier + " jar at " + root.relativize(attached));
        }
      }
      String name;
      try (JarFile file = new JarFile(jar.toFile())) {
        name = file.getManifest() == null ? null
            : file.getManifest().getMainAttributes().getValue("Automatic-Module-Name");
      }
      if (name == null || !SourceVersion.isName(name)) {
        problems.add(module.artifactId() + ": Automatic-Module-Name is not a module name: " + name);
      } else if (owners.putIfAbsent(name, module.artifactId()) != null) {
        problems.add(module.artifactId() + ": Automatic-Module-Name " + name + " is also " + owners.get(name) + "'s");
      }
    }
  }

  private void checkReproducible(Path work) throws Exception {
    Path copy = work.resolve("rebuild");
    deleteRecursively(copy);
    copySources(root, copy);
    List<String> command = new ArrayList<>(List.of(copy.resolve("mvnw").toString(), "-B", "-q", "-o",
        "package", "-DskipTests", "-Dspectral.skip=true", "-Dstock.tools.skip=true",
        "-pl", String.join(",", REBUILT_MODULES), "-am"));
    System.out.println("Rebuilding " + REBUILT_MODULES + " in " + copy + " to compare jars");
    int exit = Processes.runShowingOutput(command, copy, buildEnvironment(), BUILD_BOUND);
    if (exit != 0) {
      problems.add("the rebuild in " + copy + " failed with exit code " + exit);
      return;
    }
    for (String dir : REBUILT_MODULES) {
      Module module = new Module(dir, text(read(root.resolve(dir).resolve("pom.xml")), "artifactId"), "jar", true);
      List<String> classifiers = new ArrayList<>(List.of(""));
      classifiers.addAll(ATTACHED_CLASSIFIERS);
      for (String classifier : classifiers) {
        Path original = jar(root, module, classifier);
        Path rebuilt = jar(copy, module, classifier);
        String first = digest("SHA-256", original);
        String second = digest("SHA-256", rebuilt);
        System.out.println(root.relativize(original) + " sha256 " + first + ", rebuilt " + second);
        if (!first.equals(second)) {
          problems.add(module.artifactId() + ": two builds gave different " + original.getFileName() + " (" + first
              + " vs " + second + ")");
        }
      }
    }
  }

  private Path mainJar(Path base, Module module) {
    return jar(base, module, "");
  }

  /** A module's jar with this classifier ("" for the main jar). */
  private Path jar(Path base, Module module, String classifier) {
    String suffix = classifier.isEmpty() ? "" : "-" + classifier;
    return base.resolve(module.dir()).resolve("target").resolve(module.artifactId() + "-" + version + suffix + ".jar");
  }

  /**
   * The environment for a Maven build of a copy of the sources: this JDK, and no project directory
   * inherited from the build that runs the checks. Mutable, for a caller to add to.
   */
  static Map<String, String> buildEnvironment() {
    Map<String, String> environment = new HashMap<>();
    environment.put("JAVA_HOME", System.getProperty("java.home"));
    environment.put("MAVEN_PROJECTBASEDIR", null);
    return environment;
  }

  /** Copies the source tree without build output, Git metadata or installed npm packages. */
  static void copySources(Path from, Path to) throws IOException {
    Set<String> skipped = Set.of("target", ".git", "node_modules");
    Files.walkFileTree(from, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
        if (!dir.equals(from) && skipped.contains(dir.getFileName().toString())) {
          return FileVisitResult.SKIP_SUBTREE;
        }
        Files.createDirectories(to.resolve(from.relativize(dir).toString()));
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
        Files.copy(file, to.resolve(from.relativize(file).toString()), StandardCopyOption.COPY_ATTRIBUTES);
        return FileVisitResult.CONTINUE;
      }
    });
  }

  static void deleteRecursively(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }

  /** The file's digest in lower-case hex; {@code algorithm} is a JDK name such as {@code SHA-256}. */
  static String digest(String algorithm, Path file) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance(algorithm).digest(Files.readAllBytes(file)));
  }

  static Element read(Path pom) throws Exception {
    if (!Files.isRegularFile(pom)) {
      throw new IllegalArgumentException("no POM at " + pom);
    }
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile()).getDocumentElement();
  }

  static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(name)) {
        found.add(element);
      }
    }
    return found;
  }

  static Element child(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.get(0);
  }

  static String text(Element parent, String name) {
    Element element = child(parent, name);
    return element == null ? null : element.getTextContent().trim();
  }
}

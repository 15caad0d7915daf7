import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3c.dom.Element;

/**
 * What Maven Central requires of a staged release, checked over a Maven repository directory: for
 * every published module its POM, and for jar modules the jar, {@code -sources} and {@code -javadoc}
 * jars; checksums (md5, sha1, sha256, sha512) matching every file but the signatures; a signature
 * ({@code .asc}) that {@code gpg --verify} accepts for every file; a release version, no timestamped
 * SNAPSHOT; and in every POM, itself or inherited from a staged parent, the fields Central requires
 * with no unresolved {@code ${...}}. Each problem names the module and the missing thing.
 *
 * <p>Example: {@code new CentralLayout(repo, "0.1.0", gpgHome).check(published)} returns the problems.
 */
final class CentralLayout {
  static final String GROUP_ID = "ai.sigmamind";
  /** Checksum file extensions and the JDK digest each holds. */
  static final Map<String, String> CHECKSUMS = new TreeMap<>(Map.of(
      "md5", "MD5", "sha1", "SHA-1", "sha256", "SHA-256", "sha512", "SHA-512"));
  /** Fields Central requires in every POM, as paths below {@code <project>}. */
  private static final List<String> REQUIRED_FIELDS = List.of("name", "description", "url",
      "licenses/license/name", "licenses/license/url", "developers/developer/name", "scm/url",
      "scm/connection");
  /** Model values Maven itself resolves in a consumer's build. */
  private static final Set<String> MODEL_PROPERTIES = Set.of(
      "project.version", "project.groupId", "project.artifactId", "project.parent.version");
  private static final Pattern PROPERTY = Pattern.compile("\\$\\{([^}]*)}");

  private final Path repo;
  private final String version;
  private final Path gpgHome;
  private final List<String> problems = new ArrayList<>();

  /**
   * @param repo the staged repository's root directory
   * @param version the release version every module is staged at
   * @param gpgHome the GnuPG home holding the public key to verify signatures with
   */
  CentralLayout(Path repo, String version, Path gpgHome) {
    this.repo = repo;
    this.version = version;
    this.gpgHome = gpgHome;
  }

  /** Checks every published module (the parent included) and returns the problems found, if any. */
  List<String> check(List<ReleaseChecks.Module> published) throws Exception {
    if (version.endsWith("-SNAPSHOT")) {
      problems.add("staged version " + version + " is a SNAPSHOT: Central accepts releases only");
    }
    for (ReleaseChecks.Module module : published) {
      checkModule(module);
    }
    return problems;
  }

  private void checkModule(ReleaseChecks.Module module) throws Exception {
    String name = module.artifactId();
    Path dir = versionDir(name);
    if (!Files.isDirectory(dir)) {
      problems.add(name + ": not staged (no " + repo.relativize(dir) + ")");
      return;
    }
    List<String> required = new ArrayList<>(List.of(name + "-" + version + ".pom"));
    if (!module.packaging().equals("pom")) {
      for (String suffix : List.of("", "-sources", "-javadoc")) {
        required.add(name + "-" + version + suffix + ".jar");
      }
    }
    for (String file : required) {
      if (!Files.isRegularFile(dir.resolve(file))) {
        problems.add(name + ": " + file + " is missing");
      }
    }
    try (var files = Files.list(dir)) {
      for (Path file : files.sorted().toList()) {
        checkFile(name, file);
      }
    }
    Path pom = dir.resolve(name + "-" + version + ".pom");
    if (Files.isRegularFile(pom)) {
      checkPom(name, pom);
    }
  }

  private void checkFile(String module, Path file) throws Exception {
    String fileName = file.getFileName().toString();
    String extension = fileName.substring(fileName.lastIndexOf('.') + 1);
    if (fileName.contains("SNAPSHOT")) {
      problems.add(module + ": " + fileName + " is a SNAPSHOT file");
    }
    if (CHECKSUMS.containsKey(extension)) {
      return;
    }
    if (extension.equals("asc")) {
      checkSigned(module, file);
      return;
    }
    for (Map.Entry<String, String> checksum : CHECKSUMS.entrySet()) {
      Path sum = file.resolveSibling(fileName + "." + checksum.getKey());
      if (!Files.isRegularFile(sum)) {
        problems.add(module + ": " + sum.getFileName() + " is missing");
      } else if (!Files.readString(sum).trim().equalsIgnoreCase(ReleaseChecks.digest(checksum.getValue(), file))) {
        problems.add(module + ": " + sum.getFileName() + " does not match " + fileName);
      }
    }
    Path signature = file.resolveSibling(fileName + ".asc");
    if (!Files.isRegularFile(signature)) {
      problems.add(module + ": " + signature.getFileName() + " (signature) is missing");
    } else if (!Gpg.verifies(gpgHome, signature, file)) {
      problems.add(module + ": " + signature.getFileName() + " is not a good signature of " + fileName);
    }
  }

  /** A signature needs no checksum (Central ignores them), but must sign a file that is staged. */
  private void checkSigned(String module, Path signature) {
    String signed = signature.getFileName().toString().replaceFirst("\\.asc$", "");
    if (!Files.isRegularFile(signature.resolveSibling(signed))) {
      problems.add(module + ": " + signature.getFileName() + " signs " + signed + ", which is not staged");
    }
  }

  private void checkPom(String module, Path pom) throws Exception {
    List<Element> chain = inheritanceChain(module, pom);
    Element own = chain.get(0);
    if (!module.equals(ReleaseChecks.text(own, "artifactId"))) {
      problems.add(module + ": staged POM's artifactId is " + ReleaseChecks.text(own, "artifactId"));
    }
    String groupId = inherited(chain, "groupId", "parent/groupId");
    String pomVersion = inherited(chain, "version", "parent/version");
    if (!GROUP_ID.equals(groupId)) {
      problems.add(module + ": staged POM's groupId is " + groupId + ", not " + GROUP_ID);
    }
    if (!version.equals(pomVersion)) {
      problems.add(module + ": staged POM's version is " + pomVersion + ", not " + version);
    }
    Map<String, String> properties = properties(chain);
    for (String field : REQUIRED_FIELDS) {
      String value = inherited(chain, field);
      if (value == null || value.isBlank()) {
        problems.add(module + ": staged POM has no <" + field + "> (own or inherited)");
      } else if (value.contains("${")) {
        problems.add(module + ": staged POM's <" + field + "> is unresolved: " + value);
      }
    }
    for (String section : List.of("dependencies", "dependencyManagement")) {
      Element element = ReleaseChecks.child(own, section);
      if (element != null) {
        checkProperties(module, section, element.getTextContent(), properties, 0);
      }
    }
    checkDependenciesStaged(module, own, properties);
  }

  /** Every {@code ${name}} in text must be a model value or a property the POM or a parent defines. */
  private void checkProperties(String module, String section, String text, Map<String, String> properties,
      int depth) {
    Matcher matcher = PROPERTY.matcher(text);
    while (matcher.find()) {
      String name = matcher.group(1);
      if (MODEL_PROPERTIES.contains(name)) {
        continue;
      }
      String value = properties.get(name);
      if (value == null) {
        problems.add(module + ": staged POM's <" + section + "> uses ${" + name + "}, defined nowhere in its POMs");
      } else if (depth < 5) {
        checkProperties(module, section, value, properties, depth + 1);
      }
    }
  }

  /** A consumer resolves our runtime dependencies from Central, so each must be in the release too. */
  private void checkDependenciesStaged(String module, Element pom, Map<String, String> properties) {
    Element dependencies = ReleaseChecks.child(pom, "dependencies");
    if (dependencies == null) {
      return;
    }
    for (Element dependency : ReleaseChecks.children(dependencies, "dependency")) {
      String group = ReleaseChecks.text(dependency, "groupId");
      String scope = ReleaseChecks.text(dependency, "scope");
      boolean ours = GROUP_ID.equals(group) || "${project.groupId}".equals(group);
      if (ours && !"test".equals(scope) && !"provided".equals(scope)) {
        String artifactId = ReleaseChecks.text(dependency, "artifactId");
        if (!Files.isDirectory(versionDir(artifactId))) {
          problems.add(module + ": depends on " + artifactId + ", which is not in the release");
        }
      }
    }
  }

  /** The staged POM followed by its staged parents, nearest first. */
  private List<Element> inheritanceChain(String module, Path pom) throws Exception {
    List<Element> chain = new ArrayList<>(List.of(ReleaseChecks.read(pom)));
    for (Element parent = ReleaseChecks.child(chain.get(0), "parent"); parent != null;
        parent = ReleaseChecks.child(chain.get(chain.size() - 1), "parent")) {
      String artifactId = ReleaseChecks.text(parent, "artifactId");
      String parentVersion = ReleaseChecks.text(parent, "version");
      Path parentPom = repo.resolve(GROUP_ID.replace('.', '/')).resolve(artifactId).resolve(parentVersion)
          .resolve(artifactId + "-" + parentVersion + ".pom");
      if (!GROUP_ID.equals(ReleaseChecks.text(parent, "groupId")) || !Files.isRegularFile(parentPom)) {
        problems.add(module + ": parent " + artifactId + ":" + parentVersion + " is not in the release");
        break;
      }
      chain.add(ReleaseChecks.read(parentPom));
    }
    return chain;
  }

  /** The first POM in the chain that has one of the paths decides the value. */
  private static String inherited(List<Element> chain, String... paths) {
    for (Element pom : chain) {
      for (String path : paths) {
        String value = at(pom, path);
        if (value != null) {
          return value;
        }
      }
    }
    return null;
  }

  private static String at(Element pom, String path) {
    Element element = pom;
    for (String step : path.split("/")) {
      element = element == null ? null : ReleaseChecks.child(element, step);
    }
    return element == null ? null : element.getTextContent().trim();
  }

  private static Map<String, String> properties(List<Element> chain) {
    Map<String, String> properties = new LinkedHashMap<>();
    for (Element pom : chain) {
      Element element = ReleaseChecks.child(pom, "properties");
      if (element != null) {
        for (org.w3c.dom.Node node = element.getFirstChild(); node != null; node = node.getNextSibling()) {
          if (node instanceof Element property) {
            properties.putIfAbsent(property.getTagName(), property.getTextContent().trim());
          }
        }
      }
    }
    return properties;
  }

  private Path versionDir(String artifactId) {
    return repo.resolve(GROUP_ID.replace('.', '/')).resolve(artifactId).resolve(version);
  }
}

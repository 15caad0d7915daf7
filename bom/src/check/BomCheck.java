import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Fails (exit 1, naming each problem) when the BOM is out of step with the reactor: every module
 * the parent lists that is deployed and usable as a dependency must be managed at
 * {@code ${project.version}}, and every version the BOM pins for consumers must equal the parent's.
 *
 * <p>Run by the build with the JDK's source-file launcher:
 * {@code java BomCheck.java bom/pom.xml pom.xml}.
 */
public final class BomCheck {
  /** Properties whose value the BOM repeats from the parent (it has no parent to inherit them). */
  private static final List<String> SHARED_PROPERTIES = List.of("kotlin.version", "okio.version");

  public static void main(String[] args) throws Exception {
    Path bomPom = Path.of(args[0]);
    Path parentPom = Path.of(args[1]);
    Element bom = read(bomPom);
    Element parent = read(parentPom);
    List<String> problems = new ArrayList<>();

    Set<String> managed = new TreeSet<>();
    Element management = child(bom, "dependencyManagement");
    for (Element dependency : children(child(management, "dependencies"), "dependency")) {
      if (!"ai.sigmamind".equals(text(dependency, "groupId"))) {
        continue;
      }
      managed.add(text(dependency, "artifactId"));
      if (!"${project.version}".equals(text(dependency, "version"))) {
        problems.add(text(dependency, "artifactId") + " is not managed at ${project.version}");
      }
    }

    String bomArtifact = text(bom, "artifactId");
    for (Element module : children(child(parent, "modules"), "module")) {
      Element modulePom = read(parentPom.resolveSibling(module.getTextContent().trim()).resolve("pom.xml"));
      String artifactId = text(modulePom, "artifactId");
      Element properties = child(modulePom, "properties");
      boolean deployed = properties == null || !"true".equals(text(properties, "maven.deploy.skip"));
      boolean dependency = !"maven-plugin".equals(text(modulePom, "packaging"));
      if (deployed && dependency && !artifactId.equals(bomArtifact) && !managed.contains(artifactId)) {
        problems.add("deployed module " + artifactId + " is missing from the BOM");
      }
    }

    if (!text(parent, "version").equals(text(bom, "version"))) {
      problems.add("BOM version " + text(bom, "version") + " differs from the parent's " + text(parent, "version"));
    }
    for (String property : SHARED_PROPERTIES) {
      String inBom = text(child(bom, "properties"), property);
      String inParent = text(child(parent, "properties"), property);
      if (inBom == null || !inBom.equals(inParent)) {
        problems.add(property + " is " + inBom + " in the BOM but " + inParent + " in the parent");
      }
    }

    if (!problems.isEmpty()) {
      problems.forEach(problem -> System.err.println("BOM check: " + problem));
      System.exit(1);
    }
    System.out.println("BOM check: " + managed.size() + " modules managed, pinned versions equal the parent's");
  }

  private static Element read(Path pom) throws Exception {
    if (!Files.isRegularFile(pom)) {
      throw new IllegalArgumentException("no POM at " + pom);
    }
    Document document = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(pom.toFile());
    return document.getDocumentElement();
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> found = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(name)) {
        found.add(element);
      }
    }
    return found;
  }

  private static Element child(Element parent, String name) {
    List<Element> found = children(parent, name);
    return found.isEmpty() ? null : found.get(0);
  }

  private static String text(Element parent, String name) {
    Element element = child(parent, name);
    return element == null ? null : element.getTextContent().trim();
  }
}

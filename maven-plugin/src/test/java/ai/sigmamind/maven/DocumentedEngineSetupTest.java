package ai.sigmamind.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The engine's set-up has one source, docs/junit-engine.md: the invoker ITs that prove it on
 * Maven 3.8.7 and 3.9 are that block word for word (engine-documented), or that block without its
 * Surefire pin (engine-unpinned-surefire); and its plugin versions are the build's own, which the
 * offline consumer builds find in the local repository.
 */
class DocumentedEngineSetupTest {
  private static final Path ROOT = Path.of("..");
  private static final Path IT = Path.of("src", "it");
  /** The IT's coordinates end here; the rest of its pom is the documented block. */
  private static final String BODY_MARKER = "  <!-- Below: docs/junit-engine.md's set-up";
  private static final String SUREFIRE_PIN = "    <!-- Maven 3.8's default Surefire";

  @Test
  void theDocumentedSetUpIsTheMaven38And39ItsPomWordForWord() throws IOException {
    assertThat(pomBody("engine-documented")).isEqualTo(documentedSetUp());
  }

  @Test
  void theUnpinnedItIsTheDocumentedSetUpWithoutItsSurefirePinAndNothingElse() throws IOException {
    List<String> withoutPin = new ArrayList<>(documentedSetUp());
    int pin = withoutPin.indexOf(withoutPin.stream().filter(line -> line.startsWith(SUREFIRE_PIN)).findFirst().orElseThrow());
    int end = withoutPin.subList(pin, withoutPin.size()).indexOf("    </plugin>") + pin;
    withoutPin.subList(pin, end + 1).clear();

    assertThat(pomBody("engine-unpinned-surefire")).isEqualTo(withoutPin)
        .noneMatch(line -> line.contains("maven-surefire-plugin"));
  }

  @Test
  void theDocumentedPluginVersionsAreTheBuildsOwn() throws IOException {
    String setUp = String.join("\n", documentedSetUp());
    String parent = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);

    assertThat(pinnedVersion(setUp, "maven-surefire-plugin")).isEqualTo(property(parent, "surefire.plugin.version"))
        .startsWith("3.");
    assertThat(pinnedVersion(setUp, "maven-compiler-plugin")).isEqualTo(property(parent, "compiler.plugin.version"));
    assertThat(setUp).contains("<maven.compiler.release>17</maven.compiler.release>");
  }

  /** The ```xml block of docs/junit-engine.md that pins Surefire, line by line. */
  private static List<String> documentedSetUp() throws IOException {
    List<String> lines = Files.readAllLines(ROOT.resolve("docs/junit-engine.md"), StandardCharsets.UTF_8);
    for (int start = lines.indexOf("```xml"); start >= 0; ) {
      int end = lines.subList(start, lines.size()).indexOf("```") + start;
      List<String> block = lines.subList(start + 1, end);
      if (block.stream().anyMatch(line -> line.contains("<artifactId>maven-surefire-plugin</artifactId>"))) {
        return List.copyOf(block);
      }
      int next = lines.subList(end + 1, lines.size()).indexOf("```xml");
      start = next < 0 ? -1 : next + end + 1;
    }
    throw new AssertionError("docs/junit-engine.md has no ```xml block pinning maven-surefire-plugin");
  }

  /** The IT's pom after its coordinates, inside {@code <project>}, one indent level less. */
  private static List<String> pomBody(String project) throws IOException {
    List<String> lines = Files.readAllLines(IT.resolve(project).resolve("pom.xml"), StandardCharsets.UTF_8);
    int marker = lines.indexOf(lines.stream().filter(line -> line.startsWith(BODY_MARKER)).findFirst()
        .orElseThrow(() -> new AssertionError(project + "/pom.xml has no line starting with" + BODY_MARKER)));
    int blank = marker + 1;
    assertThat(lines.get(blank)).as(project + "/pom.xml: a blank line after the marker").isEmpty();
    assertThat(lines.get(lines.size() - 1)).isEqualTo("</project>");
    return lines.subList(blank + 1, lines.size() - 1).stream()
        .map(line -> line.isEmpty() ? line : line.substring(2)).toList();
  }

  private static String pinnedVersion(String pom, String artifactId) {
    Matcher version = Pattern.compile("<artifactId>" + artifactId + "</artifactId>\\s*<version>([^<]+)</version>").matcher(pom);
    assertThat(version.find()).as(artifactId + " pinned").isTrue();
    return version.group(1);
  }

  private static String property(String pom, String name) {
    Matcher value = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</" + Pattern.quote(name) + ">").matcher(pom);
    assertThat(value.find()).as(name + " in the parent pom").isTrue();
    return value.group(1);
  }
}

package ai.sigmamind.samples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every relative link in the project's Markdown (the root's *.md and docs/*.md) reaches a file that
 * exists, and every {@code #anchor} one of that file's headings, as GitHub renders them. Links to
 * other sites are not followed: the build reaches no network.
 */
class MarkdownLinksTest {
  private static final Path ROOT = Path.of(System.getProperty("sigmamind.projectRoot", ".."));
  private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");
  private static final Pattern CODE_SPAN = Pattern.compile("`[^`\n]*`");
  private static final Pattern HEADING = Pattern.compile("^#{1,6} (.+?)\\s*$");
  private static final Pattern SCHEME = Pattern.compile("^[a-z][a-z0-9+.-]*:");

  @Test
  void everyRelativeLinkAndAnchorResolves() throws IOException {
    List<String> broken = new ArrayList<>();
    int checked = 0;
    for (Path document : documents()) {
      List<String> lines = Files.readAllLines(document, StandardCharsets.UTF_8);
      boolean fenced = false;
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).strip().startsWith("```")) {
          fenced = !fenced;
          continue;
        }
        Matcher link = LINK.matcher(fenced ? "" : CODE_SPAN.matcher(lines.get(i)).replaceAll("``"));
        while (link.find()) {
          String target = link.group(1);
          if (SCHEME.matcher(target).find()) {
            continue;
          }
          checked++;
          String problem = problem(document, target);
          if (problem != null) {
            broken.add(ROOT.relativize(document) + ":" + (i + 1) + ": " + target + ": " + problem);
          }
        }
      }
    }
    assertThat(checked).as("relative links found").isGreaterThan(50);
    assertThat(broken).as("links that do not resolve").isEmpty();
  }

  @Test
  void anchorsAreGitHubs() {
    assertThat(anchors(List.of("# Using the SDK (`sigmamind-sdk-core`)", "## Markers (like Stripe's test cards)",
        "## Limits", "### Limits", "```sh", "# not a heading", "```")))
        .containsExactlyInAnyOrder("using-the-sdk-sigmamind-sdk-core", "markers-like-stripes-test-cards",
            "limits", "limits-1");
  }

  private static List<Path> documents() throws IOException {
    List<Path> documents = new ArrayList<>();
    for (Path directory : List.of(ROOT, ROOT.resolve("docs"))) {
      try (Stream<Path> files = Files.list(directory)) {
        files.filter(p -> p.toString().endsWith(".md")).sorted().forEach(documents::add);
      }
    }
    return documents;
  }

  /** What is wrong with a relative link from the document, or null when it resolves. */
  private static String problem(Path document, String target) throws IOException {
    int hash = target.indexOf('#');
    String path = hash < 0 ? target : target.substring(0, hash);
    Path file = path.isEmpty() ? document : document.getParent().resolve(path).normalize();
    if (!Files.exists(file)) {
      return "no such file";
    }
    if (hash < 0) {
      return null;
    }
    String anchor = target.substring(hash + 1);
    if (!file.toString().endsWith(".md")) {
      return "an anchor into a file that is not Markdown";
    }
    return anchors(Files.readAllLines(file, StandardCharsets.UTF_8)).contains(anchor) ? null
        : "no heading " + anchor + " in " + ROOT.relativize(file);
  }

  /** GitHub's heading anchors: lower case, punctuation dropped, spaces as dashes, repeats numbered. */
  private static Set<String> anchors(List<String> lines) {
    Set<String> anchors = new HashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    boolean fenced = false;
    for (String line : lines) {
      if (line.strip().startsWith("```")) {
        fenced = !fenced;
        continue;
      }
      Matcher heading = HEADING.matcher(line);
      if (!fenced && heading.matches()) {
        String slug = heading.group(1).toLowerCase(Locale.ROOT)
            .replaceAll("(?U)[^\\w\\- ]", "").replace(' ', '-');
        int repeats = seen.merge(slug, 1, Integer::sum) - 1;
        anchors.add(repeats == 0 ? slug : slug + "-" + repeats);
      }
    }
    return anchors;
  }
}

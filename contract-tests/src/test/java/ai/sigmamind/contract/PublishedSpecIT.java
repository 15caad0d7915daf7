package ai.sigmamind.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.tags.Tag;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * The spec as another team gets it: the {@code sigmamind-openapi} artifacts of this build (copied
 * from the reactor by the build into {@code sigmamind.published.dir}) are the spec and the
 * committed pact byte for byte, and the rendered reference shows the API in headless Chromium with
 * nothing fetched from elsewhere (the page is self-contained).
 */
class PublishedSpecIT {
  private static Path published(String fileName) {
    return Path.of(StandaloneSandbox.requiredProperty("sigmamind.published.dir")).resolve(fileName);
  }

  private static String version() {
    return StandaloneSandbox.requiredProperty("sigmamind.version");
  }

  @Test
  void theArtifactsAreTheSpecAndTheCommittedPact() throws IOException {
    assertThat(Files.readAllBytes(published("sigmamind-openapi-" + version() + ".yaml")))
        .isEqualTo(Files.readAllBytes(Contract.spec()));
    assertThat(Files.readAllBytes(published("sigmamind-openapi-" + version() + "-pact.json")))
        .isEqualTo(Files.readAllBytes(Contract.committedPact()));
  }

  @Test
  @EnabledIfSystemProperty(named = "stock.tools.skip", matches = "false", disabledReason = "-Dstock.tools.skip=true")
  void theReferenceRendersInABrowserOffline() throws IOException, InterruptedException {
    Path reference = published("sigmamind-openapi-" + version() + "-reference.html");
    String html = Files.readString(reference, StandardCharsets.UTF_8);
    assertThat(html).as("no script or stylesheet loaded from elsewhere")
        .doesNotContainPattern("<script[^>]*\\ssrc=\"https?:").doesNotContainPattern("<link[^>]*\\shref=\"https?:");

    String dom = renderedDom(reference);

    var spec = new OpenAPIV3Parser().read(Contract.spec().toString());
    assertThat(dom).contains(spec.getInfo().getTitle(), spec.getInfo().getLicense().getName());
    List<String> sections = spec.getTags().stream()
        .map(Tag::getName)
        .map(tag -> "data-section-id=\"/" + tag.toLowerCase(Locale.ROOT) + "\"")
        .toList();
    assertThat(dom).as("a rendered section per tag").contains(sections);
  }

  /** The DOM after Chromium ran the page's scripts, as a reader's browser shows it. */
  private static String renderedDom(Path page) throws IOException, InterruptedException {
    Path dom = Files.createTempFile("sigmamind-reference-dom", ".html");
    Process chromium = new ProcessBuilder("chromium", "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
        "--virtual-time-budget=10000", "--dump-dom", page.toUri().toString())
        .redirectOutput(dom.toFile())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    try {
      assertThat(chromium.waitFor(120, TimeUnit.SECONDS)).as("chromium finished").isTrue();
      assertThat(chromium.exitValue()).as("chromium's exit code").isZero();
      return Files.readString(dom, StandardCharsets.UTF_8);
    } finally {
      chromium.destroyForcibly();
      Files.deleteIfExists(dom);
    }
  }
}

package ai.sigmamind.suite.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * docs/settings.md's table is the registry's: generated here, compared with the file, rewritten
 * with {@code -Dsigmamind.docs.update=true}.
 */
class SettingsTableTest {
  private static final Path DOC = Path.of("../docs/settings.md");
  private static final String START = "<!-- settings table: generated from SettingsRegistry by SettingsTableTest -->\n";
  private static final String END = "<!-- end of settings table -->";

  @Test
  void theDocsTableIsTheRegistrys() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8);
    int start = doc.indexOf(START);
    int end = doc.indexOf(END);
    assertThat(start).as("%s has the markers", DOC).isNotNegative();
    assertThat(end).isGreaterThan(start);
    String expected = doc.substring(0, start + START.length()) + table() + doc.substring(end);
    if (Boolean.getBoolean("sigmamind.docs.update")) {
      Files.writeString(DOC, expected, StandardCharsets.UTF_8);
      return;
    }
    assertThat(doc).as("docs/settings.md differs from the registry; rerun with -Dsigmamind.docs.update=true")
        .isEqualTo(expected);
  }

  static String table() {
    return "| setting | `sigmamind` flag | system property | environment variable | JUnit Platform key | "
        + "Maven plugin parameter | default | value | what it does |\n|---|---|---|---|---|---|---|---|---|\n"
        + SettingsRegistry.all().stream().map(setting -> String.join(" | ", "| " + setting.name(),
            code(setting.cliFlag() == null ? null : setting.cliFlag() + (setting.paramLabel() == null ? ""
                : " " + setting.paramLabel())),
            code(setting.property()), code(setting.environmentVariable()), code(setting.junitKey()),
            code(setting.pluginParameter()), setting.defaultValue(), setting.grammar().replace("|", "\\|"),
            setting.description()) + " |\n")
        .collect(Collectors.joining());
  }

  private static String code(@Nullable String text) {
    return text == null ? "—" : "`" + text + "`";
  }
}

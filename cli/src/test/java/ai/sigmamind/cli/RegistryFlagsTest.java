package ai.sigmamind.cli;

import static ai.sigmamind.suite.settings.SettingsRegistry.ALPHA;
import static ai.sigmamind.suite.settings.SettingsRegistry.MIN_DROP;
import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.suite.settings.Setting;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The tool's flags that are registry settings: named, described and suggested as the registry says. */
class RegistryFlagsTest {
  private static final String SUITE = SuiteRunCommandTest.EXAMPLE_SUITE.toString();
  private static final String NL = System.lineSeparator();

  @Test
  void planTakesTheGateSettingsFromTheRegistry() {
    ProgramRun help = ProgramRun.sigmamind(Map.of(), "suite", "plan", "--help");
    String oneLine = help.out().replaceAll("\\s+", " ");

    for (Setting setting : new Setting[] {MIN_DROP, ALPHA}) {
      assertThat(oneLine).contains(setting.cliFlag() + "=" + setting.paramLabel() + " " + setting.description()
          + " (" + setting.grammar() + "; default: " + setting.defaultValue() + ")");
    }
  }

  @Test
  void planReadsTheGateSettingsWithTheRegistryGrammar() {
    ProgramRun alpha = ProgramRun.sigmamind(Map.of(), "suite", "plan", SUITE, "--alpha", "0.1");
    ProgramRun badAlpha = ProgramRun.sigmamind(Map.of(), "suite", "plan", SUITE, "--alpha", "1.5");
    ProgramRun badMinDrop = ProgramRun.sigmamind(Map.of(), "suite", "plan", SUITE, "--min-drop", "zero");

    assertThat(alpha.exitCode()).as(alpha.err()).isZero();
    assertThat(alpha.out()).contains("at α 0.1 over");
    assertThat(badAlpha.exitCode()).isEqualTo(2);
    assertThat(badAlpha.err()).isEqualTo("--alpha must be " + ALPHA.grammar() + ", was '1.5'" + NL).hasLineCount(1);
    assertThat(badMinDrop.exitCode()).isEqualTo(2);
    assertThat(badMinDrop.err()).startsWith("--min-drop must be ").hasLineCount(1);
  }

  @ParameterizedTest
  @CsvSource({
      "run, --min-drp, --min-drop",
      "run, --timeuot, --timeout",
      "run, --sandbx, --sandbox",
      "plan, --alpah, --alpha",
      "plan, --min-dorp, --min-drop"})
  void aMistypedSettingFlagNamesTheRegistrySetting(String command, String typo, String setting) {
    ProgramRun run = ProgramRun.sigmamind(Map.of(), "suite", command, typo, "0.1", SUITE);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("Unknown option: '" + typo + "' (did you mean " + setting + "?)" + NL
        + "Try 'sigmamind suite " + command + " --help' for more information." + NL);
    assertThat(run.out()).isEmpty();
  }

  @Test
  void aMistypedFlagOfTheCommandItselfKeepsPicocliSuggestions() {
    ProgramRun run = ProgramRun.sigmamind(Map.of(), "suite", "run", "--sandbox", "--prnue", SUITE);

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).isEqualTo("Unknown option: '--prnue'" + NL + "Possible solutions: --prune" + NL);
  }
}

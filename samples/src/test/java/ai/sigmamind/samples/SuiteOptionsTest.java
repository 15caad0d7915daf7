package ai.sigmamind.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The regression suite's flags. Tests run in the samples module, so defaults are module-relative. */
class SuiteOptionsTest {
  @Test
  void defaultsAreTheShippedSuiteAndTargetRegression() {
    SuiteOptions options = SuiteOptions.parse(new String[0]);

    assertThat(options).isEqualTo(new SuiteOptions(Path.of("suites/demo-agent.yaml"), 0.8,
        Path.of("target/regression/TEST-regression-suite.xml"), Path.of("target/regression/regression-suite.json"),
        Duration.ofMinutes(30), false));
  }

  @Test
  void everyFlagTakesItsValueSeparatelyOrAfterAnEqualsSign() {
    SuiteOptions options = SuiteOptions.parse(new String[] {
        "--suite", "my.yaml", "--min-pass-rate=0.95", "--junit-xml=out/junit.xml", "--json", "out/r.json", "--timeout=90s"});

    assertThat(options).isEqualTo(new SuiteOptions(Path.of("my.yaml"), 0.95, Path.of("out/junit.xml"),
        Path.of("out/r.json"), Duration.ofSeconds(90), false));
  }

  @ParameterizedTest
  @CsvSource({"500ms, PT0.5S", "90s, PT1M30S", "20m, PT20M", "1.5h, PT1H30M", "PT45M, PT45M", "2M, PT2M"})
  void durations(String text, Duration expected) {
    assertThat(SuiteOptions.duration(text)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "--min-pass-rate|80|--min-pass-rate must be from 0 to 1 (0.8 means 80%), was '80'",
      "--min-pass-rate|high|--min-pass-rate must be a number from 0 to 1, was 'high'",
      "--min-pass-rate|NaN|--min-pass-rate must be from 0 to 1 (0.8 means 80%), was 'NaN'",
      "--timeout|0s|--timeout must be a positive duration such as 90s, 20m, 1h or PT20M, was '0s'",
      "--timeout|soon|--timeout must be a positive duration such as 90s, 20m, 1h or PT20M, was 'soon'",
      "--suite|' '|--suite needs a value",
      "--verbose|yes|Unknown argument '--verbose'"})
  void badFlagsAreRefusedWithAMessage(String flag, String value, String message) {
    assertThatThrownBy(() -> SuiteOptions.parse(new String[] {flag, value}))
        .isInstanceOf(UsageException.class)
        .hasMessage(message);
  }

  @Test
  void aFlagWithoutItsValueIsRefused() {
    assertThatThrownBy(() -> SuiteOptions.parse(new String[] {"--json"})).hasMessage("--json needs a value");
    assertThatThrownBy(() -> SuiteOptions.parse(new String[] {"extra"})).hasMessage("Unknown argument 'extra'");
  }

  @Test
  void theProgramExitsWithTwoOnABadFlagAndZeroForHelp() {
    ProgramRun bad = ProgramRun.regressionSuite(Map.of(), "--min-pass-rate", "1.5");
    ProgramRun help = ProgramRun.regressionSuite(Map.of(), "--help");

    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("--min-pass-rate must be from 0 to 1").contains("Run with --help");
    assertThat(bad.out()).isEmpty();
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).startsWith("Usage: RegressionSuite").contains("--timeout DURATION")
        .contains("Exit codes: 0 pass rate met, 1 below the minimum, 2 usage or suite-file error");
  }
}

package ai.sigmamind.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two goals as Maven calls them, on the embedded sandbox with the example suite (13 of 16 runs pass: 81.3%). */
class RunSuiteMojoTest {
  private static final File SUITE = new File("../samples/suites/demo-agent.yaml");

  @TempDir
  Path reports;

  private final ByteArrayOutputStream output = new ByteArrayOutputStream();

  @Test
  void belowTheThresholdTheReportsAreWrittenAndVerifyFailsTheBuild() throws Exception {
    runSuite(mojo -> {
      mojo.sandbox = "true";
      mojo.minPassRate = "0.9";
    });

    assertThat(reports.resolve("TEST-demo-agent.xml")).exists();
    assertThat(reports.resolve("demo-agent.html")).exists();
    assertThat(reports.resolve("summary.md")).exists();
    assertThat(output.toString(StandardCharsets.UTF_8)).contains("Refund request");
    assertThatThrownBy(this::verify).isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("SigmaMind suites did not pass (exit code 1")
        .hasMessageContaining("demo-agent: FAILED: pass rate 81.3% is below the minimum of 90.0%");
  }

  @Test
  void atOrAboveTheThresholdVerifyPasses() throws Exception {
    runSuite(mojo -> mojo.sandbox = "true");

    assertThat(SuiteResultFile.read(reports)).isEqualTo(new SuiteResultFile(0,
        "demo-agent: PASSED: pass rate 81.3% meets the minimum of 80.0%"));
    verify();
  }

  @Test
  void withoutSandboxOrKeyRunSuiteFailsNamingBothWaysAndAStaleResultCannotPass() throws Exception {
    new SuiteResultFile(0, "an earlier build").write(reports);

    assertThatThrownBy(() -> runSuite(mojo -> { })).isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("No target: set <sandbox>true</sandbox> (or -Dsigmamind.sandbox=true)")
        .hasMessageContaining("SIGMAMIND_API_KEY").hasMessageContaining("apiKeyEnv").hasMessageContaining("apiKeyFile");
    assertThatThrownBy(this::verify).isInstanceOf(MojoFailureException.class).hasMessageStartingWith("No SigmaMind result at");
  }

  @Test
  void sandboxWithAKeyIsRefusedWithoutShowingTheKey() {
    assertThatThrownBy(() -> runSuite(mojo -> {
      mojo.sandbox = "true";
      mojo.apiKey = "sk-secret-value";
    })).isInstanceOf(MojoFailureException.class).hasMessageContaining("cannot be combined")
        .message().doesNotContain("sk-secret-value");
  }

  @Test
  void aMisspelledPropertyIsAnErrorNamingTheNearestValidOneAndNothingRuns() {
    assertThatThrownBy(() -> runSuite(mojo -> {
      mojo.sandbox = "true";
      mojo.userProperties.setProperty("sigmamind.minPasRate", "0.5");
      mojo.userProperties.setProperty("sigmamind.recordBaseline", "true");
      mojo.userProperties.setProperty("maven.test.skip", "left alone");
    })).isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("Invalid SigmaMind settings for the Maven plugin: ")
        .hasMessageContaining("unknown setting sigmamind.minPasRate (did you mean sigmamind.minPassRate?)")
        .hasMessageContaining("sigmamind.recordBaseline is not read by the Maven plugin (only by the sigmamind tool)")
        .message().doesNotContain("maven.test.skip");
    assertThat(reports).isEmptyDirectory();
  }

  @Test
  void aValueThatDoesNotReadNamesTheParameter() {
    assertThatThrownBy(() -> runSuite(mojo -> {
      mojo.sandbox = "yes";
    })).isInstanceOf(MojoFailureException.class).hasMessage("sandbox must be true or false, was 'yes'");
    assertThatThrownBy(() -> runSuite(mojo -> {
      mojo.sandbox = "true";
      mojo.timeout = "500 ms";
    })).isInstanceOf(MojoFailureException.class).hasMessageStartingWith("timeout: '500 ms' is not a duration");
  }

  @Test
  void theSdkSettingsComeFromTheBuildsProperties() {
    assertThatThrownBy(() -> runSuite(mojo -> {
      mojo.apiKey = "sk-secret-value";
      mojo.baseUrl = "http://127.0.0.1:9";
      mojo.userProperties.setProperty("sigmamind.maxRetries", "many");
    })).isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("sigmamind.maxRetries / SIGMAMIND_MAX_RETRIES must be an integer, 0 or more but was 'many'")
        .message().doesNotContain("sk-secret-value");
  }

  @Test
  void skipRunsNothingAndVerifyAcceptsIt() throws Exception {
    runSuite(mojo -> mojo.skip = true);

    assertThat(reports).isEmptyDirectory();
    VerifyMojo verify = new VerifyMojo();
    verify.reportDirectory = reports.toFile();
    verify.skip = true;
    verify.execute();
  }

  private interface Configuration {
    void apply(RunSuiteMojo mojo);
  }

  private void runSuite(Configuration configuration) throws Exception {
    RunSuiteMojo mojo = new RunSuiteMojo();
    mojo.suites = List.of(SUITE);
    mojo.reportDirectory = reports.toFile();
    mojo.environment = Map.of();
    mojo.out = new PrintStream(output, true, StandardCharsets.UTF_8);
    configuration.apply(mojo);
    mojo.execute();
  }

  private void verify() throws Exception {
    VerifyMojo verify = new VerifyMojo();
    verify.reportDirectory = reports.toFile();
    verify.execute();
  }
}

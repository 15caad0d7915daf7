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
      mojo.userProperties.setProperty("maven.test.skip", "left alone");
    })).isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("Invalid SigmaMind settings for the Maven plugin: ")
        .hasMessageContaining("unknown setting sigmamind.minPasRate (did you mean sigmamind.minPassRate?)")
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

  @Test
  void everyProblemOfEveryBadSuiteFileFailsTheBuildTogetherBeforeAnyRequest() throws Exception {
    Path misspelled = Files.writeString(reports.resolve("misspelled.yaml"), "agentId: a1\ntestCases:\n"
        + "  - label: Greeting\n    userPrompt: You say hello.\n    successCritera: Agent greets back.\n");
    Path zero = Files.writeString(reports.resolve("zero.yaml"), "agentId: a1\ntestCases:\n"
        + "  - label: Refund\n    userPrompt: You want a refund.\n    successCriteria: Agent refunds.\n    attempt: 0\n");

    assertThatThrownBy(() -> runSuite(mojo -> {
      mojo.sandbox = "true";
      mojo.suites = List.of(misspelled.toFile(), SUITE, zero.toFile());
    })).isInstanceOf(MojoFailureException.class)
        .extracting(e -> e.getMessage().lines().toList()).asList().containsExactly(
            misspelled + ":3: test case 'Greeting': missing required field 'successCriteria'",
            misspelled + ":5: test case 'Greeting': unknown field 'successCritera' (expected one of label, userPrompt, "
                + "successCriteria, attempt, llmModel, mockData)",
            zero + ":6: test case 'Refund': 'attempt' must be a positive integer, found '0'");
    assertThat(output.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void theBaselineGateRecordsThenConfirmsACollapseAndVerifyFailsTheBuild(@TempDir Path suites) throws Exception {
    Path suite = Files.copy(SUITE.toPath(), suites.resolve("demo-agent.yaml"));
    Path baseline = suites.resolve("demo-agent.baseline.yaml");
    runSuite(mojo -> {
      mojo.suites = List.of(suite.toFile());
      mojo.sandbox = "true";
      mojo.recordBaseline = "true";
    });
    verify();
    assertThat(baseline).exists();
    runSuite(mojo -> {
      mojo.suites = List.of(suite.toFile());
      mojo.sandbox = "true";
      mojo.baseline = baseline.toString();
    });
    verify();
    // Billing question passed 3/3 and now fails every attempt: three attempts alone cannot show it.
    Files.writeString(suite, Files.readString(suite).replace("when it will be credited.", "when it will be credited. [sandbox:fail]"));

    runSuite(mojo -> {
      mojo.suites = List.of(suite.toFile());
      mojo.sandbox = "true";
      mojo.baseline = baseline.toString();
    });

    assertThat(output.toString(StandardCharsets.UTF_8))
        .contains("confirmation: 1 of 1 suspect case(s) re-run with 17 more attempts in one batch (budget 24)");
    assertThatThrownBy(this::verify).isInstanceOf(MojoFailureException.class)
        .hasMessageContaining("demo-agent: FAILED: pass rate 62.5% is below the minimum of 80.0%; 'Billing question'"
            + " regressed, confirmed by re-running it: 3/3 → 0/3, then 0/17 in 17 more attempts");
    assertThat(Files.readAllLines(suites.resolve("demo-agent.history.jsonl"))).hasSize(3);
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

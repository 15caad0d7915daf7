package ai.sigmamind.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestExecutionResult.Status;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** The engine run by the platform's test kit against the embedded sandbox, as a launcher would run it. */
class SigmaMindTestEngineTest {
  @SigmaMindSuite("suites/mixed.sigmamind.yaml")
  static final class MixedSuite {
  }

  @SigmaMindSuite("suites/missing.sigmamind.yaml")
  static final class MissingSuite {
  }

  @SigmaMindSuite({"invalid/misspelled.yaml", "invalid/zero-attempts.yaml", "suites/mixed.sigmamind.yaml"})
  static final class InvalidSuites {
  }

  @TempDir
  Path reports;

  private final ByteArrayOutputStream output = new ByteArrayOutputStream();

  @Test
  void belowTheThresholdFailedRunsFailWithTheRemarksAndTheSuiteFails() {
    EngineExecutionResults results = run(Map.of("sigmamind.sandbox", "true", "sigmamind.minPassRate", "0.8"),
        Map.of(), selectClass(MixedSuite.class));

    assertThat(names(results, Status.SUCCESSFUL)).containsExactly("Greeting, attempt 1", "Greeting, attempt 2",
        "Refund, attempt 1");
    assertThat(names(results, Status.FAILED)).containsExactly("Refund, attempt 2", "Verification, attempt 1");
    for (Event failed : events(results, Status.FAILED)) {
      Throwable thrown = result(failed).getThrowable().orElseThrow();
      assertThat(thrown).isInstanceOf(AssertionFailedError.class);
      assertThat(thrown.getMessage()).isNotBlank().doesNotContain("[sandbox:").doesNotStartWith("Failed, without remarks");
    }
    Event suite = container(results, "mixed");
    assertThat(result(suite).getStatus()).isEqualTo(Status.FAILED);
    assertThat(result(suite).getThrowable().orElseThrow()).hasMessageStartingWith("FAILED: pass rate 60.0%")
        .hasMessageContaining("80.0%");
    assertThat(Files.exists(reports.resolve("TEST-mixed.xml"))).isTrue();
    assertThat(Files.exists(reports.resolve("summary.md"))).isTrue();
  }

  @Test
  void aboveTheThresholdFailedRunsAreAbortedWithTheRemarksAndNothingFails() {
    EngineExecutionResults results = run(Map.of("sigmamind.sandbox", "true", "sigmamind.minPassRate", "0.5"),
        Map.of(), selectClass(MixedSuite.class));

    assertThat(names(results, Status.SUCCESSFUL)).hasSize(3);
    assertThat(names(results, Status.FAILED)).isEmpty();
    assertThat(names(results, Status.ABORTED)).containsExactly("Refund, attempt 2", "Verification, attempt 1");
    for (Event aborted : events(results, Status.ABORTED)) {
      assertThat(result(aborted).getThrowable().orElseThrow()).isInstanceOf(TestAbortedException.class)
          .hasMessageStartingWith("Failed, within the suite's threshold (PASSED: pass rate 60.0% meets the minimum of 50.0%): ");
    }
    assertThat(result(container(results, "mixed")).getStatus()).isEqualTo(Status.SUCCESSFUL);
    assertThat(results.containerEvents().failed().count()).isZero();
  }

  @Test
  void everyRunIsATestGroupedPerTestCaseWithItsTranscript() {
    EngineExecutionResults results = run(Map.of("sigmamind.sandbox", "true"), Map.of(), selectClass(MixedSuite.class));

    assertThat(results.testEvents().started().count()).isEqualTo(5);
    assertThat(results.containerEvents().started().stream().map(event -> event.getTestDescriptor().getDisplayName()))
        .containsExactly("SigmaMind", "mixed", "Greeting", "Refund", "Verification");
    Event greeting = results.testEvents().finished().stream().findFirst().orElseThrow();
    assertThat(greeting.getTestDescriptor().getParent().orElseThrow().getDisplayName()).isEqualTo("Greeting");
    List<String> transcripts = results.testEvents().reportingEntryPublished().stream()
        .map(event -> event.getRequiredPayload(ReportEntry.class).getKeyValuePairs().get("transcript")).toList();
    assertThat(transcripts).hasSize(5).allSatisfy(transcript -> assertThat(transcript).contains("user: "));
    String log = output.toString(StandardCharsets.UTF_8);
    assertThat(log).contains("SigmaMind: target embedded sandbox at http://127.0.0.1:");
    assertThat(log.lines().filter(line -> line.startsWith("jobId: ")).count())
        .as("only the two failed runs' transcripts are printed into the log").isEqualTo(2);
    assertThat(transcripts.stream().filter(log::contains).count()).isEqualTo(2);
    assertThat(results.containerEvents().reportingEntryPublished().stream()
        .map(event -> event.getRequiredPayload(ReportEntry.class).getKeyValuePairs()))
        .anySatisfy(entry -> assertThat(entry.get("sigmamind.target")).startsWith("embedded sandbox at"));
  }

  @ParameterizedTest
  @CsvSource({"all, 5", "ALL, 5", "none, 0", "failed, 2"})
  void theTranscriptsSettingSaysWhichTranscriptsArePrinted(String transcripts, int printed) {
    EngineExecutionResults results = run(Map.of("sigmamind.sandbox", "true", "sigmamind.transcripts", transcripts),
        Map.of(), selectClass(MixedSuite.class));

    String log = output.toString(StandardCharsets.UTF_8);
    assertThat(log.lines().filter(line -> line.startsWith("jobId: ")).count()).isEqualTo(printed);
    assertThat(results.testEvents().reportingEntryPublished().stream()
        .map(event -> event.getRequiredPayload(ReportEntry.class).getKeyValuePairs().get("transcript")))
        .as("the report entries hold every transcript whatever is printed").hasSize(5);
  }

  @Test
  void anUnknownTranscriptsValueIsAnErrorNamingTheChoices() {
    EngineExecutionResults results = run(Map.of("sigmamind.sandbox", "true", "sigmamind.transcripts", "passed"),
        Map.of(), selectClass(MixedSuite.class));

    assertThat(results.testEvents().started().count()).isZero();
    assertThat(result(container(results, "SigmaMind")).getThrowable().orElseThrow())
        .hasMessage("sigmamind.transcripts must be failed, all or none, was 'passed'");
  }

  @Test
  void anUnjudgedRunIsAbortedWithTheReasonAndTheIncompleteSuiteFails() {
    EngineExecutionResults results = run(Map.of("sigmamind.sandbox", "true", "sigmamind.timeout", "PT0.001S"),
        Map.of(), selectClass(MixedSuite.class));

    assertThat(events(results, Status.ABORTED)).isNotEmpty().anySatisfy(event ->
        assertThat(result(event).getThrowable().orElseThrow()).hasMessageStartingWith("Not judged: "));
    assertThat(result(container(results, "mixed")).getThrowable().orElseThrow()).hasMessageStartingWith("INCOMPLETE: ");
  }

  @Test
  void withoutSandboxOrKeyTheEngineFailsNamingBothWays() {
    EngineExecutionResults results = run(Map.of(), Map.of(), selectClass(MixedSuite.class));

    assertThat(results.testEvents().started().count()).isZero();
    Event engine = container(results, "SigmaMind");
    assertThat(result(engine).getThrowable().orElseThrow().getMessage())
        .startsWith("No target: set the configuration parameter sigmamind.sandbox=true")
        .contains("sigmamind.apiKey", "SIGMAMIND_API_KEY", "sigmamind.apiKeyEnv", "sigmamind.apiKeyFile");
  }

  @Test
  void aMisspelledKeyIsAnErrorNamingTheNearestValidOneBeforeAnythingRuns() {
    EngineExecutionResults results = run(Map.of("sigmamind.sandbox", "true", "sigmamind.maxRetires", "0",
        "sigmamind.minPasRate", "0.5", "junit.jupiter.other", "left alone"), Map.of(), selectClass(MixedSuite.class));

    assertThat(results.testEvents().started().count()).isZero();
    assertThat(result(container(results, "SigmaMind")).getThrowable().orElseThrow().getMessage())
        .startsWith("Invalid SigmaMind settings for the JUnit engine: ")
        .contains("unknown setting sigmamind.maxRetires (did you mean sigmamind.maxRetries?)",
            "unknown setting sigmamind.minPasRate (did you mean sigmamind.minPassRate?)")
        .doesNotContain("junit.jupiter");
  }

  @Test
  void theSdkSettingsAreReadFromTheEnginesConfigurationParameters() {
    Event engine = container(run(Map.of("sigmamind.apiKey", "sk-secret-value", "sigmamind.baseUrl", "http://127.0.0.1:9",
        "sigmamind.overallTimeout", "soon"), Map.of(), selectClass(MixedSuite.class)), "SigmaMind");

    assertThat(result(engine).getThrowable().orElseThrow().getMessage())
        .contains("sigmamind.overallTimeout / SIGMAMIND_OVERALL_TIMEOUT must be a duration", "but was 'soon'")
        .doesNotContain("sk-secret-value");
  }

  @Test
  void aKeyFromANamedVariableThatIsUnsetIsAnErrorAndSandboxWithAKeyIsRefused() {
    Event unset = container(run(Map.of("sigmamind.apiKeyEnv", "TEAM_KEY"), Map.of(), selectClass(MixedSuite.class)),
        "SigmaMind");
    assertThat(result(unset).getThrowable().orElseThrow())
        .hasMessage("No API key in the environment variable TEAM_KEY (named by sigmamind.apiKeyEnv): it is unset or empty");

    Event both = container(run(Map.of("sigmamind.sandbox", "true"), Map.of("SIGMAMIND_API_KEY", ""),
        selectClass(MixedSuite.class)), "SigmaMind");
    assertThat(result(both).getStatus()).isEqualTo(Status.SUCCESSFUL);

    Event conflict = container(run(Map.of("sigmamind.sandbox", "true", "sigmamind.apiKey", "sk-secret-value"), Map.of(),
        selectClass(MixedSuite.class)), "SigmaMind");
    assertThat(result(conflict).getThrowable().orElseThrow().getMessage())
        .contains("cannot be combined").doesNotContain("sk-secret-value");
  }

  @Test
  void classpathRootsFindTheSuiteFilesAndAUniqueIdSelectsOneTestCase() {
    Path root = Path.of("target/test-classes").toAbsolutePath();
    EngineExecutionResults all = run(Map.of("sigmamind.sandbox", "true", "sigmamind.minPassRate", "0"), Map.of(),
        selectClasspathRoots(Set.of(root)).get(0));
    assertThat(all.testEvents().started().count()).isEqualTo(5);

    String suiteFile = root.resolve("suites/mixed.sigmamind.yaml").toString();
    EngineExecutionResults one = run(Map.of("sigmamind.sandbox", "true"), Map.of(), selectUniqueId(
        UniqueId.forEngine("sigmamind").append("suite", suiteFile).append("case", "Refund")));
    assertThat(one.testEvents().started().stream().map(event -> event.getTestDescriptor().getDisplayName()))
        .containsExactly("Refund, attempt 1", "Refund, attempt 2");
  }

  @Test
  void aMissingSuiteFileIsAnErrorNamingIt() {
    EngineExecutionResults results = run(Map.of("sigmamind.sandbox", "true"), Map.of(), selectClass(MissingSuite.class));

    assertThat(results.testEvents().started().count()).isZero();
    assertThat(result(container(results, "SigmaMind")).getThrowable().orElseThrow()).hasMessage(MissingSuite.class.getName() + " names the suite file 'suites/missing.sigmamind.yaml', which is "
            + "neither a classpath resource nor a file relative to " + Path.of("").toAbsolutePath());
  }

  @Test
  void everyProblemOfEverySuiteFileFailsTheEngineTogetherBeforeAnyRun() {
    EngineExecutionResults results = run(Map.of("sigmamind.sandbox", "true"), Map.of(), selectClass(InvalidSuites.class));

    assertThat(results.testEvents().started().count()).isZero();
    String message = result(container(results, "SigmaMind")).getThrowable().orElseThrow().getMessage();
    assertThat(message.lines()).hasSize(3).satisfiesExactly(
        line -> assertThat(line).endsWith("misspelled.yaml:4: test case 'Greeting': missing required field 'successCriteria'"),
        line -> assertThat(line).endsWith("misspelled.yaml:6: test case 'Greeting': unknown field 'successCritera' "
            + "(expected one of label, userPrompt, successCriteria, attempt, llmModel, mockData)"),
        line -> assertThat(line).endsWith("zero-attempts.yaml:7: test case 'Refund': 'attempt' must be a positive integer, "
            + "found '0'"));
  }

  @Test
  void aUniqueIdNamingATestCaseTheFileNoLongerHasFailsInsteadOfRunningNothing() {
    String suiteFile = Path.of("target/test-classes/suites/mixed.sigmamind.yaml").toAbsolutePath().toString();
    EngineExecutionResults results = run(Map.of("sigmamind.sandbox", "true"), Map.of(), selectUniqueId(
        UniqueId.forEngine("sigmamind").append("suite", suiteFile).append("case", "Removed long ago")));

    assertThat(results.testEvents().started().count()).isZero();
    assertThat(result(container(results, "SigmaMind")).getThrowable().orElseThrow().getMessage())
        .startsWith("The suite mixed has none of the test cases or runs selected ([engine:sigmamind]/[suite:")
        .endsWith("rerun the whole suite");
  }

  @Test
  void theBaselineGateRecordsThenConfirmsACollapseAndFailsTheSuite(@TempDir Path suites) throws Exception {
    Path suite = Files.copy(Path.of("../samples/suites/demo-agent.yaml"), suites.resolve("demo-agent.sigmamind.yaml"));
    String baseline = suites.resolve("demo-agent.sigmamind.baseline.yaml").toString();
    EngineExecutionResults recording = run(Map.of("sigmamind.sandbox", "true", "sigmamind.recordBaseline", "true"),
        Map.of(), selectFile(suite.toFile()));
    assertThat(result(container(recording, "demo-agent")).getStatus()).isEqualTo(Status.SUCCESSFUL);
    EngineExecutionResults unchanged = run(Map.of("sigmamind.sandbox", "true", "sigmamind.baseline", baseline),
        Map.of(), selectFile(suite.toFile()));
    assertThat(result(container(unchanged, "demo-agent")).getStatus()).isEqualTo(Status.SUCCESSFUL);
    // Billing question passed 3/3 and now fails every attempt: three attempts alone cannot show it.
    Files.writeString(suite, Files.readString(suite).replace("when it will be credited.", "when it will be credited. [sandbox:fail]"));

    EngineExecutionResults collapsed = run(Map.of("sigmamind.sandbox", "true", "sigmamind.baseline", baseline),
        Map.of(), selectFile(suite.toFile()));

    assertThat(output.toString(StandardCharsets.UTF_8))
        .contains("confirmation: 1 of 1 suspect case(s) re-run with 17 more attempts in one batch (budget 24)")
        .contains("SigmaMind: Added the run to the history: " + suites.resolve("demo-agent.sigmamind.history.jsonl"));
    assertThat(result(container(collapsed, "demo-agent")).getThrowable().orElseThrow())
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageStartingWith("FAILED: pass rate 62.5% is below the minimum of 80.0%; 'Billing question' regressed,"
            + " confirmed by re-running it: 3/3 → 0/3, then 0/17 in 17 more attempts");
  }

  private EngineExecutionResults run(Map<String, String> parameters, Map<String, String> environment,
      DiscoverySelector selector) {
    PrintStream out = new PrintStream(output, true, StandardCharsets.UTF_8);
    return EngineTestKit.engine(new SigmaMindTestEngine(environment, () -> out, Clock.systemUTC()))
        .configurationParameter("sigmamind.reportDir", reports.toString())
        .configurationParameters(parameters)
        .selectors(selector)
        .execute();
  }

  private static List<Event> events(EngineExecutionResults results, Status status) {
    return results.testEvents().finished().stream().filter(event -> result(event).getStatus() == status).toList();
  }

  private static List<String> names(EngineExecutionResults results, Status status) {
    return events(results, status).stream().map(event -> event.getTestDescriptor().getDisplayName()).toList();
  }

  private static Event container(EngineExecutionResults results, String name) {
    return results.allEvents().stream()
        .filter(event -> event.getType() == EventType.FINISHED)
        .filter(event -> event.getTestDescriptor().getDisplayName().equalsIgnoreCase(name)
            || event.getTestDescriptor().getUniqueId().toString().equals("[engine:" + name + "]"))
        .findFirst().orElseThrow(() -> new AssertionError("no finished event for " + name + ": " + results.allEvents().list()));
  }

  private static TestExecutionResult result(Event event) {
    return event.getRequiredPayload(TestExecutionResult.class);
  }
}

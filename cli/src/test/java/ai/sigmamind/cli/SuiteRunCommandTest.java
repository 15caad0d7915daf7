package ai.sigmamind.cli;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.sandbox.SandboxBaseUrl;
import ai.sigmamind.sandbox.SandboxExtension;
import ai.sigmamind.sandbox.SigmaMindSandbox;
import ai.sigmamind.sdk.SigmaMindClient;
import ai.sigmamind.sdk.models.TestRun;
import ai.sigmamind.suite.Target;
import com.squareup.moshi.Moshi;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * {@code sigmamind suite run} end to end, on a sandbox configured like the embedded one but
 * completing runs at once and standing in for the real API: the shipped example suite, its table,
 * its reports, the gate and the exit codes.
 */
class SuiteRunCommandTest {
  // Known agents only: standing in for the API, it answers 404 for an agent it does not know.
  @RegisterExtension
  static final SandboxExtension SANDBOX = new SandboxExtension(
      Target.sandboxConfiguration().pace(Duration.ZERO).knownAgentsOnly(true));

  static final Path EXAMPLE_SUITE = Path.of("..", "samples", "suites", "demo-agent.yaml");
  /** One run that completes at once, two that never do. */
  static final String STUCK_SUITE = """
      agentId: mJzLaPEo425lieb9
      testCases:
        - label: Quick answer
          userPrompt: You are a customer who wants to know the opening hours.
          successCriteria: Agent gives the opening hours.
        - label: Never ends
          userPrompt: You are a customer who wants to talk forever. [sandbox:stuck]
          successCriteria: Agent ends the call politely.
          attempt: 2
      """;

  @TempDir
  Path directory;

  private Path reports;
  private Path suite;

  @BeforeEach
  void copyTheExampleSuite() throws IOException {
    reports = directory.resolve("reports");
    // A copy, so the lock file written beside it stays out of the repository.
    suite = Files.copy(EXAMPLE_SUITE, directory.resolve("demo-agent.yaml"));
  }

  @Test
  void exampleSuitePassesTheDefaultThresholdAndReportsEveryVerdictNamingTheTarget(@SandboxBaseUrl String baseUrl)
      throws Exception {
    ProgramRun run = run(baseUrl);

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("Target: SigmaMind API at " + baseUrl)
        .contains("synced test cases: 5 created, 0 updated, 0 unchanged")
        .contains("16/16 runs judged (13 passed, 3 failed)")
        .containsPattern("Suite demo-agent, agent mJzLaPEo425lieb9, batch batch_\\w+, on the SigmaMind API at ")
        .containsPattern("TEST CASE\\s+ATTEMPTS\\s+PASSED\\s+FAILED\\s+PASS RATE")
        .containsPattern("Cancellation flow\\s+5\\s+5\\s+0\\s+100\\.0%")
        .containsPattern("Refund request\\s+4\\s+2\\s+2\\s+50\\.0%")
        .containsPattern("Billing question\\s+3\\s+3\\s+0\\s+100\\.0%")
        .containsPattern("Angry customer\\s+3\\s+3\\s+0\\s+100\\.0%")
        .containsPattern("Email change without verification\\s+1\\s+0\\s+1\\s+0\\.0%")
        .containsPattern("TOTAL\\s+16\\s+13\\s+3\\s+81\\.3%")
        .contains("Wrote 4 reports to " + reports + ": TEST-demo-agent.xml, demo-agent.json, demo-agent.html, summary.md")
        .endsWith("PASSED: pass rate 81.3% meets the minimum of 80.0%" + System.lineSeparator());

    Map<String, Object> json = readJson(reports.resolve("demo-agent.json"));
    List<TestRun> verdicts = sandboxRuns(baseUrl, (String) json.get("batchId"));
    List<TestRun> failed = verdicts.stream().filter(verdict -> Boolean.FALSE.equals(verdict.successful())).toList();
    assertThat(verdicts).hasSize(16);
    assertThat(failed).hasSize(3);
    for (TestRun failure : failed) {
      assertThat(run.out()).contains("(" + failure.jobId() + "): " + failure.remarks());
    }

    Element xml = parseXml(reports.resolve("TEST-demo-agent.xml")).getDocumentElement();
    assertThat(xml.getAttribute("name")).isEqualTo("demo-agent");
    assertThat(xml.getAttribute("tests")).isEqualTo("16");
    assertThat(xml.getAttribute("failures")).isEqualTo("3");
    assertThat(xml.getAttribute("errors")).isEqualTo("0");
    assertThat(properties(xml)).containsEntry("target", "api").containsEntry("targetDescription", "SigmaMind API at " + baseUrl)
        .containsEntry("gate.pass-rate", "passed: pass rate 81.3% meets the minimum of 80.0%");
    NodeList failures = xml.getElementsByTagName("failure");
    List<String> failedNames = new ArrayList<>();
    for (int i = 0; i < failures.getLength(); i++) {
      Element failure = (Element) failures.item(i);
      TestRun expected = failed.get(i);
      assertThat(failure.getAttribute("message")).isEqualTo(expected.remarks());
      assertThat(failure.getTextContent()).isEqualTo(expected.conversation().stream()
          .map(message -> message.role().value() + ": " + message.content()).collect(Collectors.joining("\n")));
      failedNames.add(((Element) failure.getParentNode()).getAttribute("name"));
    }
    assertThat(failedNames).containsExactly(
        "Refund request, attempt 2", "Refund request, attempt 4", "Email change without verification, attempt 1");

    assertThat(json).containsEntry("verdict", "PASSED").containsEntry("exitCode", 0.0).containsEntry("target", "api")
        .containsEntry("passRate", 13 / 16.0).containsEntry("incomplete", null);
    assertThat(json.get("gates")).isEqualTo(List.of(Map.of("gate", "pass-rate", "passed", true,
        "message", "pass rate 81.3% meets the minimum of 80.0%")));
    assertThat(json.get("totals")).isEqualTo(Map.of("attempts", 16.0, "passed", 13.0, "failed", 3.0, "pending", 0.0));
    assertThat(json.get("sync")).isEqualTo(Map.of("created", 5.0, "updated", 0.0, "unchanged", 0.0));
    List<?> runs = (List<?>) json.get("runs");
    assertThat(runs.stream().map(entry -> (Object) ((Map<?, ?>) entry).get("jobId")).toList())
        .isEqualTo(verdicts.stream().map(TestRun::jobId).toList());

    assertThat(reports.resolve("demo-agent.html")).content().contains("SigmaMind API at " + baseUrl);
    assertThat(reports.resolve("summary.md")).content()
        .startsWith("## sigmamind suite run: PASSED\n\nTarget: **SigmaMind API at " + baseUrl + "**\n")
        .contains("| demo-agent | `mJzLaPEo425lieb9` | `" + json.get("batchId") + "` | 16 | 13 | 3 | 0 | 81.3% | PASSED: ");
    assertThat(directory.resolve("demo-agent.lock.json")).content().contains("\"Refund request\": \"tc_");
  }

  @Test
  void theReadmesFirstCommandRunsOnTheEmbeddedSandboxAndSaysSoEverywhere() throws Exception {
    ProgramRun run = ProgramRun.sigmamind(Map.of(), "suite", "run", "--sandbox", EXAMPLE_SUITE.toString(),
        "--report-dir", reports.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("Target: embedded sandbox at http://127.0.0.1:")
        .containsPattern("TOTAL\\s+16\\s+13\\s+3\\s+81\\.3%")
        .containsPattern("Refund request, attempt 2 \\(job_\\w+\\): The agent did not meet the success criteria")
        .endsWith("PASSED: pass rate 81.3% meets the minimum of 80.0%" + System.lineSeparator());
    assertThat(readJson(reports.resolve("demo-agent.json"))).containsEntry("target", "sandbox");
    assertThat(properties(parseXml(reports.resolve("TEST-demo-agent.xml")).getDocumentElement()))
        .containsEntry("target", "sandbox");
    assertThat(reports.resolve("demo-agent.html")).content().contains("embedded sandbox at http://127.0.0.1:");
    assertThat(reports.resolve("summary.md")).content().contains("Target: **embedded sandbox at http://127.0.0.1:");
    assertThat(ai.sigmamind.suite.LockFile.beside(EXAMPLE_SUITE)).doesNotExist();
  }

  @Test
  void passRateUnderTheMinimumExitsWithOneAndStillWritesTheReports(@SandboxBaseUrl String baseUrl) throws Exception {
    ProgramRun run = run(baseUrl, "--min-pass-rate", "0.9");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).containsPattern("TOTAL\\s+16\\s+13\\s+3\\s+81\\.3%")
        .contains("FAILED: pass rate 81.3% is below the minimum of 90.0%");
    assertThat(run.err()).isEmpty();
    assertThat(readJson(reports.resolve("demo-agent.json"))).containsEntry("verdict", "FAILED").containsEntry("exitCode", 1.0);
  }

  @Test
  void aBatchThatOutlivesTheTimeoutIsReportedWithItsUnjudgedRunsAndExitsWithThree(@SandboxBaseUrl String baseUrl)
      throws Exception {
    Path stuck = Files.writeString(directory.resolve("stuck.yaml"), STUCK_SUITE);

    ProgramRun run = ProgramRun.sigmamind(ProgramRun.apiAt(baseUrl), "suite", "run", stuck.toString(),
        "--report-dir", reports.toString(), "--timeout", "200ms");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out()).containsPattern("Never ends\\s+2\\s+0\\s+0\\s+n/a").contains("2 run(s) not judged yet")
        .contains("INCOMPLETE: Batch ").contains("1/3 runs judged");
    Element xml = parseXml(reports.resolve("TEST-stuck.xml")).getDocumentElement();
    assertThat(xml.getAttribute("tests")).isEqualTo("3");
    assertThat(xml.getAttribute("errors")).isEqualTo("2");
    assertThat(readJson(reports.resolve("stuck.json"))).containsEntry("verdict", "INCOMPLETE");
  }

  @Test
  void anApiErrorExitsWithThreeAndLeavesNoStaleReport(@SandboxBaseUrl String baseUrl) throws IOException {
    Path unknown = Files.writeString(directory.resolve("unknown-agent.yaml"), """
        agentId: agent_doesNotExist
        testCases:
          - label: Anything
            userPrompt: You are a customer.
            successCriteria: Agent helps.
        """);

    Files.createDirectories(reports);
    Files.writeString(reports.resolve("TEST-unknown-agent.xml"), "<testsuite tests=\"1\" failures=\"0\"/>");

    ProgramRun run = ProgramRun.sigmamind(ProgramRun.apiAt(baseUrl), "suite", "run", unknown.toString(),
        "--report-dir", reports.toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).startsWith("unknown-agent: API error: 404 Not Found on ").contains("agent_doesNotExist");
    assertThat(run.out()).contains("Wrote 1 report to " + reports + ": summary.md" + System.lineSeparator());
    assertThat(reports.resolve("TEST-unknown-agent.xml")).as("an earlier run's report").doesNotExist();
    assertThat(reports.resolve("summary.md")).content().startsWith("## sigmamind suite run: INCOMPLETE\n\n"
        + "- Could not run: unknown-agent: API error: 404 Not Found");
  }

  @Test
  void invalidSuiteFilesAreAUsageErrorListingEveryProblemOfEachBeforeAnyRun() throws IOException {
    Path bad = Files.writeString(directory.resolve("bad.yaml"), "agentId: a1\ntestCases:\n"
        + "  - label: Angry customer\n    userPrompt: You are furious.\n    successCriteria: Calm.\n    attempt: -1\n");
    Path worse = Files.writeString(directory.resolve("worse.yaml"), "testCases:\n  - label: Calm customer\n");

    ProgramRun run = ProgramRun.sigmamind(Map.of(), "suite", "run", "--sandbox", bad.toString(), worse.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err().lines()).containsExactly(
        bad + ":6: test case 'Angry customer': 'attempt' must be a positive integer, found '-1'",
        worse + ":1: missing required field 'agentId'",
        worse + ":2: test case 'Calm customer': missing required field 'userPrompt'",
        worse + ":2: test case 'Calm customer': missing required field 'successCriteria'");
    assertThat(run.out()).isEmpty();
  }

  private ProgramRun run(String baseUrl, String... extraArgs) {
    List<String> args = new ArrayList<>(List.of("suite", "run", suite.toString(), "--report-dir", reports.toString()));
    args.addAll(List.of(extraArgs));
    return ProgramRun.sigmamind(ProgramRun.apiAt(baseUrl), args.toArray(new String[0]));
  }

  private static List<TestRun> sandboxRuns(String baseUrl, String batchId) {
    try (SigmaMindClient client = SigmaMindClient.builder().apiKey(SigmaMindSandbox.SEED_API_KEY).baseUrl(baseUrl).build()) {
      return client.agent("mJzLaPEo425lieb9").testRuns(batchId).listAll().stream().toList();
    }
  }

  static Map<String, String> properties(Element suite) {
    NodeList properties = suite.getElementsByTagName("property");
    Map<String, String> values = new java.util.HashMap<>();
    for (int i = 0; i < properties.getLength(); i++) {
      Element property = (Element) properties.item(i);
      values.put(property.getAttribute("name"), property.getAttribute("value"));
    }
    return values;
  }

  @SuppressWarnings("unchecked")
  static Map<String, Object> readJson(Path file) throws IOException {
    return (Map<String, Object>) new Moshi.Builder().build().adapter(Object.class).fromJson(Files.readString(file));
  }

  static Document parseXml(Path file) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(file.toFile());
  }
}

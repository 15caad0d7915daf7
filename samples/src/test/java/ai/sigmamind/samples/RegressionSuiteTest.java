package ai.sigmamind.samples;

import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.sandbox.SandboxBaseUrl;
import ai.sigmamind.sandbox.SandboxExtension;
import ai.sigmamind.sandbox.SigmaMindSandbox;
import ai.sigmamind.sdk.SigmaMindClient;
import ai.sigmamind.sdk.models.TestRun;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The regression suite end to end on a sandbox configured like the embedded one but completing
 * runs at once: the shipped example suite, its table, JUnit XML, JSON and exit code.
 */
class RegressionSuiteTest {
  @RegisterExtension
  static final SandboxExtension SANDBOX = new SandboxExtension(RegressionSuite.sandboxConfiguration().pace(Duration.ZERO));

  private static final Path EXAMPLE_SUITE = Path.of("suites", "demo-agent.yaml");

  @TempDir
  Path output;

  @Test
  void exampleSuitePassesTheDefaultThresholdAndReportsEveryVerdict(@SandboxBaseUrl String baseUrl) throws Exception {
    ProgramRun run = runExample(baseUrl);

    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).isEmpty();
    assertThat(run.out())
        .contains("Synced test cases: 5 created, 0 updated, 0 unchanged")
        .contains("16/16 runs judged (13 passed, 3 failed)")
        .containsPattern("TEST CASE\\s+ATTEMPTS\\s+PASSED\\s+FAILED\\s+PASS RATE")
        .containsPattern("Cancellation flow\\s+5\\s+5\\s+0\\s+100\\.0%")
        .containsPattern("Refund request\\s+4\\s+2\\s+2\\s+50\\.0%")
        .containsPattern("Billing question\\s+3\\s+3\\s+0\\s+100\\.0%")
        .containsPattern("Angry customer\\s+3\\s+3\\s+0\\s+100\\.0%")
        .containsPattern("Email change without verification\\s+1\\s+0\\s+1\\s+0\\.0%")
        .containsPattern("TOTAL\\s+16\\s+13\\s+3\\s+81\\.3%")
        .contains("PASSED: pass rate 81.3% meets the minimum of 80.0%");

    Map<String, Object> json = readJson(output.resolve("result.json"));
    List<TestRun> verdicts = sandboxRuns(baseUrl, (String) json.get("batchId"));
    List<TestRun> failed = verdicts.stream().filter(verdict -> Boolean.FALSE.equals(verdict.successful())).toList();
    assertThat(verdicts).hasSize(16);
    assertThat(failed).hasSize(3);
    for (TestRun failure : failed) {
      assertThat(run.out()).contains("(" + failure.jobId() + "): " + failure.remarks());
    }

    Element suite = parseXml(output.resolve("junit.xml")).getDocumentElement();
    assertThat(suite.getTagName()).isEqualTo("testsuite");
    assertThat(suite.getAttribute("name")).isEqualTo("demo-agent");
    assertThat(suite.getAttribute("tests")).isEqualTo(String.valueOf(verdicts.size()));
    assertThat(suite.getAttribute("failures")).isEqualTo(String.valueOf(failed.size()));
    assertThat(suite.getAttribute("errors")).isEqualTo("0");
    assertThat(suite.getElementsByTagName("testcase").getLength()).isEqualTo(verdicts.size());
    NodeList failures = suite.getElementsByTagName("failure");
    assertThat(failures.getLength()).isEqualTo(failed.size());
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

    assertThat(json).containsEntry("verdict", "PASSED").containsEntry("exitCode", 0.0)
        .containsEntry("passRate", 13 / 16.0).containsEntry("minPassRate", 0.8).containsEntry("timeout", null);
    assertThat(json.get("totals")).isEqualTo(Map.of("attempts", 16.0, "passed", 13.0, "failed", 3.0, "pending", 0.0));
    assertThat(json.get("sync")).isEqualTo(Map.of("created", 5.0, "updated", 0.0, "unchanged", 0.0));
    assertThat((List<?>) json.get("testCases")).hasSize(5);
    List<?> runs = (List<?>) json.get("runs");
    assertThat(runs).hasSize(16);
    List<Object> jobIds = runs.stream().map(entry -> (Object) ((Map<?, ?>) entry).get("jobId")).toList();
    assertThat(jobIds)
        .containsExactlyElementsOf(verdicts.stream().map(TestRun::jobId).toList());
  }

  @Test
  void passRateUnderTheMinimumExitsWithOneAndStillWritesTheResults(@SandboxBaseUrl String baseUrl) throws Exception {
    ProgramRun run = runExample(baseUrl, "--min-pass-rate", "0.9");

    assertThat(run.exitCode()).isEqualTo(1);
    assertThat(run.out()).containsPattern("TOTAL\\s+16\\s+13\\s+3\\s+81\\.3%");
    assertThat(run.out()).contains("FAILED: pass rate 81.3% is below the minimum of 90.0%");
    assertThat(run.err()).isEmpty();
    assertThat(readJson(output.resolve("result.json"))).containsEntry("verdict", "BELOW_THRESHOLD").containsEntry("exitCode", 1.0);
    assertThat(parseXml(output.resolve("junit.xml")).getDocumentElement().getAttribute("failures")).isEqualTo("3");
  }

  @Test
  void aBatchThatOutlivesTheTimeoutIsReportedWithItsUnjudgedRunsAndExitsWithThree(@SandboxBaseUrl String baseUrl)
      throws Exception {
    Path suite = Files.writeString(output.resolve("stuck.yaml"), """
        agentId: mJzLaPEo425lieb9
        testCases:
          - label: Quick answer
            userPrompt: You are a customer who wants to know the opening hours.
            successCriteria: Agent gives the opening hours.
          - label: Never ends
            userPrompt: You are a customer who wants to talk forever. [sandbox:stuck]
            successCriteria: Agent ends the call politely.
            attempt: 2
        """);

    ProgramRun run = ProgramRun.regressionSuite(ProgramRun.apiAt(baseUrl), "--suite", suite.toString(),
        "--junit-xml", output.resolve("junit.xml").toString(), "--json", output.resolve("result.json").toString(),
        "--timeout", "200ms");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.out()).containsPattern("Never ends\\s+2\\s+0\\s+0\\s+n/a").contains("2 run(s) not judged yet");
    assertThat(run.out()).contains("INCOMPLETE: Batch ").contains("1/3 runs judged");
    Element xml = parseXml(output.resolve("junit.xml")).getDocumentElement();
    assertThat(xml.getAttribute("tests")).isEqualTo("3");
    assertThat(xml.getAttribute("errors")).isEqualTo("2");
    assertThat(readJson(output.resolve("result.json"))).containsEntry("verdict", "INCOMPLETE");
  }

  @Test
  void anApiErrorExitsWithThree(@SandboxBaseUrl String baseUrl) throws IOException {
    Path suite = Files.writeString(output.resolve("unknown-agent.yaml"), """
        agentId: agent_doesNotExist
        testCases:
          - label: Anything
            userPrompt: You are a customer.
            successCriteria: Agent helps.
        """);

    ProgramRun run = ProgramRun.regressionSuite(ProgramRun.apiAt(baseUrl), "--suite", suite.toString(),
        "--junit-xml", output.resolve("junit.xml").toString(), "--json", output.resolve("result.json").toString());

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).startsWith("API error: 404 Not Found on ").contains("agent_doesNotExist");
    assertThat(output.resolve("junit.xml")).doesNotExist();
  }

  /** No flags, no API key: the shipped suite on the embedded sandbox, as the one-line command runs it. */
  @Test
  void theDefaultRunPassesOnTheEmbeddedSandboxAndShowsItsFailures() {
    ProgramRun run = ProgramRun.regressionSuite(Map.of());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("on an embedded sandbox at http://127.0.0.1:")
        .containsPattern("TOTAL\\s+16\\s+13\\s+3\\s+81\\.3%")
        .containsPattern("Refund request, attempt 2 \\(job_\\w+\\): The agent did not meet the success criteria")
        .contains("Wrote target/regression/TEST-regression-suite.xml and target/regression/regression-suite.json")
        .contains("PASSED");
    assertThat(Path.of("target", "regression", "TEST-regression-suite.xml")).isRegularFile();
  }

  private ProgramRun runExample(String baseUrl, String... extraArgs) {
    String[] args = {"--suite", EXAMPLE_SUITE.toString(), "--junit-xml", output.resolve("junit.xml").toString(),
        "--json", output.resolve("result.json").toString()};
    String[] all = new String[args.length + extraArgs.length];
    System.arraycopy(args, 0, all, 0, args.length);
    System.arraycopy(extraArgs, 0, all, args.length, extraArgs.length);
    return ProgramRun.regressionSuite(ProgramRun.apiAt(baseUrl), all);
  }

  private static List<TestRun> sandboxRuns(String baseUrl, String batchId) {
    try (SigmaMindClient client = SigmaMindClient.builder().apiKey(SigmaMindSandbox.SEED_API_KEY).baseUrl(baseUrl).build()) {
      return client.agent("mJzLaPEo425lieb9").testRuns(batchId).listAll().stream().toList();
    }
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

package ai.sigmamind.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.sigmamind.sandbox.SandboxBaseUrl;
import ai.sigmamind.sandbox.SandboxExtension;
import ai.sigmamind.sandbox.SigmaMindSandbox;
import ai.sigmamind.sandbox.WireShape;
import ai.sigmamind.sdk.SigmaMindClient;
import ai.sigmamind.sdk.TestCases;
import ai.sigmamind.sdk.models.TestCase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Syncing a suite to an agent by label: idempotent, minimal updates, refusing ambiguity. */
class SuiteSyncTest {
  @RegisterExtension
  static final SandboxExtension SANDBOX = new SandboxExtension(RegressionSuite.sandboxConfiguration().pace(Duration.ZERO));

  private static final String AGENT_ID = "mJzLaPEo425lieb9";
  private static final String SUITE = """
      agentId: mJzLaPEo425lieb9
      testCases:
        - label: Refund request
          userPrompt: You are a customer who wants a refund for a damaged blender.
          successCriteria: Agent confirms the refund amount and timeline.
          attempt: 2
          llmModel: gpt-4o-mini
          mockData:
            customer_name: Maria Garcia
            order_id: ORD-48213
        - label: Billing question
          userPrompt: You are a customer who wants to understand a high invoice.
          successCriteria: Agent explains every line of the invoice.
          attempt: 1
      """;

  @TempDir
  Path directory;

  private SigmaMindClient client;
  private TestCases testCases;

  @BeforeEach
  void connect(@SandboxBaseUrl String baseUrl) {
    client = SigmaMindClient.builder().apiKey(SigmaMindSandbox.SEED_API_KEY).baseUrl(baseUrl).build();
    testCases = client.agent(AGENT_ID).testCases();
  }

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void runningTheSuiteTwiceCreatesAndUpdatesNothingTheSecondTime(@SandboxBaseUrl String baseUrl) throws IOException {
    Path suite = Files.writeString(directory.resolve("suite.yaml"), SUITE);

    ProgramRun first = run(baseUrl, suite);
    Map<String, TestCase> afterFirst = byLabel(testCases.list());
    ProgramRun second = run(baseUrl, suite);

    assertThat(first.exitCode()).isZero();
    assertThat(first.out()).contains("Synced test cases: 2 created, 0 updated, 0 unchanged")
        .contains("created 'Refund request' (" + afterFirst.get("Refund request").testCaseId() + ")");
    assertThat(second.exitCode()).isZero();
    assertThat(second.out()).contains("Synced test cases: 0 created, 0 updated, 2 unchanged")
        .doesNotContain("created '").doesNotContain("updated '");
    assertThat(byLabel(testCases.list())).isEqualTo(afterFirst);
  }

  @Test
  void aChangedTestCaseIsTheOnlyOneUpdatedAndOnlyInTheChangedFields(@SandboxBaseUrl String baseUrl) throws IOException {
    run(baseUrl, Files.writeString(directory.resolve("suite.yaml"), SUITE));
    Map<String, TestCase> before = byLabel(testCases.list());
    Path changed = Files.writeString(directory.resolve("changed.yaml"), SUITE
        .replace("attempt: 2", "attempt: 3")
        .replace("order_id: ORD-48213", "order_id: ORD-48214"));

    ProgramRun run = run(baseUrl, changed);

    assertThat(run.exitCode()).isZero();
    String refundId = before.get("Refund request").testCaseId();
    assertThat(run.out()).contains("Synced test cases: 0 created, 1 updated, 1 unchanged")
        .contains("updated 'Refund request' (" + refundId + "): attempt, mockData");
    Map<String, TestCase> after = byLabel(testCases.list());
    assertThat(after.get("Billing question")).isEqualTo(before.get("Billing question"));
    assertThat(after.get("Refund request")).isEqualTo(before.get("Refund request").toBuilder()
        .attempt(3L)
        .mockData(List.of(
            before.get("Refund request").mockData().get(0),
            before.get("Refund request").mockData().get(1).toBuilder().value("ORD-48214").build()))
        .build());
  }

  @Test
  void mockDataInAnotherOrderAndAnOmittedModelAreNotChanges(@SandboxBaseUrl String baseUrl) throws IOException {
    run(baseUrl, Files.writeString(directory.resolve("suite.yaml"), SUITE));
    Path reordered = Files.writeString(directory.resolve("reordered.yaml"), SUITE
        .replace("    llmModel: gpt-4o-mini\n", "")
        .replace("      customer_name: Maria Garcia\n      order_id: ORD-48213",
            "      order_id: ORD-48213\n      customer_name: Maria Garcia"));

    assertThat(reordered).content().doesNotContain("llmModel").contains("order_id: ORD-48213\n      customer_name");
    assertThat(run(baseUrl, reordered).out()).contains("Synced test cases: 0 created, 0 updated, 2 unchanged");
  }

  @Test
  void anotherTestCaseOfTheAgentIsLeftAlone(@SandboxBaseUrl String baseUrl) throws IOException {
    TestCase unrelated = testCases.create(request -> request.label("Hand-made")
        .userPrompt("You are a customer.").successCriteria("Agent helps."));

    run(baseUrl, Files.writeString(directory.resolve("suite.yaml"), SUITE));

    assertThat(testCases.list()).hasSize(3).contains(unrelated);
  }

  @Test
  void twoTestCasesOfTheAgentWithTheSuitesLabelAreRefused() throws IOException {
    TestCase first = testCases.create(request -> request.label("Billing question")
        .userPrompt("You are a customer.").successCriteria("Agent helps."));
    TestCase second = testCases.create(request -> request.label("Billing question")
        .userPrompt("You are another customer.").successCriteria("Agent helps."));
    Suite suite = SuiteFile.read(Files.writeString(directory.resolve("suite.yaml"), SUITE));

    assertThatThrownBy(() -> new SuiteSync(testCases).sync(suite))
        .isInstanceOf(SyncConflictException.class)
        .hasMessageContaining("has 2 test cases labelled 'Billing question' (" + first.testCaseId() + ", "
            + second.testCaseId() + ")");
  }

  @Test
  void anAmbiguousLabelExitsWithThreeBeforeAnyBatchStarts(@SandboxBaseUrl String baseUrl) throws IOException {
    for (int i = 0; i < 2; i++) {
      testCases.create(request -> request.label("Refund request").userPrompt("You are a customer.").successCriteria("Agent helps."));
    }

    ProgramRun run = run(baseUrl, Files.writeString(directory.resolve("suite.yaml"), SUITE));

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).startsWith("Cannot sync the suite: Agent mJzLaPEo425lieb9 has 2 test cases labelled 'Refund request'");
    assertThat(client.agent(AGENT_ID).batchRuns().listAll().stream()).isEmpty();
  }

  @Test
  void anApiThatDropsLabelsIsReportedInsteadOfDuplicatingTestCasesOnEveryRun() throws IOException {
    Path suite = Files.writeString(directory.resolve("suite.yaml"), SUITE);
    try (SigmaMindSandbox seedShape = SigmaMindSandbox.builder().wireShape(WireShape.SEED).build().start()) {
      ProgramRun run = run(seedShape.baseUrl(), suite);

      assertThat(run.exitCode()).isEqualTo(3);
      assertThat(run.err()).startsWith("Cannot sync the suite: The API did not keep the label of the created test case tc_")
          .contains("('Refund request' was sent, none came back)");
    }
  }

  private ProgramRun run(String baseUrl, Path suite) {
    return ProgramRun.regressionSuite(ProgramRun.apiAt(baseUrl), "--suite", suite.toString(),
        "--junit-xml", directory.resolve("junit.xml").toString(), "--json", directory.resolve("result.json").toString());
  }

  private static Map<String, TestCase> byLabel(List<TestCase> testCases) {
    return testCases.stream().collect(Collectors.toMap(TestCase::label, Function.identity()));
  }
}

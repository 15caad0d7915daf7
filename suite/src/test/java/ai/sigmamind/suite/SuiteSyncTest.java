package ai.sigmamind.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.sigmamind.sandbox.SandboxBaseUrl;
import ai.sigmamind.sandbox.SandboxExtension;
import ai.sigmamind.sandbox.SigmaMindSandbox;
import ai.sigmamind.sandbox.WireShape;
import ai.sigmamind.sandbox.FaultRule;
import ai.sigmamind.sdk.SigmaMindClient;
import ai.sigmamind.sdk.SigmaMindException;
import ai.sigmamind.suite.SyncResult.Action;
import ai.sigmamind.suite.SyncResult.RemovedCase;
import ai.sigmamind.suite.SyncResult.RemovedCase.Fate;
import okhttp3.Response;
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

/**
 * Syncing a suite to an agent, by lock file and by label: idempotent, minimal updates, refusing
 * ambiguity, and on an API without labels resuming after a failure without orphans.
 */
class SuiteSyncTest {
  @RegisterExtension
  static final SandboxExtension SANDBOX = new SandboxExtension(Target.sandboxConfiguration().pace(Duration.ZERO));

  private static final String AGENT_ID = "mJzLaPEo425lieb9";
  private static final String REFUND = """
        - label: Refund request
          userPrompt: You are a customer who wants a refund for a damaged blender.
          successCriteria: Agent confirms the refund amount and timeline.
          attempt: 2
          llmModel: gpt-4o-mini
          mockData:
            customer_name: Maria Garcia
            order_id: ORD-48213
      """;
  private static final String BILLING = """
        - label: Billing question
          userPrompt: You are a customer who wants to understand a high invoice.
          successCriteria: Agent explains every line of the invoice.
          attempt: 1
      """;
  private static final String SUITE = suiteOf(REFUND + BILLING);

  @TempDir
  Path directory;

  private SigmaMindClient client;
  private TestCases testCases;

  @BeforeEach
  void connect(@SandboxBaseUrl String baseUrl) {
    client = client(baseUrl);
    testCases = client.agent(AGENT_ID).testCases();
  }

  @AfterEach
  void close() {
    client.close();
  }

  @Test
  void syncingTheSuiteTwiceCreatesAndUpdatesNothingTheSecondTime() throws IOException {
    Suite suite = suite(SUITE);

    SyncResult first = sync(testCases, suite);
    Map<String, TestCase> afterFirst = byLabel(testCases.list());
    SyncResult second = sync(testCases, suite);

    assertThat(first.summary()).isEqualTo("2 created, 0 updated, 0 unchanged");
    assertThat(first.testCaseIds()).containsExactly(afterFirst.get("Refund request").testCaseId(),
        afterFirst.get("Billing question").testCaseId());
    assertThat(second.summary()).isEqualTo("0 created, 0 updated, 2 unchanged");
    assertThat(byLabel(testCases.list())).isEqualTo(afterFirst);
  }

  @Test
  void aChangedTestCaseIsTheOnlyOneUpdatedAndOnlyInTheChangedFields() throws IOException {
    sync(testCases, suite(SUITE));
    Map<String, TestCase> before = byLabel(testCases.list());
    Suite changed = suite(SUITE.replace("attempt: 2", "attempt: 3").replace("order_id: ORD-48213", "order_id: ORD-48214"));

    SyncPlan plan = new SuiteSync(testCases, lock(changed)).plan(changed);
    assertThat(byLabel(testCases.list())).isEqualTo(before);
    SyncResult result = new SuiteSync(testCases, lock(changed)).apply(plan);

    String refundId = before.get("Refund request").testCaseId();
    assertThat(plan.summary()).isEqualTo("0 to create, 1 to update, 1 unchanged");
    assertThat(plan.describe()).contains("  update 'Refund request' (" + refundId + "): attempt, mockData\n");
    assertThat(result.summary()).isEqualTo("0 created, 1 updated, 1 unchanged");
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
  void mockDataInAnotherOrderAndAnOmittedModelAreNotChanges() throws IOException {
    sync(testCases, suite(SUITE));
    String reordered = SUITE
        .replace("    llmModel: gpt-4o-mini\n", "")
        .replace("      customer_name: Maria Garcia\n      order_id: ORD-48213",
            "      order_id: ORD-48213\n      customer_name: Maria Garcia");

    assertThat(reordered).doesNotContain("llmModel").contains("order_id: ORD-48213\n      customer_name");
    assertThat(sync(testCases, suite(reordered)).summary()).isEqualTo("0 created, 0 updated, 2 unchanged");
  }

  @Test
  void anotherTestCaseOfTheAgentIsLeftAlone() throws IOException {
    TestCase unrelated = testCases.create(request -> request.label("Hand-made")
        .userPrompt("You are a customer.").successCriteria("Agent helps."));

    sync(testCases, suite(SUITE));

    assertThat(testCases.list()).hasSize(3).contains(unrelated);
  }

  @Test
  void twoTestCasesOfTheAgentWithTheSuitesLabelAreRefused() throws IOException {
    TestCase first = testCases.create(request -> request.label("Billing question")
        .userPrompt("You are a customer.").successCriteria("Agent helps."));
    TestCase second = testCases.create(request -> request.label("Billing question")
        .userPrompt("You are another customer.").successCriteria("Agent helps."));
    Suite suite = suite(SUITE);

    assertThatThrownBy(() -> sync(testCases, suite))
        .isInstanceOf(SyncConflictException.class)
        .hasMessageContaining("has 2 test cases labelled 'Billing question' (" + first.testCaseId() + ", "
            + second.testCaseId() + ")");
  }

  @Test
  void theLockFileDecidesEvenWhenLabelsAreAmbiguous() throws IOException {
    Suite suite = suite(SUITE);
    sync(testCases, suite);
    testCases.create(request -> request.label("Billing question").userPrompt("You are a customer.").successCriteria("Agent helps."));

    assertThat(sync(testCases, suite).summary()).isEqualTo("0 created, 0 updated, 2 unchanged");
  }

  @Test
  void withoutLabelsOnTheWireTheLockFileMakesTheSecondSyncCreateNothing() throws IOException {
    try (SigmaMindSandbox seedShape = SigmaMindSandbox.builder().wireShape(WireShape.SEED).build().start();
        SigmaMindClient seedClient = client(seedShape.baseUrl())) {
      TestCases seedCases = seedClient.agent(AGENT_ID).testCases();
      Suite suite = suite(SUITE);

      SyncResult first = sync(seedCases, suite);
      List<TestCase> afterFirst = seedCases.list();
      SyncResult second = sync(seedCases, suite);

      assertThat(afterFirst).allMatch(testCase -> testCase.label() == null);
      assertThat(first.count(Action.CREATED)).isEqualTo(2);
      assertThat(second.summary()).isEqualTo("0 created, 0 updated, 2 unchanged");
      assertThat(second.testCaseIds()).isEqualTo(first.testCaseIds());
      assertThat(seedCases.list()).isEqualTo(afterFirst);
      assertThat(LockFile.beside(suite.file())).content()
          .contains("\"agentId\": \"" + AGENT_ID + "\"")
          .contains("\"Refund request\": \"" + first.testCaseIds().get(0) + "\"")
          .contains("\"Billing question\": \"" + first.testCaseIds().get(1) + "\"");
    }
  }

  @Test
  void aFailureAfterTheSecondCreateLeavesNoOrphanWhenTheSyncIsRunAgain() throws IOException {
    Suite suite = suite(SUITE + """
          - label: Angry customer
            userPrompt: You are a furious customer.
            successCriteria: Agent stays calm.
        """);
    try (SigmaMindSandbox seedShape = SigmaMindSandbox.builder().wireShape(WireShape.SEED).build().start();
        SigmaMindClient failing = client(seedShape.baseUrl(), failTheThirdCreate(seedShape));
        SigmaMindClient healthy = client(seedShape.baseUrl())) {
      TestCases seedCases = healthy.agent(AGENT_ID).testCases();
      int before = seedCases.list().size();

      assertThatThrownBy(() -> sync(failing.agent(AGENT_ID).testCases(), suite)).isInstanceOf(SigmaMindException.class);
      assertThat(seedCases.list()).hasSize(before + 2);
      SyncResult rerun = sync(seedCases, suite);

      assertThat(rerun.summary()).isEqualTo("1 created, 0 updated, 2 unchanged");
      assertThat(seedCases.list()).hasSize(before + 3)
          .extracting(TestCase::testCaseId).containsAll(rerun.testCaseIds());
    }
  }

  @Test
  void aLockFileThatIsNotOneIsAUsageError() throws IOException {
    Suite suite = suite(SUITE);
    Files.writeString(LockFile.beside(suite.file()), "<html>");

    assertThatThrownBy(() -> lock(suite)).isInstanceOf(UsageException.class)
        .hasMessageStartingWith(LockFile.beside(suite.file()) + ": not a suite lock file");
  }

  @Test
  void aCaseRemovedFromTheFileIsReportedAndKeptUntilPrunedThenDeletedAndDroppedFromTheLock() throws IOException {
    SyncResult first = sync(testCases, suite(SUITE));
    String billingId = first.testCaseIds().get(1);
    Suite withoutBilling = suite(suiteOf(REFUND));
    Path lockFile = LockFile.beside(withoutBilling.file());

    SyncResult second = sync(testCases, withoutBilling);
    SyncResult third = sync(testCases, withoutBilling);

    RemovedCase kept = new RemovedCase("Billing question", billingId, Fate.KEPT);
    assertThat(second.removed()).containsExactly(kept);
    assertThat(kept.message())
        .isEqualTo("no longer in the suite: 'Billing question' (" + billingId + ") stays on the agent; --prune deletes it");
    assertThat(second.summary()).isEqualTo("0 created, 0 updated, 1 unchanged, 1 no longer in the suite (kept on the agent)");
    assertThat(third.removed()).containsExactly(kept);
    assertThat(testCases.list()).extracting(TestCase::testCaseId).contains(billingId);
    assertThat(lockFile).content().contains("\"removed\": {\n    \"Billing question\": \"" + billingId + "\"\n  }")
        .doesNotContain("\"Billing question\": \"" + billingId + "\",");

    SuiteSync pruning = new SuiteSync(testCases, lock(withoutBilling));
    SyncPlan plan = pruning.plan(withoutBilling).pruning();
    assertThat(plan.describe()).contains("  delete 'Billing question' (" + billingId + "): no longer in the suite\n");
    assertThat(testCases.list()).extracting(TestCase::testCaseId).contains(billingId);
    SyncResult pruned = pruning.apply(plan);

    assertThat(pruned.removed()).containsExactly(new RemovedCase("Billing question", billingId, Fate.DELETED));
    assertThat(pruned.summary()).isEqualTo("0 created, 0 updated, 1 unchanged, 1 deleted");
    assertThat(testCases.list()).extracting(TestCase::testCaseId).doesNotContain(billingId)
        .contains(first.testCaseIds().get(0));
    assertThat(lockFile).content().doesNotContain("Billing question").doesNotContain("removed");
    assertThat(sync(testCases, withoutBilling).removed()).isEmpty();
  }

  @Test
  void aRemovedCaseThatComesBackIsItsOldTestCaseAgainAndOneDeletedElsewhereIsForgotten() throws IOException {
    SyncResult first = sync(testCases, suite(SUITE));
    Suite onlyRefund = suite(suiteOf(REFUND));
    sync(testCases, onlyRefund);

    SyncResult back = sync(testCases, suite(SUITE));
    assertThat(back.summary()).isEqualTo("0 created, 0 updated, 2 unchanged");
    assertThat(back.testCaseIds()).isEqualTo(first.testCaseIds());
    assertThat(LockFile.beside(onlyRefund.file())).content().doesNotContain("removed");

    sync(testCases, onlyRefund);
    testCases.delete(first.testCaseIds().get(1));
    SyncResult forgotten = sync(testCases, onlyRefund);
    assertThat(forgotten.removed()).containsExactly(new RemovedCase("Billing question", first.testCaseIds().get(1),
        Fate.FORGOTTEN));
    assertThat(LockFile.beside(onlyRefund.file())).content().doesNotContain("Billing question");
  }

  @Test
  void aLockFileWrittenBeforeRemovedCasesWereKeptReadsAsBeforeAndKeepsItsFormat() throws IOException {
    Suite suite = suite(SUITE);
    String refundId = testCases.create(request -> request.label("Refund request").userPrompt("Old prompt.")
        .successCriteria("Old criteria.")).testCaseId();
    String billingId = testCases.create(request -> request.label("Billing question")
        .userPrompt("You are a customer who wants to understand a high invoice.")
        .successCriteria("Agent explains every line of the invoice.").attempt(1L)).testCaseId();
    String oldFormat = "{\n  \"agentId\": \"" + AGENT_ID + "\",\n  \"testCases\": {\n    \"Refund request\": \""
        + refundId + "\",\n    \"Billing question\": \"" + billingId + "\"\n  }\n}\n";
    Files.writeString(LockFile.beside(suite.file()), oldFormat);

    SyncResult result = sync(testCases, suite);

    assertThat(result.testCaseIds()).containsExactly(refundId, billingId);
    assertThat(result.summary()).isEqualTo("0 created, 1 updated, 1 unchanged");
    assertThat(LockFile.beside(suite.file())).hasContent(oldFormat.strip());
  }

  /** After the second test case is created, the sandbox refuses the next create. */
  private static okhttp3.Interceptor failTheThirdCreate(SigmaMindSandbox sandbox) {
    int[] creates = {0};
    return chain -> {
      Response response = chain.proceed(chain.request());
      if (chain.request().method().equals("POST") && chain.request().url().encodedPath().equals("/v1/test-cases")
          && response.isSuccessful() && ++creates[0] == 2) {
        sandbox.injectFault(FaultRule.status(400).onOperation("createTestCase").nextRequests(1));
      }
      return response;
    };
  }

  private SyncResult sync(TestCases target, Suite suite) {
    return new SuiteSync(target, lock(suite)).sync(suite);
  }

  private static LockFile lock(Suite suite) {
    return LockFile.read(LockFile.beside(suite.file()), suite.agentId());
  }

  /** A suite file of the demo agent with these test cases. */
  private static String suiteOf(String testCases) {
    return "agentId: " + AGENT_ID + "\ntestCases:\n" + testCases;
  }

  private Suite suite(String text) throws IOException {
    return SuiteFile.read(Files.writeString(directory.resolve("suite.yaml"), text));
  }

  private static SigmaMindClient client(String baseUrl, okhttp3.Interceptor... interceptors) {
    SigmaMindClient.Builder builder = SigmaMindClient.builder().apiKey(SigmaMindSandbox.SEED_API_KEY).baseUrl(baseUrl);
    for (okhttp3.Interceptor interceptor : interceptors) {
      builder.addInterceptor(interceptor);
    }
    return builder.build();
  }

  private static Map<String, TestCase> byLabel(List<TestCase> testCases) {
    return testCases.stream().collect(Collectors.toMap(TestCase::label, Function.identity()));
  }
}

package ai.sigmamind.contract;

import static ai.sigmamind.contract.Examples.AGENT_ID;
import static ai.sigmamind.contract.Examples.BATCH_ID;
import static ai.sigmamind.contract.Examples.JOB_ID;
import static ai.sigmamind.contract.ProviderStateNames.batchHasTestRuns;
import static ai.sigmamind.contract.ProviderStateNames.testRunIsRunning;
import static ai.sigmamind.contract.ProviderStateNames.testRunSucceeded;
import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;
import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.sdk.Page;
import ai.sigmamind.sdk.PageRequest;
import ai.sigmamind.sdk.SigmaMindClient;
import ai.sigmamind.sdk.TestRuns;
import ai.sigmamind.sdk.models.TestRun;
import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The two test-run operations: a judged run, a running one, and a list the SDK pages through. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = Contract.PROVIDER, pactVersion = PactSpecVersion.V4)
class TestRunContractTest {
  /** Small pages keep the provider's answers small: three runs, two a page, make two pages. */
  private static final int RUNS_PER_PAGE = 2;
  private static final int RUNS_OVER_TWO_PAGES = 3;

  @Pact(consumer = Contract.CONSUMER)
  V4Pact getSucceededTestRun(PactDslWithProvider builder) {
    return SdkCalls.getTestRun(AGENT_ID, BATCH_ID, JOB_ID)
        .answered(builder.given(testRunSucceeded(JOB_ID, BATCH_ID)).uponReceiving("get a test run that succeeded"),
            200, newJsonBody(Bodies::completedTestRun).build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getSucceededTestRun")
  void aJudgedRunCarriesItsVerdictUnderTheWireNameIsSuccesful(MockServer server) {
    TestRun run = ConsumerClients.call(server, agent -> agent.testRuns(BATCH_ID).get(JOB_ID));

    assertThat(run.jobId()).isEqualTo(JOB_ID);
    assertThat(run.batchId()).isEqualTo(BATCH_ID);
    assertThat(run.chatId()).isEqualTo("chat-IpELinkFvINQ1212");
    assertThat(run.testCase().testCaseId()).isEqualTo(Examples.TEST_CASE_ID);
    assertThat(run.createdDate()).isEqualTo(OffsetDateTime.parse("2023-11-07T05:31:56Z"));
    assertThat(run.completedDate()).isEqualTo(OffsetDateTime.parse("2023-11-07T05:31:56Z"));
    assertThat(run.successful()).isTrue();
    assertThat(run.remarks()).startsWith("The Agent successfully maintained focus");
  }

  @Pact(consumer = Contract.CONSUMER)
  V4Pact getRunningTestRun(PactDslWithProvider builder) {
    return SdkCalls.getTestRun(AGENT_ID, BATCH_ID, JOB_ID)
        .answered(builder.given(testRunIsRunning(JOB_ID, BATCH_ID))
            .uponReceiving("get a test run that is still running"),
            200, newJsonBody(Bodies::runningTestRun).build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getRunningTestRun")
  void aRunningRunHasNoCompletionDateNorVerdict(MockServer server) {
    TestRun run = ConsumerClients.call(server, agent -> agent.testRuns(BATCH_ID).get(JOB_ID));

    assertThat(run.jobId()).isEqualTo(JOB_ID);
    assertThat(run.completedDate()).isNull();
    assertThat(run.successful()).isNull();
    assertThat(run.remarks()).isNull();
  }

  /** Two interactions, one per page: the SDK offers the next page exactly while {@code hasNext} is true. */
  @Pact(consumer = Contract.CONSUMER)
  V4Pact listTestRunsOverTwoPages(PactDslWithProvider builder) {
    String state = batchHasTestRuns(BATCH_ID, RUNS_OVER_TWO_PAGES);
    PactDslResponse firstPage = SdkCalls.listTestRuns(AGENT_ID, BATCH_ID, 0, RUNS_PER_PAGE)
        .answered(builder.given(state).uponReceiving("list the first page of a batch's test runs"),
            200, Bodies.page(Bodies::completedTestRun, 0, RUNS_PER_PAGE, true));
    return SdkCalls.listTestRuns(AGENT_ID, BATCH_ID, 1, RUNS_PER_PAGE)
        .answered(firstPage.given(state).uponReceiving("list the last page of a batch's test runs"),
            200, Bodies.page(Bodies::completedTestRun, 1, RUNS_PER_PAGE, false))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listTestRunsOverTwoPages")
  void theNextPageIsOfferedUntilTheLastPage(MockServer server) {
    try (SigmaMindClient client = ConsumerClients.against(server)) {
      TestRuns runs = client.agent(AGENT_ID).testRuns(BATCH_ID);

      Page<TestRun> first = runs.list(PageRequest.of(0, RUNS_PER_PAGE));
      assertThat(first.hasNext()).isTrue();
      assertThat(first.items()).allSatisfy(run -> assertThat(run.successful()).isNotNull());
      Page<TestRun> last = runs.list(first.nextPageRequest().orElseThrow());
      assertThat(last.page()).isEqualTo(1);
      assertThat(last.nextPageRequest()).isEmpty();
    }
  }
}

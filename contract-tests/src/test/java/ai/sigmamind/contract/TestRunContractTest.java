package ai.sigmamind.contract;

import static ai.sigmamind.contract.Examples.AGENT_ID;
import static ai.sigmamind.contract.Examples.BATCH_ID;
import static ai.sigmamind.contract.Examples.JOB_ID;
import static ai.sigmamind.contract.ProviderStateNames.batchHasTestRuns;
import static ai.sigmamind.contract.ProviderStateNames.testRunIsRunning;
import static ai.sigmamind.contract.ProviderStateNames.testRunSucceeded;
import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;
import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.sdk.SigmaMindClient;
import ai.sigmamind.sdk.generated.model.TestRun;
import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The two test-run operations: a judged run, a running one, and a list the SDK pages through. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = Contract.PROVIDER, pactVersion = PactSpecVersion.V4)
class TestRunContractTest {
  /** One more run than a page holds, so listing them all takes two pages. */
  private static final int RUNS_OVER_TWO_PAGES = SdkCalls.PAGE_SIZE + 1;

  @Pact(consumer = Contract.CONSUMER)
  V4Pact getSucceededTestRun(PactDslWithProvider builder) {
    return SdkCalls.getTestRun(AGENT_ID, BATCH_ID, JOB_ID)
        .request(builder.given(testRunSucceeded(JOB_ID, BATCH_ID)).uponReceiving("get a test run that succeeded"),
            Examples.API_KEY)
        .willRespondWith()
        .status(200)
        .matchHeader("Content-Type", Bodies.JSON_CONTENT_TYPE, "application/json")
        .body(newJsonBody(Bodies::completedTestRun).build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getSucceededTestRun")
  void aJudgedRunCarriesItsVerdictUnderTheWireNameIsSuccesful(MockServer server) {
    try (SigmaMindClient client = ConsumerClients.against(server)) {
      TestRun run = client.agent(AGENT_ID).testRuns(BATCH_ID).get(JOB_ID);

      assertThat(run.jobId()).isEqualTo(JOB_ID);
      assertThat(run.batchId()).isEqualTo(BATCH_ID);
      assertThat(run.chatId()).isEqualTo("chat-IpELinkFvINQ1212");
      assertThat(run.testCase().testCaseId()).isEqualTo(Examples.TEST_CASE_ID);
      assertThat(run.createdDate()).isEqualTo(OffsetDateTime.parse("2023-11-07T05:31:56Z"));
      assertThat(run.completedDate()).isEqualTo(OffsetDateTime.parse("2023-11-07T05:31:56Z"));
      assertThat(run.successful()).isTrue();
      assertThat(run.remarks()).startsWith("The Agent successfully maintained focus");
    }
  }

  @Pact(consumer = Contract.CONSUMER)
  V4Pact getRunningTestRun(PactDslWithProvider builder) {
    return SdkCalls.getTestRun(AGENT_ID, BATCH_ID, JOB_ID)
        .request(builder.given(testRunIsRunning(JOB_ID, BATCH_ID)).uponReceiving("get a test run that is still running"),
            Examples.API_KEY)
        .willRespondWith()
        .status(200)
        .matchHeader("Content-Type", Bodies.JSON_CONTENT_TYPE, "application/json")
        .body(newJsonBody(Bodies::runningTestRun).build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getRunningTestRun")
  void aRunningRunHasNoCompletionDateNorVerdict(MockServer server) {
    try (SigmaMindClient client = ConsumerClients.against(server)) {
      TestRun run = client.agent(AGENT_ID).testRuns(BATCH_ID).get(JOB_ID);

      assertThat(run.jobId()).isEqualTo(JOB_ID);
      assertThat(run.completedDate()).isNull();
      assertThat(run.successful()).isNull();
      assertThat(run.remarks()).isNull();
    }
  }

  /** Two interactions, one per page: the SDK's auto-pager follows {@code hasNext} to the last page. */
  @Pact(consumer = Contract.CONSUMER)
  V4Pact listTestRunsOverTwoPages(PactDslWithProvider builder) {
    String state = batchHasTestRuns(BATCH_ID, RUNS_OVER_TWO_PAGES);
    PactDslResponse firstPage = SdkCalls.listTestRuns(AGENT_ID, BATCH_ID, 0, SdkCalls.PAGE_SIZE)
        .request(builder.given(state).uponReceiving("list the first page of a batch's test runs"), Examples.API_KEY)
        .willRespondWith()
        .status(200)
        .matchHeader("Content-Type", Bodies.JSON_CONTENT_TYPE, "application/json")
        .body(Bodies.page(Bodies::completedTestRun, 0, SdkCalls.PAGE_SIZE, true));
    return SdkCalls.listTestRuns(AGENT_ID, BATCH_ID, 1, SdkCalls.PAGE_SIZE)
        .request(firstPage.given(state).uponReceiving("list the last page of a batch's test runs"), Examples.API_KEY)
        .willRespondWith()
        .status(200)
        .matchHeader("Content-Type", Bodies.JSON_CONTENT_TYPE, "application/json")
        .body(Bodies.page(Bodies::completedTestRun, 1, SdkCalls.PAGE_SIZE, false))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listTestRunsOverTwoPages")
  void listAllFollowsHasNextToTheLastPage(MockServer server) {
    try (SigmaMindClient client = ConsumerClients.against(server)) {
      List<TestRun> runs = client.agent(AGENT_ID).testRuns(BATCH_ID).listAll().stream().toList();

      // The mock answers one example item per page: one from each of the two pages.
      assertThat(runs).hasSize(2).allSatisfy(run -> assertThat(run.successful()).isNotNull());
    }
  }
}

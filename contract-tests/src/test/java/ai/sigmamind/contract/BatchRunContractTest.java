package ai.sigmamind.contract;

import static ai.sigmamind.contract.Examples.AGENT_ID;
import static ai.sigmamind.contract.Examples.BATCH_ID;
import static ai.sigmamind.contract.Examples.OLDER_BATCH_ID;
import static ai.sigmamind.contract.Examples.TEST_CASE_ID;
import static ai.sigmamind.contract.ProviderStateNames.NO_BATCH_RUNS;
import static ai.sigmamind.contract.ProviderStateNames.agentHasTestCase;
import static ai.sigmamind.contract.ProviderStateNames.batchExists;
import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;
import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.sdk.BatchProgress;
import ai.sigmamind.sdk.Page;
import ai.sigmamind.sdk.PageRequest;
import ai.sigmamind.sdk.models.BatchRun;
import ai.sigmamind.sdk.models.BatchRunCreated;
import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The three batch-run operations, an empty list and a one-item page with a next page. */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = Contract.PROVIDER, pactVersion = PactSpecVersion.V4)
class BatchRunContractTest {

  @Pact(consumer = Contract.CONSUMER)
  V4Pact createBatchRun(PactDslWithProvider builder) {
    return SdkCalls.createBatchRun(AGENT_ID, TEST_CASE_ID)
        .answered(builder.given(agentHasTestCase(AGENT_ID, TEST_CASE_ID)).uponReceiving("start a batch run"),
            201, newJsonBody(Bodies::batchRunCreated).build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "createBatchRun")
  void createSendsTheTestCaseIdsAndReadsTheNewBatch(MockServer server) {
    BatchRunCreated created = ConsumerClients.call(server, agent -> agent.batchRuns().create(TEST_CASE_ID));

    assertThat(created.batchId()).isEqualTo(BATCH_ID);
    assertThat(created.agent().agentId()).isEqualTo(AGENT_ID);
    assertThat(created.createdDate()).isNotNull();
  }

  @Pact(consumer = Contract.CONSUMER)
  V4Pact getBatchRun(PactDslWithProvider builder) {
    return SdkCalls.getBatchRun(AGENT_ID, BATCH_ID)
        .answered(builder.given(batchExists(BATCH_ID)).uponReceiving("get a complete batch run"),
            200, newJsonBody(Bodies::batchRun).build())
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "getBatchRun")
  void getReadsTheCountersTheCompletionCheckNeeds(MockServer server) {
    BatchRun batch = ConsumerClients.call(server, agent -> agent.batchRuns().get(BATCH_ID));

    assertThat(batch.testCases()).extracting(testCase -> testCase.testCaseId()).containsExactly(TEST_CASE_ID);
    assertThat(batch.totalAttempts()).isEqualTo(5L);
    assertThat(BatchProgress.of(batch).isComplete()).isTrue();
  }

  @Pact(consumer = Contract.CONSUMER)
  V4Pact listBatchRunsWithANextPage(PactDslWithProvider builder) {
    return SdkCalls.listBatchRuns(AGENT_ID, 0, 1)
        .answered(builder.given(batchExists(OLDER_BATCH_ID)).given(batchExists(BATCH_ID))
            .uponReceiving("list the first of two batch runs, one per page"),
            200, Bodies.page(Bodies::batchRun, 0, 1, true))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listBatchRunsWithANextPage")
  void aPageWithHasNextOffersTheNextPageRequest(MockServer server) {
    Page<BatchRun> page = ConsumerClients.call(server, agent -> agent.batchRuns().list(PageRequest.of(0, 1)));

    assertThat(page.items()).extracting(BatchRun::batchId).containsExactly(BATCH_ID);
    assertThat(page.hasNext()).isTrue();
    assertThat(page.nextPageRequest()).contains(PageRequest.of(1, 1));
  }

  @Pact(consumer = Contract.CONSUMER)
  V4Pact listNoBatchRuns(PactDslWithProvider builder) {
    return SdkCalls.listBatchRuns(AGENT_ID, 0, SdkCalls.PAGE_SIZE)
        .answered(builder.given(NO_BATCH_RUNS).uponReceiving("list the batch runs of an agent that has none"),
            200, Bodies.emptyPage(SdkCalls.PAGE_SIZE))
        .toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "listNoBatchRuns")
  void anEmptyPageEndsTheList(MockServer server) {
    List<BatchRun> batches = ConsumerClients.call(server, agent -> agent.batchRuns().listAll().stream().toList());

    assertThat(batches).isEmpty();
  }
}

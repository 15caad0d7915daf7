package ai.sigmamind.contract;

import static ai.sigmamind.contract.Examples.IDS;
import static ai.sigmamind.contract.Examples.OLDER_BATCH_ID;
import static ai.sigmamind.contract.ProviderStateNames.NO_BATCH_RUNS;
import static ai.sigmamind.contract.ProviderStateNames.agentHasTestCase;
import static ai.sigmamind.contract.ProviderStateNames.batchExists;
import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;
import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.sdk.BatchProgress;
import ai.sigmamind.sdk.Page;
import ai.sigmamind.sdk.PageRequest;
import ai.sigmamind.sdk.models.ApiOperation;
import ai.sigmamind.sdk.models.BatchRun;
import ai.sigmamind.sdk.models.BatchRunCreated;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The three batch-run operations, an empty list and a one-item page with a next page. */
class BatchRunContractTest {
  /** How the SDK makes each batch-run operation's call ({@link OperationCalls}). */
  static final List<Function<Ids, SdkCall<?>>> OPERATIONS = List.of(BatchRunContractTest::create,
      ids -> list(ids, 0, OperationCalls.PAGE_SIZE), BatchRunContractTest::get);

  static SdkCall<BatchRunCreated> create(Ids ids) {
    return SdkCall.of(ApiOperation.CREATE_BATCH_RUN, ids.agentId(), null, null,
        SdkCall.bodyOf(ids.agentId(), body -> body.array("testCases", testCaseIds -> testCaseIds.stringValue(ids.testCaseId()))),
        agent -> agent.batchRuns().create(ids.testCaseId()));
  }

  static SdkCall<Page<BatchRun>> list(Ids ids, int page, int size) {
    return SdkCall.of(ApiOperation.LIST_BATCH_RUNS, ids.agentId(), null,
        "agentId=" + ids.agentId() + "&page=" + page + "&size=" + size, null,
        agent -> agent.batchRuns().list(PageRequest.of(page, size)));
  }

  static SdkCall<BatchRun> get(Ids ids) {
    return SdkCall.of(ApiOperation.GET_BATCH_RUN, ids.agentId(), ids.batchId(), "agentId=" + ids.agentId(), null,
        agent -> agent.batchRuns().get(ids.batchId()));
  }

  @Test
  void createSendsTheTestCaseIdsAndReadsTheNewBatch() {
    BatchRunCreated created = Interaction.answered("start a batch run", create(IDS), 201,
        newJsonBody(Bodies::batchRunCreated).build()).given(agentHasTestCase(IDS.agentId(), IDS.testCaseId())).exchange();

    assertThat(created.batchId()).isEqualTo(IDS.batchId());
    assertThat(created.agent().agentId()).isEqualTo(IDS.agentId());
    assertThat(created.createdDate()).isNotNull();
  }

  @Test
  void getReadsTheCountersTheCompletionCheckNeeds() {
    BatchRun batch = Interaction.answered("get a complete batch run", get(IDS), 200, newJsonBody(Bodies::batchRun).build())
        .given(batchExists(IDS.batchId())).exchange();

    assertThat(batch.testCases()).extracting(testCase -> testCase.testCaseId()).containsExactly(IDS.testCaseId());
    assertThat(batch.totalAttempts()).isEqualTo(5L);
    assertThat(BatchProgress.of(batch).isComplete()).isTrue();
  }

  @Test
  void aPageWithHasNextOffersTheNextPageRequest() {
    Page<BatchRun> page = Interaction.answered("list the first of two batch runs, one per page", list(IDS, 0, 1), 200,
        Bodies.page(Bodies::batchRun, 0, 1, true)).given(batchExists(OLDER_BATCH_ID)).given(batchExists(IDS.batchId()))
        .exchange();

    assertThat(page.items()).extracting(BatchRun::batchId).containsExactly(IDS.batchId());
    assertThat(page.hasNext()).isTrue();
    assertThat(page.nextPageRequest()).contains(PageRequest.of(1, 1));
  }

  @Test
  void anEmptyPageEndsTheList() {
    SdkCall<List<BatchRun>> listAll = list(IDS, 0, OperationCalls.PAGE_SIZE)
        .sentBy(agent -> agent.batchRuns().listAll().stream().toList());
    List<BatchRun> batches = Interaction.answered("list the batch runs of an agent that has none", listAll, 200,
        Bodies.emptyPage(OperationCalls.PAGE_SIZE)).given(NO_BATCH_RUNS).exchange();

    assertThat(batches).isEmpty();
  }
}

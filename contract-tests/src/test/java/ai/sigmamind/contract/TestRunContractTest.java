package ai.sigmamind.contract;

import static ai.sigmamind.contract.Examples.IDS;
import static ai.sigmamind.contract.ProviderStateNames.batchHasTestRuns;
import static ai.sigmamind.contract.ProviderStateNames.testRunIsRunning;
import static ai.sigmamind.contract.ProviderStateNames.testRunSucceeded;
import static au.com.dius.pact.consumer.dsl.LambdaDsl.newJsonBody;
import static org.assertj.core.api.Assertions.assertThat;

import ai.sigmamind.sdk.Page;
import ai.sigmamind.sdk.PageRequest;
import ai.sigmamind.sdk.TestRuns;
import ai.sigmamind.sdk.models.ApiOperation;
import ai.sigmamind.sdk.models.TestRun;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** The two test-run operations: a judged run, a running one, and a list the SDK pages through. */
class TestRunContractTest {
  /** How the SDK makes each test-run operation's call ({@link OperationCalls}). */
  static final List<Function<Ids, SdkCall<?>>> OPERATIONS = List.of(
      ids -> list(ids, 0, OperationCalls.PAGE_SIZE), TestRunContractTest::get);
  /** Small pages keep the provider's answers small: three runs, two a page, make two pages. */
  private static final int RUNS_PER_PAGE = 2;
  private static final int RUNS_OVER_TWO_PAGES = 3;

  static SdkCall<Page<TestRun>> list(Ids ids, int page, int size) {
    return SdkCall.of(ApiOperation.LIST_TEST_RUNS, ids.agentId(), null,
        "batchId=" + ids.batchId() + "&agentId=" + ids.agentId() + "&page=" + page + "&size=" + size, null,
        agent -> agent.testRuns(ids.batchId()).list(PageRequest.of(page, size)));
  }

  static SdkCall<TestRun> get(Ids ids) {
    return SdkCall.of(ApiOperation.GET_TEST_RUN, ids.agentId(), ids.jobId(), "batchId=" + ids.batchId() + "&agentId=" + ids.agentId(),
        null, agent -> agent.testRuns(ids.batchId()).get(ids.jobId()));
  }

  @Test
  void aJudgedRunCarriesItsVerdictUnderTheWireNameIsSuccesful() {
    TestRun run = Interaction.answered("get a test run that succeeded", get(IDS), 200,
        newJsonBody(Bodies::completedTestRun).build()).given(testRunSucceeded(IDS.jobId(), IDS.batchId())).exchange();

    assertThat(run.jobId()).isEqualTo(IDS.jobId());
    assertThat(run.batchId()).isEqualTo(IDS.batchId());
    assertThat(run.chatId()).isEqualTo("chat-IpELinkFvINQ1212");
    assertThat(run.testCase().testCaseId()).isEqualTo(IDS.testCaseId());
    assertThat(run.createdDate()).isEqualTo(OffsetDateTime.parse("2023-11-07T05:31:56Z"));
    assertThat(run.completedDate()).isEqualTo(OffsetDateTime.parse("2023-11-07T05:31:56Z"));
    assertThat(run.successful()).isTrue();
    assertThat(run.remarks()).startsWith("The Agent successfully maintained focus");
  }

  @Test
  void aRunningRunHasNoCompletionDateNorVerdict() {
    TestRun run = Interaction.answered("get a test run that is still running", get(IDS), 200,
        newJsonBody(Bodies::runningTestRun).build()).given(testRunIsRunning(IDS.jobId(), IDS.batchId())).exchange();

    assertThat(run.jobId()).isEqualTo(IDS.jobId());
    assertThat(run).extracting(TestRun::completedDate, TestRun::successful, TestRun::remarks).containsOnlyNulls();
  }

  /** Two interactions, one per page: the SDK offers the next page exactly while {@code hasNext} is true. */
  @Test
  void theNextPageIsOfferedUntilTheLastPage() {
    String state = batchHasTestRuns(IDS.batchId(), RUNS_OVER_TWO_PAGES);
    List<Interaction<Page<TestRun>>> pages = List.of(
        Interaction.answered("list the first page of a batch's test runs", list(IDS, 0, RUNS_PER_PAGE), 200,
            Bodies.page(Bodies::completedTestRun, 0, RUNS_PER_PAGE, true)).given(state),
        Interaction.answered("list the last page of a batch's test runs", list(IDS, 1, RUNS_PER_PAGE), 200,
            Bodies.page(Bodies::completedTestRun, 1, RUNS_PER_PAGE, false)).given(state));

    MockApi.run(pages, client -> {
      TestRuns runs = client.agent(IDS.agentId()).testRuns(IDS.batchId());
      Page<TestRun> first = runs.list(PageRequest.of(0, RUNS_PER_PAGE));
      assertThat(first.hasNext()).isTrue();
      assertThat(first.items()).allSatisfy(run -> assertThat(run.successful()).isNotNull());
      Page<TestRun> last = runs.list(first.nextPageRequest().orElseThrow());
      assertThat(last.page()).isEqualTo(1);
      assertThat(last.nextPageRequest()).isEmpty();
    });
  }
}

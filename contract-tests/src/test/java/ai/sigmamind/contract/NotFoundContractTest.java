package ai.sigmamind.contract;

import static ai.sigmamind.contract.Examples.IDS;
import static ai.sigmamind.contract.Examples.UNKNOWN_IDS;
import static ai.sigmamind.contract.ProviderStateNames.agentExists;
import static ai.sigmamind.contract.ProviderStateNames.batchExists;

import ai.sigmamind.sdk.NotFoundException;
import ai.sigmamind.sdk.models.ApiOperation;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Every operation answers 404 for an id that does not exist, and the SDK raises
 * {@link NotFoundException} for each. Only the status is pinned: the SDK maps by status, and the
 * 404 body is not documented.
 */
class NotFoundContractTest {
  /** The known agent, with every other id unknown. */
  private static final Ids UNKNOWN_BELOW_THE_AGENT = UNKNOWN_IDS.withAgentId(IDS.agentId());

  @Test
  void everyOperationRaisesNotFound() {
    MockApi.assertEveryCallRaises(Arrays.stream(ApiOperation.values()).map(NotFoundContractTest::missing).toList(),
        NotFoundException.class);
  }

  /**
   * The unknown id each operation is called with, and the provider state that makes it the only
   * thing missing. An operation whose path ends in an id misses what that id names; the others say
   * what they miss here.
   */
  private static Interaction<?> missing(ApiOperation operation) {
    return switch (operation) {
      case CREATE_TEST_CASE, LIST_TEST_CASES, LIST_BATCH_RUNS ->
          notFound(operation, "an unknown agent", UNKNOWN_IDS, agentExists(IDS.agentId()));
      case CREATE_BATCH_RUN -> notFound(operation, "an unknown test case", UNKNOWN_BELOW_THE_AGENT, agentExists(IDS.agentId()));
      case LIST_TEST_RUNS -> notFound(operation, "an unknown batch run", UNKNOWN_BELOW_THE_AGENT, agentExists(IDS.agentId()));
      default -> byPathId(operation);
    };
  }

  private static Interaction<?> byPathId(ApiOperation operation) {
    String path = operation.pathTemplate();
    if (path.contains("{jobId}")) {
      return notFound(operation, "an unknown test run", UNKNOWN_BELOW_THE_AGENT.withBatchId(IDS.batchId()),
          batchExists(IDS.batchId()));
    }
    if (path.contains("{batchId}")) {
      return notFound(operation, "an unknown batch run", UNKNOWN_BELOW_THE_AGENT, agentExists(IDS.agentId()));
    }
    if (path.contains("{testCaseId}")) {
      return notFound(operation, "an unknown test case", UNKNOWN_BELOW_THE_AGENT, agentExists(IDS.agentId()));
    }
    throw new IllegalStateException(operation + " names no id in its path: say here what it misses");
  }

  private static Interaction<?> notFound(ApiOperation operation, String what, Ids ids, String state) {
    SdkCall<?> call = OperationCalls.of(operation, ids);
    return Interaction.answered(call.operationId() + " for " + what, call, 404, null).given(state);
  }
}

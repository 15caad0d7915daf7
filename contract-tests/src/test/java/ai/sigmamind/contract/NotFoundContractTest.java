package ai.sigmamind.contract;

import static ai.sigmamind.contract.Examples.AGENT_ID;
import static ai.sigmamind.contract.Examples.BATCH_ID;
import static ai.sigmamind.contract.Examples.UNKNOWN_AGENT_ID;
import static ai.sigmamind.contract.Examples.UNKNOWN_BATCH_ID;
import static ai.sigmamind.contract.Examples.UNKNOWN_JOB_ID;
import static ai.sigmamind.contract.Examples.UNKNOWN_TEST_CASE_ID;
import static ai.sigmamind.contract.ProviderStateNames.agentExists;
import static ai.sigmamind.contract.ProviderStateNames.batchExists;

import ai.sigmamind.sdk.NotFoundException;
import ai.sigmamind.sdk.SigmaMindClient;
import ai.sigmamind.sdk.models.ApiOperation;
import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every operation answers 404 for an id that does not exist, and the SDK raises
 * {@link NotFoundException} for each. Only the status is pinned: the SDK maps by status, and the
 * 404 body is not documented.
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = Contract.PROVIDER, pactVersion = PactSpecVersion.V4)
class NotFoundContractTest {
  /** What is missing, the provider state that makes it the only thing missing, and the call. */
  private record Missing(String what, String state, SdkCall call) {
    String description() {
      return call.operationId() + " for " + what;
    }
  }

  private static final List<Missing> MISSING = Arrays.stream(ApiOperation.values()).map(NotFoundContractTest::missing).toList();

  /**
   * The unknown id each operation is called with. An operation whose path ends in an id misses
   * what that id names; the others say what they miss here.
   */
  private static Missing missing(ApiOperation operation) {
    SdkCall withUnknownIds = SdkCalls.of(operation, AGENT_ID, UNKNOWN_TEST_CASE_ID, UNKNOWN_BATCH_ID, UNKNOWN_JOB_ID);
    return switch (operation) {
      case CREATE_TEST_CASE, LIST_TEST_CASES, LIST_BATCH_RUNS -> new Missing("an unknown agent", agentExists(AGENT_ID),
          SdkCalls.of(operation, UNKNOWN_AGENT_ID, UNKNOWN_TEST_CASE_ID, UNKNOWN_BATCH_ID, UNKNOWN_JOB_ID));
      case CREATE_BATCH_RUN -> new Missing("an unknown test case", agentExists(AGENT_ID), withUnknownIds);
      case LIST_TEST_RUNS -> new Missing("an unknown batch run", agentExists(AGENT_ID), withUnknownIds);
      default -> byPathId(operation, withUnknownIds);
    };
  }

  private static Missing byPathId(ApiOperation operation, SdkCall withUnknownIds) {
    String path = operation.pathTemplate();
    if (path.contains("{jobId}")) {
      return new Missing("an unknown test run", batchExists(BATCH_ID),
          SdkCalls.of(operation, AGENT_ID, UNKNOWN_TEST_CASE_ID, BATCH_ID, UNKNOWN_JOB_ID));
    }
    if (path.contains("{batchId}")) {
      return new Missing("an unknown batch run", agentExists(AGENT_ID), withUnknownIds);
    }
    if (path.contains("{testCaseId}")) {
      return new Missing("an unknown test case", agentExists(AGENT_ID), withUnknownIds);
    }
    throw new IllegalStateException(operation + " names no id in its path: say here what it misses");
  }

  @Pact(consumer = Contract.CONSUMER)
  V4Pact everyOperationWithAnUnknownId(PactDslWithProvider builder) {
    PactDslResponse response = null;
    for (Missing missing : MISSING) {
      response = missing.call()
          .request((response == null ? builder.given(missing.state()) : response.given(missing.state()))
              .uponReceiving(missing.description()), Examples.API_KEY)
          .willRespondWith()
          .status(404);
    }
    return response.toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "everyOperationWithAnUnknownId")
  void everyOperationRaisesNotFound(MockServer server) {
    try (SigmaMindClient client = ConsumerClients.against(server)) {
      MISSING.forEach(missing -> missing.call().assertRaises(client, NotFoundException.class, missing.description()));
    }
  }
}

package ai.sigmamind.contract;

import static ai.sigmamind.contract.Examples.AGENT_ID;
import static ai.sigmamind.contract.Examples.BATCH_ID;
import static ai.sigmamind.contract.Examples.JOB_ID;
import static ai.sigmamind.contract.Examples.REVOKED_API_KEY;
import static ai.sigmamind.contract.Examples.TEST_CASE_ID;

import ai.sigmamind.sdk.AuthenticationException;
import ai.sigmamind.sdk.SigmaMindClient;
import au.com.dius.pact.consumer.MockServer;
import au.com.dius.pact.consumer.dsl.PactDslResponse;
import au.com.dius.pact.consumer.dsl.PactDslWithProvider;
import au.com.dius.pact.consumer.junit5.PactConsumerTestExt;
import au.com.dius.pact.consumer.junit5.PactTestFor;
import au.com.dius.pact.core.model.PactSpecVersion;
import au.com.dius.pact.core.model.V4Pact;
import au.com.dius.pact.core.model.annotations.Pact;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every operation answers 401 to a key the provider refuses, and the SDK raises
 * {@link AuthenticationException} for each. Only the status is pinned: the SDK maps by status, and
 * the 401 body is not documented (it may be empty or not JSON).
 */
@ExtendWith(PactConsumerTestExt.class)
@PactTestFor(providerName = Contract.PROVIDER, pactVersion = PactSpecVersion.V4)
class AuthenticationContractTest {
  private static final List<SdkCall> CALLS = SdkCalls.all(AGENT_ID, TEST_CASE_ID, BATCH_ID, JOB_ID);

  @Pact(consumer = Contract.CONSUMER)
  V4Pact everyOperationWithARevokedKey(PactDslWithProvider builder) {
    PactDslResponse response = null;
    for (SdkCall call : CALLS) {
      String description = call.operationId() + " with a revoked API key";
      response = (response == null
          ? call.request(builder.uponReceiving(description), REVOKED_API_KEY)
          : call.request(response.uponReceiving(description), REVOKED_API_KEY))
          .willRespondWith()
          .status(401);
    }
    return response.toPact(V4Pact.class);
  }

  @Test
  @PactTestFor(pactMethod = "everyOperationWithARevokedKey")
  void everyOperationRaisesAuthenticationException(MockServer server) {
    try (SigmaMindClient client = ConsumerClients.against(server, REVOKED_API_KEY)) {
      CALLS.forEach(call -> call.assertRaises(client, AuthenticationException.class, call.operationId()));
    }
  }
}

package ai.sigmamind.contract;

import static ai.sigmamind.contract.Examples.IDS;
import static ai.sigmamind.contract.Examples.REVOKED_API_KEY;

import ai.sigmamind.sdk.AuthenticationException;
import org.junit.jupiter.api.Test;

/**
 * Every operation answers 401 to a key the provider refuses, and the SDK raises
 * {@link AuthenticationException} for each. Only the status is pinned: the SDK maps by status, and
 * the 401 body is not documented (it may be empty or not JSON).
 */
class AuthenticationContractTest {

  @Test
  void everyOperationRaisesAuthenticationException() {
    MockApi.assertEveryCallRaises(OperationCalls.all(IDS).stream()
        .map(call -> Interaction.answered(call.operationId() + " with a revoked API key", call, 401, null)
            .sentWith(REVOKED_API_KEY))
        .toList(), AuthenticationException.class);
  }
}

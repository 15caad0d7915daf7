package ai.sigmamind.contract;

import ai.sigmamind.sandbox.WireShape;
import au.com.dius.pact.provider.junitsupport.IgnoreNoPactsToVerify;
import au.com.dius.pact.provider.junitsupport.loader.PactBroker;
import au.com.dius.pact.provider.junitsupport.loader.PactBrokerAuth;
import au.com.dius.pact.provider.junitsupport.loader.PactBrokerConsumerVersionSelectors;
import au.com.dius.pact.provider.junitsupport.loader.SelectorBuilder;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

/**
 * The sandbox honours the pacts of every SDK version that matters, fetched from the Pact Broker:
 * the main branch's and those deployed or released, so a sandbox change cannot break an SDK
 * version still in use. Runs only when {@code PACT_BROKER_BASE_URL} is set, and passes while the
 * broker has no pact for the provider yet (the first publication). Verification results
 * describe the sandbox, not SigmaMind's API, so they are published only on request
 * ({@code -Dpact.verifier.publishResults=true} with {@code -Dpact.provider.version=...}).
 */
@EnabledIfEnvironmentVariable(named = ai.sigmamind.contract.PactBroker.URL_VARIABLE, matches = ".+")
@PactBroker(url = "${PACT_BROKER_BASE_URL}",
    authentication = @PactBrokerAuth(token = "${PACT_BROKER_TOKEN:}", username = "${PACT_BROKER_USERNAME:}",
        password = "${PACT_BROKER_PASSWORD:}"))
@IgnoreNoPactsToVerify
class BrokerProviderPactIT extends PactVerification {

  @PactBrokerConsumerVersionSelectors
  static SelectorBuilder consumerVersions() {
    return new SelectorBuilder().mainBranch().deployedOrReleased();
  }

  @Override
  ProviderUnderTest startProvider() {
    return SandboxProvider.start(WireShape.SEED);
  }
}

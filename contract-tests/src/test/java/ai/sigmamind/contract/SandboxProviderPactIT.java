package ai.sigmamind.contract;

import ai.sigmamind.sandbox.WireShape;

/** The sandbox, answering as the documented API generation, honours every interaction of the pact. */
class SandboxProviderPactIT extends PactVerification {
  @Override
  ProviderUnderTest startProvider() {
    return SandboxProvider.start(WireShape.SEED);
  }
}

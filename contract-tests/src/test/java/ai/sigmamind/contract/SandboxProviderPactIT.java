package ai.sigmamind.contract;

import ai.sigmamind.sandbox.WireShape;
import au.com.dius.pact.provider.junitsupport.loader.PactFolder;

/** The sandbox, answering as the documented API generation, honours every interaction of the pact this build generated. */
@PactFolder("${pact.rootDir}")
class SandboxProviderPactIT extends PactVerification {
  @Override
  ProviderUnderTest startProvider() {
    return SandboxProvider.start(WireShape.SEED);
  }
}

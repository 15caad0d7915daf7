package ai.sigmamind.contract;

import ai.sigmamind.sandbox.SigmaMindSandbox;
import ai.sigmamind.sandbox.WireShape;
import java.net.URI;

/**
 * The embedded sandbox as the provider: port 0, answering as {@code wireShape}, accepting only
 * its seed key (whose workspace the provider states set up), so any other key gets the real 401,
 * and only known agents, so an unknown agent gets the real 404.
 */
final class SandboxProvider implements ProviderUnderTest {
  private final SigmaMindSandbox sandbox;

  private SandboxProvider(SigmaMindSandbox sandbox) {
    this.sandbox = sandbox;
  }

  static SandboxProvider start(WireShape wireShape) {
    return new SandboxProvider(SigmaMindSandbox.builder()
        .wireShape(wireShape)
        .apiKeys(SigmaMindSandbox.SEED_API_KEY)
        .knownAgentsOnly(true)
        .build()
        .start());
  }

  @Override
  public URI baseUrl() {
    return URI.create(sandbox.baseUrl());
  }

  @Override
  public ProviderStateHook stateHook() {
    return new ProviderStateHook(baseUrl().resolve("/_sandbox/provider-states"));
  }


  @Override
  public void close() {
    sandbox.close();
  }
}

package ai.sigmamind.contract;

import java.net.URI;

/** A running provider the pact is verified against, with its provider-state hook. */
interface ProviderUnderTest extends AutoCloseable {
  /** {@code http://127.0.0.1:<port>}, without a trailing slash. */
  URI baseUrl();

  ProviderStateHook stateHook();

  @Override
  void close();
}

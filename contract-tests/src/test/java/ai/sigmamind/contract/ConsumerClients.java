package ai.sigmamind.contract;

import ai.sigmamind.sdk.SigmaMindClient;
import au.com.dius.pact.consumer.MockServer;

/** The real SDK client, pointed at Pact's mock server. */
final class ConsumerClients {
  private ConsumerClients() {
  }

  /** A client sending {@link Examples#API_KEY}; no retries, so every interaction is requested exactly once. */
  static SigmaMindClient against(MockServer server) {
    return against(server, Examples.API_KEY);
  }

  static SigmaMindClient against(MockServer server, String apiKey) {
    return SigmaMindClient.builder()
        .apiKey(apiKey)
        .baseUrl(server.getUrl())
        .maxRetries(0)
        .build();
  }
}

package ai.sigmamind.contract;

import ai.sigmamind.sdk.Agent;
import ai.sigmamind.sdk.SigmaMindClient;
import au.com.dius.pact.consumer.MockServer;
import java.util.function.Function;

/** The real SDK client, pointed at Pact's mock server. */
final class ConsumerClients {
  private ConsumerClients() {
  }

  /** A client sending {@link Examples#API_KEY}; no retries, so every interaction is requested exactly once. */
  static SigmaMindClient against(MockServer server) {
    return against(server, Examples.API_KEY);
  }

  /** What {@code call} returns through the example agent's handle of a client {@link #against(MockServer)}, closed after. */
  static <T> T call(MockServer server, Function<Agent, T> call) {
    try (SigmaMindClient client = against(server)) {
      return call.apply(client.agent(Examples.AGENT_ID));
    }
  }

  static SigmaMindClient against(MockServer server, String apiKey) {
    return SigmaMindClient.builder()
        .apiKey(apiKey)
        .baseUrl(server.getUrl())
        .maxRetries(0)
        .build();
  }
}
